package se.stockholm.vfu.audit;

import se.stockholm.vfu.common.StockholmTime;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import static se.stockholm.vfu.audit.HistorySql.instant;
import static se.stockholm.vfu.audit.HistorySql.prepare;

/**
 * What changed in each row of the history: the fields that differ from the record's previous revision (all of them
 * when it was created or deleted), with the values as stored. One query per type among the rows, whatever their
 * number; shared by the history page and the data-subject export's history.
 */
final class ChangedFields {

    /**
     * A point in time as ISO-8601 with its offset, to the second, in Stockholm time ("2026-12-06T03:58:32+01:00"): the
     * API's machine form, read without guessing the zone beside the entry's {@code at} in UTC; the page shows it as
     * Stockholm's wall-clock time ({@link AuditValues}).
     */
    static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX")
            .withZone(StockholmTime.ZONE);
    /** Columns every history row has, not shown as fields. */
    private static final List<String> KEY_COLUMNS = List.of("id", "rev", "revtype");

    private ChangedFields() {
    }

    /** The rows as entries with their changes; the boolean columns met are added to {@code booleans} ({@code <type>.<column>}). */
    static List<AuditEntry> of(Connection connection, List<HistoryRow> rows, Set<String> booleans) throws SQLException {
        Map<AuditedType, List<HistoryRow>> byType = rows.stream()
                .collect(Collectors.groupingBy(HistoryRow::type, LinkedHashMap::new, Collectors.toList()));
        Map<String, List<FieldChange>> changes = new HashMap<>();
        for (Map.Entry<AuditedType, List<HistoryRow>> group : byType.entrySet()) {
            List<Long> ids = group.getValue().stream().map(HistoryRow::recordId).distinct().toList();
            long lastRevision = group.getValue().stream().mapToLong(HistoryRow::revision).max().orElseThrow();
            Map<Long, List<Map<String, Object>>> history = history(connection, group.getKey(), ids, lastRevision,
                    booleans);
            for (HistoryRow row : group.getValue()) {
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
    private static Map<Long, List<Map<String, Object>>> history(Connection connection, AuditedType type, List<Long> ids,
                                                                long lastRevision, Set<String> booleans) throws SQLException {
        List<Object> parameters = new ArrayList<>(ids);
        parameters.add(lastRevision);
        Map<Long, List<Map<String, Object>>> history = new HashMap<>();
        try (PreparedStatement select = prepare(connection, "SELECT * FROM " + type.historyTable()
                + " WHERE id IN (" + HistorySql.marks(ids) + ") AND rev <= ? ORDER BY id, rev", parameters);
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

    private static List<FieldChange> diff(List<Map<String, Object>> history, HistoryRow row) {
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
        List<FieldChange> changes = new ArrayList<>();
        for (Map.Entry<String, Object> field : now.entrySet()) {
            if (KEY_COLUMNS.contains(field.getKey())) {
                continue;
            }
            String after = text(field.getValue());
            String previous = before == null ? null : text(before.get(field.getKey()));
            if (row.deleted()) {
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
            return instant(rs, column);
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
            case 0 -> AuditService.ADDED;
            case 2 -> AuditService.DELETED;
            default -> AuditService.CHANGED;
        };
    }
}
