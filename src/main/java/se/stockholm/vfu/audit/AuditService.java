package se.stockholm.vfu.audit;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import se.stockholm.vfu.common.InvalidInputException;
import se.stockholm.vfu.common.Page;
import se.stockholm.vfu.common.PageRequest;
import se.stockholm.vfu.common.StockholmTime;
import se.stockholm.vfu.readlog.ReadLog;
import se.stockholm.vfu.security.CurrentUser;
import se.stockholm.vfu.security.Role;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TimeZone;
import java.util.stream.Collectors;

/**
 * The change history for the central contact and the administrator: who changed which record when, and what.
 * Reads Envers' history tables directly (one query for a page over every type, one per type on the page for the
 * values, one per type of record the page names, for their names), so a page of any size costs a bounded number of
 * queries. Only CENTRAL and ADMIN, checked by the
 * container and against the user's current role. Every row of a record that names a student is a view of that
 * student and writes a read-log entry (by internal ids only), like every other list of them: requests and placements,
 * inquiries (by the inquiry and the request it became), placements' concerns and three-way meetings and trainee-post
 * candidacies (by the placement and its request) and observation-visit bookings (by the booking, which belongs to no
 * request). A candidate who came from outside the portal (no placement) is no student of it and is not logged.
 */
@Stateless
@RolesAllowed({Role.CENTRAL_NAME, Role.ADMIN_NAME})
public class AuditService {

    public static final String ADDED = "ADD";
    public static final String CHANGED = "MOD";
    public static final String DELETED = "DEL";

    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(StockholmTime.ZONE);
    /** Columns every history row has, not shown as fields. */
    private static final List<String> KEY_COLUMNS = List.of("id", "rev", "revtype");
    private static final Map<String, String> SORTABLE = Map.of(
            "at", "x.rev",
            "username", "x.username",
            "recordId", "x.record_id");

    @Resource(lookup = "java:jboss/datasources/VfuDS")
    private DataSource dataSource;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private ReadLog readLog;

    /**
     * One page of changes, newest first unless sorted otherwise. Filters: {@code username} (exactly, any case),
     * {@code type} (a table name such as {@code student_request}), {@code recordId}, {@code from} and {@code to}
     * (dates, both included, Stockholm time).
     */
    public Page<AuditEntry> find(@NotNull PageRequest page) {
        requireAuditor();
        try (Connection connection = dataSource.getConnection()) {
            Found found = found(connection, page);
            return new Page<>(found.entries(), found.total());
        } catch (SQLException failed) {
            throw new IllegalStateException("the change history could not be read", failed);
        }
    }

    /**
     * The same page as {@link #find} for the page and its exports: fields named and values written in this language
     * ({@link AuditValues}), the records pointed at by their names, read in one query per type of record named.
     */
    public Page<ShownEntry> findShown(@NotNull PageRequest page, @NotNull Locale locale) {
        requireAuditor();
        try (Connection connection = dataSource.getConnection()) {
            Found found = found(connection, page);
            AuditValues values = new AuditValues(locale, found.booleans(), ReferencedNames.of(connection, found.entries(), locale));
            return new Page<>(found.entries().stream().map(entry -> ShownEntry.of(entry, values)).toList(),
                    found.total());
        } catch (SQLException failed) {
            throw new IllegalStateException("the change history could not be read", failed);
        }
    }

