package se.stockholm.vfu.config;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
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
    static final String HISTORY_TABLE = "flyway_schema_history";

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
        // Swedish makes a few values equal that were not (ü and y, æ and ä, ø and ö): a unique key that would then
        // hold two equal values stops the migration here, before anything is changed, naming table and key only
        List<String> collisions = TextUniqueKey.onTextColumns(connection).stream()
                .filter(key -> key.wouldCollide(connection)).map(TextUniqueKey::toString).toList();
        if (!collisions.isEmpty()) {
            throw new SQLException("Migration 29 (Swedish order) stopped before changing anything: in Swedish order "
                    + "these unique keys would hold equal values: " + collisions + ". Change one of the equal values"
                    + " (e.g. a user name or unit name that differs only in ü/y, æ/ä or ø/ö) and start again.");
        }
        // a column a foreign key joins on cannot change its collation (MariaDB 10.11 refuses with error 1832 even with
        // FOREIGN_KEY_CHECKS off): such keys (a notification's recipient names its user) are dropped and made again,
        // also when a conversion fails, so that a failed migration does not leave them dropped
        List<TextForeignKey> onText = TextForeignKey.onTextColumns(connection);
        try (Statement alter = connection.createStatement()) {
            alter.execute("ALTER DATABASE CHARACTER SET utf8mb4 COLLATE " + MYSQL_COLLATION);
            for (TextForeignKey key : onText) {
                alter.execute(key.dropStatement());
            }
            SQLException failed = null;
            try {
                for (String table : DatabaseGrants.tables(connection)) {
                    if (!table.equalsIgnoreCase(HISTORY_TABLE)) {
                        alter.execute("ALTER TABLE " + DatabaseGrants.identifier(table)
                                + " CONVERT TO CHARACTER SET utf8mb4 COLLATE " + MYSQL_COLLATION);
                    }
                }
            } catch (SQLException conversion) {
                failed = conversion;
            }
            for (TextForeignKey key : onText) {
                try {
                    alter.execute(key.addStatement());
                } catch (SQLException notMadeAgain) {
                    if (failed == null) {
                        failed = notMadeAgain;
                    } else {
                        failed.addSuppressed(notMadeAgain);
                    }
                }
            }
            if (failed != null) {
                throw failed;
            }
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
