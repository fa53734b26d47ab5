package se.stockholm.vfu.audit;

import java.time.Instant;
import java.util.List;

/**
 * One record's change in one revision: who, when, which record, created/changed/deleted (ADD, MOD, DEL), and the
 * fields that differ from the record's previous revision (all its values when it was created or deleted), by their
 * columns and with the values as stored: the API's machine form. The page shows it as a {@link ShownEntry}.
 */
public record AuditEntry(long revision, Instant at, String username, String type, long recordId, String action,
                         List<FieldChange> changes) {

    /** A row's key in a table: a record changes at most once per revision. */
    public String key() {
        return revision + "-" + type + "-" + recordId;
    }
}
