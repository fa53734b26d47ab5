package se.stockholm.vfu.config;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A foreign key of the schema (MySQL/MariaDB) with a text column, as information_schema describes it, so that
 * {@link SwedishCollation} can drop it while the columns change collation and make it again as it was.
 */
record TextForeignKey(String table, String name, List<String> columns, String referencedTable,
                  List<String> referencedColumns, String updateRule, String deleteRule) {

    /** The schema's foreign keys with at least one text column. */
    static List<TextForeignKey> onTextColumns(Connection connection) throws SQLException {
        Map<String, TextForeignKey> keys = new LinkedHashMap<>();
        Set<String> onText = new HashSet<>();
        try (Statement query = connection.createStatement(); ResultSet rows = query.executeQuery("""
                SELECT k.table_name, k.constraint_name, k.column_name, k.referenced_table_name,
                       k.referenced_column_name, r.update_rule, r.delete_rule, c.collation_name
                FROM information_schema.key_column_usage k
                JOIN information_schema.referential_constraints r ON r.constraint_schema = k.constraint_schema
                     AND r.table_name = k.table_name AND r.constraint_name = k.constraint_name
                JOIN information_schema.columns c ON c.table_schema = k.table_schema
                     AND c.table_name = k.table_name AND c.column_name = k.column_name
                WHERE k.table_schema = DATABASE() AND k.referenced_table_name IS NOT NULL
                ORDER BY k.table_name, k.constraint_name, k.ordinal_position""")) {
            while (rows.next()) {
                String id = rows.getString(1) + "." + rows.getString(2);
                TextForeignKey key = keys.get(id);
                if (key == null) {
                    key = new TextForeignKey(rows.getString(1), rows.getString(2), new ArrayList<>(),
                            rows.getString(4), new ArrayList<>(), rows.getString(6), rows.getString(7));
                    keys.put(id, key);
                }
                key.columns().add(rows.getString(3));
                key.referencedColumns().add(rows.getString(5));
                if (rows.getString(8) != null) {
                    onText.add(id);
                }
            }
        }
        return keys.entrySet().stream().filter(e -> onText.contains(e.getKey())).map(Map.Entry::getValue).toList();
    }

    String dropStatement() {
        return "ALTER TABLE " + DatabaseGrants.identifier(table) + " DROP FOREIGN KEY "
                + DatabaseGrants.identifier(name);
    }

    String addStatement() {
        return "ALTER TABLE " + DatabaseGrants.identifier(table) + " ADD CONSTRAINT "
                + DatabaseGrants.identifier(name) + " FOREIGN KEY (" + identifiers(columns) + ") REFERENCES "
                + DatabaseGrants.identifier(referencedTable) + " (" + identifiers(referencedColumns)
                + ") ON UPDATE " + updateRule + " ON DELETE " + deleteRule;
    }

    private static String identifiers(List<String> names) {
        return String.join(", ", names.stream().map(DatabaseGrants::identifier).toList());
    }
}
