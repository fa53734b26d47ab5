package se.stockholm.vfu.config;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Names sort as a Swedish reader expects them: a–z, then å, ä, ö; "de Geer" among the d's; Å apart from A.
 * <p>
 * Every list sorts by name in the database (paged tables, choices), so the database's collation decides. MySQL's and
 * MariaDB's general and Unicode collations sort Å and Ä as A and Ö as O ("Östermalm" between Norrmalm and
 * Rinkeby-Kista); H2 without a collation sorts by code point (Ä before Å, every capital before every small letter).
 * <ul>
 * <li>On MySQL/MariaDB this migration (version 29) gives the database and each of the portal's tables
 * {@code utf8mb4_swedish_ci}, which both have: case-insensitive as before, but Å, Ä and Ö are letters of their own.
 * Flyway's own history table is left as it is; the tables are rebuilt once, the read log with them, and a foreign
 * key on a text column is dropped for the while and made again as it was.</li>
 * <li>On H2 a collation can only be chosen while the database has no table, so {@link #prepareEmbedded} sets it on a
 * new database before Flyway creates anything; an embedded database made before keeps its order (the log says how to
 * start it again).</li>
 * </ul>
 */
public class SwedishCollation implements JavaMigration {

    private static final Logger LOG = Logger.getLogger(SwedishCollation.class.getName());

    /** The collation MySQL 8 and MariaDB both have for Swedish. */
    static final String MYSQL_COLLATION = "utf8mb4_swedish_ci";
    private static final String HISTORY_TABLE = "flyway_schema_history";

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("29");
    }

    @Override
    public String getDescription() {
        return "swedish collation";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    /** MySQL and MariaDB cannot roll DDL back, so there is no transaction to run in. */
    @Override
    public boolean canExecuteInTransaction() {
        return false;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        if (!isMySqlOrMariaDb(connection)) {
            return;
        }
        // a column a foreign key joins on cannot change its collation (MariaDB 1832, MySQL 3780, whatever
        // FOREIGN_KEY_CHECKS says): such keys (a notification's recipient names its user) are dropped and made again
        List<ForeignKey> onText = ForeignKey.onTextColumns(connection);
        try (Statement alter = connection.createStatement()) {
            alter.execute("ALTER DATABASE CHARACTER SET utf8mb4 COLLATE " + MYSQL_COLLATION);
            for (ForeignKey key : onText) {
                alter.execute(key.dropStatement());
            }
            for (String table : DatabaseGrants.tables(connection)) {
                if (!table.equalsIgnoreCase(HISTORY_TABLE)) {
                    alter.execute("ALTER TABLE " + DatabaseGrants.identifier(table)
                            + " CONVERT TO CHARACTER SET utf8mb4 COLLATE " + MYSQL_COLLATION);
                }
            }
            for (ForeignKey key : onText) {
                alter.execute(key.addStatement());
            }
        }
    }

    /** A foreign key as information_schema describes it, to be made again as it was. */
    record ForeignKey(String table, String name, List<String> columns, String referencedTable,
                      List<String> referencedColumns, String updateRule, String deleteRule) {

        /** The schema's foreign keys with at least one text column. */
        static List<ForeignKey> onTextColumns(Connection connection) throws SQLException {
            Map<String, ForeignKey> keys = new LinkedHashMap<>();
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
                    ForeignKey key = keys.get(id);
                    if (key == null) {
                        key = new ForeignKey(rows.getString(1), rows.getString(2), new ArrayList<>(),
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

    /**
     * H2: a database without tables (new) gets the Swedish collation before Flyway creates its first table; one made
     * before this collation existed is left as it is, with a warning. Nothing on other databases.
     */
    static void prepareEmbedded(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            if (!connection.getMetaData().getDatabaseProductName().toUpperCase(Locale.ROOT).startsWith("H2")) {
                return;
            }
            String collation = single(statement,
                    "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'COLLATION'");
            if (collation != null && collation.toUpperCase(Locale.ROOT).startsWith("SWEDISH")) {
                return;
            }
            String tables = single(statement,
                    "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC'");
            if ("0".equals(tables)) {
                statement.execute("SET COLLATION SWEDISH");
            } else {
                LOG.warning("This embedded database was made before names sorted in Swedish order and sorts them by"
                        + " character code (Ä before Å, capitals first). Delete its directory (mvn clean) to start"
                        + " again with demo data in Swedish order.");
            }
        }
    }

    private static boolean isMySqlOrMariaDb(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        return product.contains("mysql") || product.contains("mariadb");
    }

    private static String single(Statement statement, String sql) throws SQLException {
        try (ResultSet row = statement.executeQuery(sql)) {
            return row.next() ? row.getString(1) : null;
        }
    }
}
