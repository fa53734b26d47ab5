package se.stockholm.vfu.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;

import static se.stockholm.vfu.audit.HistorySql.instant;
import static se.stockholm.vfu.audit.HistorySql.prepare;

/**
 * The change history of one student's records for the data-subject export: every revision of the given records of
 * one type, oldest first, each with the fields that changed in it. Two queries, whatever the number of records.
 */
final class DataSubjectHistory {

    private DataSubjectHistory() {
    }

    static List<AuditEntry> of(Connection connection, AuditedType type, Collection<Long> recordIds) throws SQLException {
        if (recordIds.isEmpty()) {
            return List.of();
        }
        List<Object> ids = new ArrayList<>(new LinkedHashSet<>(recordIds));
        String sql = "SELECT a.id, a.rev, a.revtype, r.revtstmp, r.username FROM " + type.historyTable()
                + " a JOIN revinfo r ON r.rev = a.rev WHERE a.id IN (" + HistorySql.marks(ids) + ") ORDER BY a.rev, a.id";
        List<HistoryRow> rows = new ArrayList<>();
        try (PreparedStatement select = prepare(connection, sql, ids); ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                rows.add(new HistoryRow(type, rs.getLong(1), rs.getLong(2), rs.getInt(3), instant(rs, 4),
                        rs.getString(5)));
            }
        }
        return ChangedFields.of(connection, rows, new HashSet<>());
    }
}
