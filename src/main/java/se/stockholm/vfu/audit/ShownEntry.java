package se.stockholm.vfu.audit;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One record's change in one revision as the page and its exports show it ({@link AuditEntry} is what the API
 * answers): the changed fields named and their values written in the page's language ({@link AuditValues}).
 */
public record ShownEntry(long revision, Instant at, String username, String type, long recordId, String action,
                         List<Change> changes) implements Serializable {

    public ShownEntry {
        changes = List.copyOf(changes);
    }

    /** The entry with its changes as people read them. */
    static ShownEntry of(AuditEntry entry, AuditValues values) {
        return new ShownEntry(entry.revision(), entry.at(), entry.username(), entry.type(), entry.recordId(),
                entry.action(), entry.changes().stream().map(change -> values.shown(entry.type(), change)).toList());
    }

    /** A row's key in a table: a record changes at most once per revision. */
    public String key() {
        return revision + "-" + type + "-" + recordId;
    }

    /** The changes as one line, for exports: "Namn: before → after; …". */
    public String changesText() {
        return changes.stream().map(c -> c.field() + ": " + c.before() + " → " + c.after())
                .collect(Collectors.joining("; "));
    }

    /** A changed field by its name, its values before and after as shown (empty when there was none). */
    public record Change(String field, String before, String after) implements Serializable {
    }
}
