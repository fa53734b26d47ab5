package se.stockholm.vfu.audit;

import se.stockholm.vfu.common.StockholmTime;
import se.stockholm.vfu.common.Texts;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The records the change history points at that have no name of their own (a place offer, an allocation run, an
 * observation visit, a trainee post, a student's request), described by what a user knows them by: the term, the unit
 * and its district, the dates; a request by its id, term and university, never by its student. One query per type,
 * the parts joined from the records' own tables; the words around them come from {@code audit.reference.<type>} in the
 * page's language. A record no longer there has no description (the page shows its id).
 */
final class RecordDescriptions {

    /** Where a query names a university: its name column in the page's language. */
    private static final String UNIVERSITY_NAME = "{university_name}";
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(StockholmTime.ZONE);

    /** Per type: the query of its parts, in the order of its text's arguments; ended by the IN list of its ids. */
    private static final Map<AuditedType, String> PARTS = new EnumMap<>(Map.of(
            AuditedType.PLACE_OFFER, "SELECT p.id, t.code, u.name, d.name FROM place_offer p"
                    + " JOIN term t ON t.id = p.term_id JOIN unit u ON u.id = p.unit_id"
                    + " JOIN district d ON d.id = p.district_id WHERE p.id IN (",
            AuditedType.ALLOCATION_RUN, "SELECT r.id, t.code, r.run_at FROM allocation_run r"
                    + " JOIN term t ON t.id = r.term_id WHERE r.id IN (",
            AuditedType.OBSERVATION_VISIT, "SELECT v.id, u.name, d.name, v.visit_date FROM observation_visit v"
                    + " JOIN unit u ON u.id = v.unit_id JOIN district d ON d.id = v.district_id WHERE v.id IN (",
            AuditedType.TRAINEE_POST, "SELECT p.id, u.name, d.name, p.period_start, p.period_end FROM trainee_post p"
                    + " JOIN unit u ON u.id = p.unit_id JOIN district d ON d.id = p.district_id WHERE p.id IN (",
            // never the student's name or reference: only what the request is known by without them
            AuditedType.STUDENT_REQUEST, "SELECT r.id, r.id, t.code, u." + UNIVERSITY_NAME + " FROM student_request r"
                    + " JOIN term t ON t.id = r.term_id JOIN university u ON u.id = r.university_id WHERE r.id IN ("));

    private RecordDescriptions() {
    }

    /** Whether records of this type are described here rather than named by a column of their own. */
    static boolean describes(AuditedType type) {
        return PARTS.containsKey(type);
    }

    /** The descriptions of these records of the type, by id, in this language. */
    static Map<Long, String> of(Connection connection, AuditedType type, Set<Long> ids, Locale locale)
            throws SQLException {
        Map<Long, String> described = new HashMap<>();
        // the query is a constant of the type and its name column one of the language, never input; the ids are parameters
        String query = PARTS.get(type).replace(UNIVERSITY_NAME, AuditValues.nameColumn(AuditedType.UNIVERSITY, locale));
        try (PreparedStatement select = HistorySql.prepare(connection, query + HistorySql.marks(ids) + ")",
                new ArrayList<>(ids)); ResultSet rs = select.executeQuery()) {
            ResultSetMetaData meta = rs.getMetaData();
            while (rs.next()) {
                List<String> parts = new ArrayList<>();
                for (int i = 2; i <= meta.getColumnCount(); i++) {
                    parts.add(part(rs, i, meta.getColumnType(i)));
                }
                described.put(rs.getLong(1), Texts.text(locale, "audit.reference." + type.key(), parts.toArray()));
            }
        }
        return described;
    }

    private static String part(ResultSet rs, int column, int sqlType) throws SQLException {
        if (sqlType == Types.TIMESTAMP || sqlType == Types.TIMESTAMP_WITH_TIMEZONE) {
            // read as Hibernate wrote it (HistorySql); shown in Stockholm time
            return MINUTES.format(HistorySql.instant(rs, column));
        }
        if (sqlType == Types.DATE) {
            // as a LocalDate, not a java.sql.Date: no time zone of the JVM's between the stored day and the one shown
            return rs.getObject(column, LocalDate.class).toString();
        }
        return rs.getString(column);
    }
}
