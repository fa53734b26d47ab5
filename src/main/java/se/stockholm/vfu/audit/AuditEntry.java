package se.stockholm.vfu.audit;

import se.stockholm.vfu.retention.AnonymisedName;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * One record's change in one revision: who, when, which record, created/changed/deleted (ADD, MOD, DEL), and the
 * fields that differ from the record's previous revision (all its values when it was created or deleted).
 */
public record AuditEntry(long revision, Instant at, String username, String type, long recordId, String action,
                         List<FieldChange> changes) {

    /** A row's key in a table: a record changes at most once per revision. */
    public String key() {
        return revision + "-" + type + "-" + recordId;
    }

    /** A changed field's name in this language ({@link AuditFieldNames}); the API keeps the column's name. */
    public String fieldName(String field, Locale locale) {
        return AuditFieldNames.name(locale, type, field);
    }

    /**
     * A stored value as shown in this language: retention rewrites a student's name in the history too, to its
     * placeholder, which is stored in Swedish ({@link AnonymisedName}); the API keeps the stored value.
     */
    public String value(String stored, Locale locale) {
        return AnonymisedName.shown(stored, locale);
    }

    /** The changes as one line, for exports, the fields named in this language: "Namn: before → after; …". */
    public String changesText(Locale locale) {
        return changes.stream()
                .map(c -> fieldName(c.field(), locale) + ": " + (c.before() == null ? "" : value(c.before(), locale))
                        + " → " + (c.after() == null ? "" : value(c.after(), locale)))
                .collect(Collectors.joining("; "));
    }
}
