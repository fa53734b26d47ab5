package se.stockholm.vfu.audit;

import se.stockholm.vfu.common.PageRequest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static se.stockholm.vfu.audit.HistorySql.instant;
import static se.stockholm.vfu.audit.HistorySql.prepare;

/**
 * The history page's query: one page of history rows over every audited type (or the one filtered on), newest first
 * unless sorted otherwise, and their total. One UNION ALL of the types' history tables, joined to their revisions,
 * counted once and read once, whatever the page size.
 */
final class HistoryPageQuery {

    private static final Map<String, String> SORTABLE = Map.of(
            "at", "x.rev",
            "username", "x.username",
            "recordId", "x.record_id");

    private HistoryPageQuery() {
    }

    /** A page of rows and the number of rows the filters match. */
    record Rows(List<HistoryRow> rows, long total) {
    }

    static Rows find(Connection connection, PageRequest page) throws SQLException {
        HistoryFilter filter = HistoryFilter.of(page);
        List<AuditedType> types = filter.type().map(List::of).orElse(List.of(AuditedType.values()));
        StringBuilder union = new StringBuilder();
        List<Object> parameters = new ArrayList<>();
        for (AuditedType type : types) {
            if (!union.isEmpty()) {
                union.append(" UNION ALL ");
            }
            union.append("SELECT ").append(type.ordinal()).append(" AS record_type, a.id AS record_id, a.rev AS rev,")
                    .append(" a.revtype AS revtype, r.revtstmp AS at, r.username AS username FROM ")
                    .append(type.historyTable()).append(" a JOIN revinfo r ON r.rev = a.rev WHERE 1 = 1");
            filter.where(union, parameters);
        }
        String order = page.sortField() == null ? " ORDER BY x.rev DESC"
                : " ORDER BY " + SORTABLE.getOrDefault(page.sortField(), "x.rev") + (page.ascending() ? " ASC" : " DESC")
                + ", x.rev DESC";
        String rowsSql = "SELECT x.record_type, x.record_id, x.rev, x.revtype, x.at, x.username FROM (" + union + ") x"
                + order + ", x.record_type, x.record_id LIMIT ? OFFSET ?";
        String countSql = "SELECT COUNT(*) FROM (" + union + ") x";
        long total;
        try (PreparedStatement count = prepare(connection, countSql, parameters); ResultSet rs = count.executeQuery()) {
            rs.next();
            total = rs.getLong(1);
        }
        List<Object> rowParameters = new ArrayList<>(parameters);
        rowParameters.add(page.size());
        rowParameters.add(page.first());
        List<HistoryRow> rows = new ArrayList<>();
        try (PreparedStatement select = prepare(connection, rowsSql, rowParameters); ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                rows.add(new HistoryRow(AuditedType.values()[rs.getInt(1)], rs.getLong(2), rs.getLong(3), rs.getInt(4),
                        instant(rs, 5), rs.getString(6)));
            }
        }
        return new Rows(rows, total);
    }
}
