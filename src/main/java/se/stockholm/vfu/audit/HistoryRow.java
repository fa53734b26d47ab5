package se.stockholm.vfu.audit;

import java.time.Instant;
import java.util.List;

/** One row of a history table as the queries find it, before its changed fields are known: record, revision, who, when. */
record HistoryRow(AuditedType type, long recordId, long revision, int revtype, Instant at, String username) {

    /** A record changes at most once per revision. */
    String key() {
        return revision + "-" + type.key() + "-" + recordId;
    }

    /** Envers' revision type 2: the record was deleted (its last values kept, store_data_at_delete). */
    boolean deleted() {
        return revtype == 2;
    }

    /** The distinct ids of the rows of one type. */
    static List<Long> ids(List<HistoryRow> rows, AuditedType type) {
        return rows.stream().filter(row -> row.type() == type).map(HistoryRow::recordId).distinct().toList();
    }
}