    private Found found(Connection connection, PageRequest page) throws SQLException {
        Filter filter = Filter.of(page);
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
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement select = prepare(connection, rowsSql, rowParameters); ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                rows.add(new Row(AuditedType.values()[rs.getInt(1)], rs.getLong(2), rs.getLong(3), rs.getInt(4),
                        instant(rs.getTimestamp(5, utc())), rs.getString(6)));
            }
        }
        Set<String> booleans = new HashSet<>();
        List<AuditEntry> entries = withChanges(connection, rows, booleans);
        // a row of a record that names a student is a view of that student, as on any other page
        readLog.placements(studentsShown(connection, rows), "AuditService.find");
        readLog.inquiries(inquiriesShown(connection, rows), "AuditService.find");
        readLog.bookings(ids(rows, AuditedType.OBSERVATION_BOOKING), "AuditService.find");
        return new Found(entries, total, booleans);
    }

    /** A page of the history with the boolean columns among its changes ({@code <type>.<column>}). */
    private record Found(List<AuditEntry> entries, long total, Set<String> booleans) {
    }

    /**
     * Every revision of these records, oldest first, each with the fields that changed in it: the data-subject
     * export's change history of a student's requests and placements. Two queries, whatever the number of records.
     */
    public List<AuditEntry> historyOf(@NotNull AuditedType type, @NotNull Collection<Long> recordIds) {
        requireAuditor();
        if (recordIds.isEmpty()) {
            return List.of();
        }
        List<Object> ids = new ArrayList<>(new LinkedHashSet<>(recordIds));
        String marks = ids.stream().map(id -> "?").collect(Collectors.joining(","));
        String sql = "SELECT a.id, a.rev, a.revtype, r.revtstmp, r.username FROM " + type.historyTable()
                + " a JOIN revinfo r ON r.rev = a.rev WHERE a.id IN (" + marks + ") ORDER BY a.rev, a.id";
        try (Connection connection = dataSource.getConnection()) {
            List<Row> rows = new ArrayList<>();
            try (PreparedStatement select = prepare(connection, sql, ids); ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Row(type, rs.getLong(1), rs.getLong(2), rs.getInt(3), instant(rs.getTimestamp(4, utc())),
                            rs.getString(5)));
                }
            }
            return withChanges(connection, rows, new HashSet<>());
        } catch (SQLException failed) {
            throw new IllegalStateException("the change history could not be read", failed);
        }
    }

    /**
     * The students whose rows are among these: requests by their id; placements, and the concerns, meetings and
     * candidacies that hang on a placement, by the placement and its request, in one query over their history tables.
     */
    private static List<ReadLog.Read> studentsShown(Connection connection, List<Row> rows) throws SQLException {
        List<ReadLog.Read> reads = new ArrayList<>();
        ids(rows, AuditedType.STUDENT_REQUEST).forEach(id -> reads.add(new ReadLog.Read(id, null)));
        StringBuilder union = new StringBuilder();
        List<Object> parameters = new ArrayList<>();
        List<Long> placements = ids(rows, AuditedType.PLACEMENT);
        if (!placements.isEmpty()) {
            union.append("SELECT id AS placement_id FROM ").append(AuditedType.PLACEMENT.historyTable())
                    .append(" WHERE id IN (").append(marks(placements)).append(')');
            parameters.addAll(placements);
        }
        for (AuditedType onPlacement : List.of(AuditedType.PLACEMENT_CONCERN, AuditedType.PLACEMENT_MEETING,
                AuditedType.CANDIDATE)) {
            List<Long> ids = ids(rows, onPlacement);
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
    private static List<ReadLog.InquiryRead> inquiriesShown(Connection connection, List<Row> rows) throws SQLException {
        List<Long> inquiries = ids(rows, AuditedType.INQUIRY);
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

    /** The distinct ids of the rows of one type. */
    private static List<Long> ids(List<Row> rows, AuditedType type) {
        return rows.stream().filter(row -> row.type() == type).map(Row::recordId).distinct().toList();
    }

    private static String marks(Collection<?> values) {
        return values.stream().map(value -> "?").collect(Collectors.joining(","));
    }

    /** The types a filter may name, in the page's order. */
    public List<AuditedType> types() {
        requireAuditor();
        return List.of(AuditedType.values());
    }

    private void requireAuditor() {
        // the container checked the role the session started with; this checks the user's role now
        currentUser.get().requireCityWide();
    }

    /** Each row with the fields that differ from its record's previous revision: one query per type on the page. */
    private List<AuditEntry> withChanges(Connection connection, List<Row> rows, Set<String> booleans)
            throws SQLException {
        Map<AuditedType, List<Row>> byType = rows.stream()
                .collect(Collectors.groupingBy(Row::type, LinkedHashMap::new, Collectors.toList()));
        Map<String, List<FieldChange>> changes = new HashMap<>();
        for (Map.Entry<AuditedType, List<Row>> group : byType.entrySet()) {
            List<Long> ids = group.getValue().stream().map(Row::recordId).distinct().toList();
            long lastRevision = group.getValue().stream().mapToLong(Row::revision).max().orElseThrow();
            Map<Long, List<Map<String, Object>>> history = history(connection, group.getKey(), ids, lastRevision,
                    booleans);
            for (Row row : group.getValue()) {
                changes.put(row.key(), diff(history.getOrDefault(row.recordId(), List.of()), row));
            }
        }
        return rows.stream().map(row -> new AuditEntry(row.revision(), row.at(), row.username(), row.type().key(),
                row.recordId(), action(row.revtype()), changes.getOrDefault(row.key(), List.of()))).toList();
    }

    /**
     * The records' history rows up to the revision, oldest first, as column → value; the type's boolean columns are
     * added to {@code booleans} as {@code <type>.<column>}.
     */
    private Map<Long, List<Map<String, Object>>> history(Connection connection, AuditedType type, List<Long> ids,
                                                         long lastRevision, Set<String> booleans) throws SQLException {
        String marks = ids.stream().map(id -> "?").collect(Collectors.joining(","));
        List<Object> parameters = new ArrayList<>(ids);
        parameters.add(lastRevision);
        Map<Long, List<Map<String, Object>>> history = new HashMap<>();
        try (PreparedStatement select = prepare(connection, "SELECT * FROM " + type.historyTable()
                + " WHERE id IN (" + marks + ") AND rev <= ? ORDER BY id, rev", parameters);
             ResultSet rs = select.executeQuery()) {
            ResultSetMetaData meta = rs.getMetaData();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                // PostgreSQL's driver says BIT for its boolean
                if (meta.getColumnType(i) == Types.BOOLEAN || meta.getColumnType(i) == Types.BIT) {
                    booleans.add(type.key() + "." + meta.getColumnLabel(i).toLowerCase());
                }
            }
            while (rs.next()) {
                Map<String, Object> values = new LinkedHashMap<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    values.put(meta.getColumnLabel(i).toLowerCase(), value(rs, i, meta.getColumnType(i)));
                }
                history.computeIfAbsent(((Number) values.get("id")).longValue(), id -> new ArrayList<>()).add(values);
            }
        }
        return history;
    }

    private static List<FieldChange> diff(List<Map<String, Object>> history, Row row) {
        Map<String, Object> now = null;
        Map<String, Object> before = null;
        for (Map<String, Object> values : history) {
            long revision = ((Number) values.get("rev")).longValue();
            if (revision == row.revision()) {
                now = values;
            } else if (revision < row.revision()) {
                before = values;
            }
        }
        if (now == null) {
            return List.of();
        }
        boolean deleted = row.revtype() == 2;
        List<FieldChange> changes = new ArrayList<>();
        for (Map.Entry<String, Object> field : now.entrySet()) {
            if (KEY_COLUMNS.contains(field.getKey())) {
                continue;
            }
            String after = text(field.getValue());
            String previous = before == null ? null : text(before.get(field.getKey()));
            if (deleted) {
                if (after != null) {
                    changes.add(new FieldChange(field.getKey(), after, null));
                }
            } else if (!Objects.equals(previous, after)) {
                changes.add(new FieldChange(field.getKey(), previous, after));
            }
        }
        return changes;
    }

    private static Object value(ResultSet rs, int column, int sqlType) throws SQLException {
        if (sqlType == Types.TIMESTAMP || sqlType == Types.TIMESTAMP_WITH_TIMEZONE) {
            // Hibernate stores instants as UTC wall-clock time (hibernate.jdbc.time_zone)
            return instant(rs.getTimestamp(column, utc()));
        }
        if (sqlType == Types.DATE) {
            java.sql.Date date = rs.getDate(column);
            return date == null ? null : date.toLocalDate();
        }
        return rs.getObject(column);
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant instant) {
            return SECONDS.format(instant);
        }
        if (value instanceof Number number && !(value instanceof java.math.BigDecimal)) {
            return Long.toString(number.longValue());
        }
        String text = value.toString();
        return text.isEmpty() ? null : text;
    }

    private static String action(int revtype) {
        return switch (revtype) {
            case 0 -> ADDED;
            case 2 -> DELETED;
            default -> CHANGED;
        };
    }

    private static PreparedStatement prepare(Connection connection, String sql, List<Object> parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.size(); i++) {
            Object parameter = parameters.get(i);
            if (parameter instanceof Instant instant) {
                statement.setTimestamp(i + 1, Timestamp.from(instant), utc());
            } else {
                statement.setObject(i + 1, parameter);
            }
        }
        return statement;
    }

    private static Calendar utc() {
        return Calendar.getInstance(TimeZone.getTimeZone("UTC"));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private record Row(AuditedType type, long recordId, long revision, int revtype, Instant at, String username) {
        String key() {
            return revision + "-" + type.key() + "-" + recordId;
        }
    }

    /** The page's filters, checked: an unknown type or a malformed date is the user's mistake, not an empty list. */
    private record Filter(String username, Optional<AuditedType> type, Long recordId, Instant from, Instant to) {

        static Filter of(PageRequest page) {
            String type = page.filter("type");
            Optional<AuditedType> audited = AuditedType.of(type);
            if (type != null && audited.isEmpty()) {
                throw new InvalidInputException("type", "audit.error.type");
            }
            String id = page.filter("recordId");
            Long recordId;
            try {
                recordId = id == null ? null : Long.valueOf(id);
            } catch (NumberFormatException notANumber) {
                throw new InvalidInputException("recordId", "audit.error.recordId");
            }
            LocalDate from = date(page.filter("from"), "from");
            LocalDate to = date(page.filter("to"), "to");
            if (from != null && to != null && to.isBefore(from)) {
                throw new InvalidInputException("to", "audit.error.range");
            }
            return new Filter(page.filter("username"), audited, recordId,
                    from == null ? null : from.atStartOfDay(StockholmTime.ZONE).toInstant(),
                    to == null ? null : to.plusDays(1).atStartOfDay(StockholmTime.ZONE).toInstant());
        }

        /** This filter as conditions of one branch of the query (a.: the history row, r.: its revision). */
        void where(StringBuilder sql, List<Object> parameters) {
            if (username != null) {
                sql.append(" AND LOWER(r.username) = ?");
                parameters.add(username.toLowerCase());
            }
            if (recordId != null) {
                sql.append(" AND a.id = ?");
                parameters.add(recordId);
            }
            if (from != null) {
                sql.append(" AND r.revtstmp >= ?");
                parameters.add(from);
            }
            if (to != null) {
                sql.append(" AND r.revtstmp < ?");
                parameters.add(to);
            }
        }

        private static LocalDate date(String value, String field) {
            try {
                return value == null ? null : LocalDate.parse(value);
            } catch (DateTimeParseException malformed) {
                throw new InvalidInputException(field, "audit.error.date");
            }
        }
    }
}
