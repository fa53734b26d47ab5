package se.stockholm.vfu.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The names of the records a page of the change history points at ({@link AuditValues#REFERENCES}), in the page's
 * language: one query per type of record named, whatever the number of entries; a record without a name of its own by
 * what identifies it ({@link RecordDescriptions}). A record no longer there has no name here (the page shows its id).
 * Read through the history's own connection, as {@link AuditService} reads the rest.
 */
final class ReferencedNames {

    private ReferencedNames() {
    }

    static Map<AuditedType, Map<Long, String>> of(Connection connection, List<AuditEntry> entries, Locale locale)
            throws SQLException {
        Map<AuditedType, Set<Long>> wanted = new EnumMap<>(AuditedType.class);
        for (AuditEntry entry : entries) {
            for (FieldChange change : entry.changes()) {
                for (String value : Arrays.asList(change.before(), change.after())) {
                    AuditValues.referenced(change.field(), value).ifPresent(id -> wanted
                            .computeIfAbsent(AuditValues.REFERENCES.get(change.field()), type -> new TreeSet<>()).add(id));
                }
            }
        }
        Map<AuditedType, Map<Long, String>> names = new EnumMap<>(AuditedType.class);
        for (Map.Entry<AuditedType, Set<Long>> type : wanted.entrySet()) {
            names.put(type.getKey(), namesOf(connection, type.getKey(), type.getValue(), locale));
        }
        return names;
    }

    private static Map<Long, String> namesOf(Connection connection, AuditedType type, Set<Long> ids, Locale locale)
            throws SQLException {
        if (RecordDescriptions.describes(type)) {
            return RecordDescriptions.of(connection, type, ids, locale);
        }
        Map<Long, String> named = new HashMap<>();
        // the table and its name column are constants of the type, never input; the ids are parameters
        String sql = "SELECT id, " + AuditValues.nameColumn(type, locale) + " FROM " + type.key() + " WHERE id IN ("
                + ids.stream().map(id -> "?").collect(Collectors.joining(",")) + ")";
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            int parameter = 1;
            for (Long id : ids) {
                select.setLong(parameter++, id);
            }
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    named.put(rs.getLong(1), rs.getString(2));
                }
            }
        }
        return named;
    }
}
