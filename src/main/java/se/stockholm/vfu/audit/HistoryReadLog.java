package se.stockholm.vfu.audit;

import se.stockholm.vfu.readlog.ReadLog;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import static se.stockholm.vfu.audit.HistorySql.marks;
import static se.stockholm.vfu.audit.HistorySql.prepare;

/**
 * Every row of the history of a record that names a student is a view of that student, as on any other page: the
 * read-log entries (internal ids only) for a page of the history. Requests and placements, inquiries (by the inquiry
 * and the request it became), placements' concerns and three-way meetings and trainee-post candidacies (by the
 * placement and its request) and observation-visit bookings (by the booking, which belongs to no request). A candidate
 * who came from outside the portal (no placement) is no student of it and is not logged.
 */
final class HistoryReadLog {

    private static final String OPERATION = "AuditService.find";

    private HistoryReadLog() {
    }

    /** Logs the students these rows show, in two queries at most over the history tables. */
    static void log(Connection connection, List<HistoryRow> rows, ReadLog readLog) throws SQLException {
        readLog.placements(studentsShown(connection, rows), OPERATION);
        readLog.inquiries(inquiriesShown(connection, rows), OPERATION);
        readLog.bookings(HistoryRow.ids(rows, AuditedType.OBSERVATION_BOOKING), OPERATION);
    }

    /**
     * The students whose rows are among these: requests by their id; placements, and the concerns, meetings and
     * candidacies that hang on a placement, by the placement and its request, in one query over their history tables.
     */
    private static List<ReadLog.Read> studentsShown(Connection connection, List<HistoryRow> rows) throws SQLException {
        List<ReadLog.Read> reads = new ArrayList<>();
        HistoryRow.ids(rows, AuditedType.STUDENT_REQUEST).forEach(id -> reads.add(new ReadLog.Read(id, null)));
        StringBuilder union = new StringBuilder();
        List<Object> parameters = new ArrayList<>();
        List<Long> placements = HistoryRow.ids(rows, AuditedType.PLACEMENT);
        if (!placements.isEmpty()) {
            union.append("SELECT id AS placement_id FROM ").append(AuditedType.PLACEMENT.historyTable())
                    .append(" WHERE id IN (").append(marks(placements)).append(')');
            parameters.addAll(placements);
        }
        for (AuditedType onPlacement : List.of(AuditedType.PLACEMENT_CONCERN, AuditedType.PLACEMENT_MEETING,
                AuditedType.CANDIDATE)) {
            List<Long> ids = HistoryRow.ids(rows, onPlacement);
            if (!ids.isEmpty()) {
                union.append(union.isEmpty() ? "" : " UNION ").append("SELECT placement_id FROM ")
                        .append(onPlacement.historyTable()).append(" WHERE id IN (").append(marks(ids))
                        .append(") AND placement_id IS NOT NULL");
                parameters.addAll(ids);
            }
        }
        if (!union.isEmpty()) {
            try (PreparedStatement select = prepare(connection, "SELECT DISTINCT p.id, p.request_id FROM "
                    + AuditedType.PLACEMENT.historyTable() + " p WHERE p.request_id IS NOT NULL AND p.id IN ("
                    + union + ")", parameters); ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    reads.add(new ReadLog.Read(rs.getLong(2), rs.getLong(1)));
                }
            }
        }
        return reads;
    }

    /** The inquiries among these rows, each with the request it became (if it became one). */
    private static List<ReadLog.InquiryRead> inquiriesShown(Connection connection, List<HistoryRow> rows)
            throws SQLException {
        List<Long> inquiries = HistoryRow.ids(rows, AuditedType.INQUIRY);
        if (inquiries.isEmpty()) {
            return List.of();
        }
        List<ReadLog.InquiryRead> reads = new ArrayList<>();
        try (PreparedStatement select = prepare(connection, "SELECT id, MAX(request_id) FROM "
                + AuditedType.INQUIRY.historyTable() + " WHERE id IN (" + marks(inquiries) + ") GROUP BY id",
                new ArrayList<>(inquiries)); ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                long request = rs.getLong(2);
                Long became = rs.wasNull() ? null : request;
                reads.add(new ReadLog.InquiryRead(rs.getLong(1), became));
            }
        }
        return reads;
    }
}
