package se.stockholm.vfu.config;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A unique key of the schema (MySQL/MariaDB) with at least one text column, and whether Swedish order would find two
 * of its values equal: {@link SwedishCollation} checks them all before it changes anything.
 */
record TextUniqueKey(String table, String name, List<String> columns, List<Boolean> text) {

    static List<TextUniqueKey> onTextColumns(Connection connection) throws SQLException {
        Map<String, TextUniqueKey> keys = new LinkedHashMap<>();
        try (Statement query = connection.createStatement(); ResultSet rows = query.executeQuery("""
                SELECT s.table_name, s.index_name, s.column_name, c.collation_name
                FROM information_schema.statistics s
                JOIN information_schema.columns c ON c.table_schema = s.table_schema
                     AND c.table_name = s.table_name AND c.column_name = s.column_name
                WHERE s.table_schema = DATABASE() AND s.non_unique = 0
                ORDER BY s.table_name, s.index_name, s.seq_in_index""")) {
            while (rows.next()) {
                TextUniqueKey key = keys.computeIfAbsent(rows.getString(1) + "." + rows.getString(2),
                        id -> new TextUniqueKey(id.substring(0, id.indexOf('.')), id.substring(id.indexOf('.') + 1),
                                new ArrayList<>(), new ArrayList<>()));
                key.columns().add(rows.getString(3));
                key.text().add(rows.getString(4) != null);
            }
        }
        return keys.values().stream().filter(key -> key.text().contains(true)
                && !key.table().equalsIgnoreCase(SwedishCollation.HISTORY_TABLE)).toList();
    }

    /** Whether two rows would hold equal values; a row with a null in the key is never equal to another (SQL). */
    boolean wouldCollide(Connection connection) {
        List<String> grouped = new ArrayList<>();
        List<String> present = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            String column = DatabaseGrants.identifier(columns.get(i));
            grouped.add(text.get(i) ? "CONVERT(" + column + " USING utf8mb4) COLLATE " + SwedishCollation.MYSQL_COLLATION
                    : column);
            present.add(column + " IS NOT NULL");
        }
        String sql = "SELECT 1 FROM " + DatabaseGrants.identifier(table) + " WHERE " + String.join(" AND ", present)
                + " GROUP BY " + String.join(", ", grouped) + " HAVING COUNT(*) > 1 LIMIT 1";
        try (Statement query = connection.createStatement(); ResultSet found = query.executeQuery(sql)) {
            return found.next();
        } catch (SQLException unreadable) {
            throw new IllegalStateException("Migration 29 could not check the unique key " + this, unreadable);
        }
    }

    @Override
    public String toString() {
        return table + "." + name + " " + columns;
    }
}
