package se.stockholm.vfu.audit;

import java.time.Instant;
import java.util.List;
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

    /** The changes as one line, for exports: "field: before → after; …". */
    public String changesText() {
        return changes.stream()
                .map(c -> c.field() + ": " + (c.before() == null ? "" : c.before()) + " → " + (c.after() == null ? "" : c.after()))
                .collect(Collectors.joining("; "));
    }
}
