package se.stockholm.vfu.config;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * Gives the portal's database user exactly the rights it needs, after every migration: on MySQL/MariaDB, when the
 * schema is owned by a separate migration user, the portal's user gets SELECT, INSERT, UPDATE, DELETE on each of the
 * portal's tables, but only SELECT, INSERT on the append-only ones (the read log), and nothing on Flyway's history.
 * <p>
 * Per table, because MariaDB cannot take one table out of a database-wide grant: the portal's user must have no
 * privileges on the whole database (.ci/run and README create it so). Running after every migration also covers
 * tables that later migrations add. The grantee is the portal's user (VFU_DB_USER) at the hosts its accounts are
 * likely to have; a user without any right on the database cannot even connect to it, so it cannot be asked first.
 * A grant that would let the portal change the read log anyway (database-wide, or on the table) is reported in the
 * server log at every start.
 * <p>
 * On H2 (the embedded default) and when both datasources sign in as the same user nothing is granted: there is only
 * one user, the schema's owner, and the read log is append-only by convention only (the log says so).
 */
final class DatabaseGrants {

    private static final Logger LOG = Logger.getLogger(DatabaseGrants.class.getName());

    /** Tables the portal may add to and read, never change or delete from. */
    static final Set<String> APPEND_ONLY = Set.of("read_log");
    /** Tables only the migration user uses. */
    static final Set<String> OWNER_ONLY = Set.of("flyway_schema_history");

    private static final String APPEND = "SELECT, INSERT";
    private static final String READ_WRITE = "SELECT, INSERT, UPDATE, DELETE";
    /** A grant line of SHOW GRANTS that lets its holder change or delete rows of every table it covers. */
    private static final Pattern CHANGES = Pattern.compile("\\b(ALL PRIVILEGES|UPDATE|DELETE)\\b");

    private DatabaseGrants() {
    }

    /** MySQL/MariaDB: "Can't find any matching row in the user table" (no such account). */
    private static final int NO_SUCH_ACCOUNT = 1133;

    /**
     * Gives the grants if there are two users on MySQL/MariaDB; returns what it did, for the server log. The portal's
     * user cannot sign in before it has a right on the database (the JDBC URL names it), so the grantee is found by
     * name ({@code portalUser}, VFU_DB_USER) at the hosts the owner's own account, '%', 'localhost' and '127.0.0.1'
     * name: every one of those accounts that exists gets the grants.
     */
    static String apply(DataSource owner, DataSource portal, String portalUser) throws SQLException {
        try (Connection ownerConnection = owner.getConnection()) {
            String product = ownerConnection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            if (!product.contains("mysql") && !product.contains("mariadb")) {
                return "one database user (" + product + "): the read log is append-only by the portal's code only";
            }
            String ownerAccount = currentUser(ownerConnection);
            int at = ownerAccount.lastIndexOf('@');
            String ownerUser = at < 0 ? ownerAccount : ownerAccount.substring(0, at);
            if (portalUser == null || ownerUser.equals(portalUser)) {
                LOG.warning("The portal signs in to its database as the schema's owner: it could change or delete the"
                        + " read log. Set VFU_DB_MIGRATION_USER and VFU_DB_MIGRATION_PASSWORD to a separate user that"
                        + " owns the schema (README, production).");
                return "one database user: the read log is append-only by the portal's code only";
            }
            String schema = schema(ownerConnection);
            List<String> tables = tables(ownerConnection);
            Set<String> hosts = new LinkedHashSet<>(List.of(at < 0 ? "%" : ownerAccount.substring(at + 1), "%",
                    "localhost", "127.0.0.1"));
            List<String> granted = new ArrayList<>();
            try (Statement grant = ownerConnection.createStatement()) {
                for (String host : hosts) {
                    String grantee = literal(portalUser) + "@" + literal(host);
                    try {
                        for (String table : tables) {
                            if (OWNER_ONLY.contains(table.toLowerCase(Locale.ROOT))) {
                                continue;
                            }
                            String rights = APPEND_ONLY.contains(table.toLowerCase(Locale.ROOT)) ? APPEND : READ_WRITE;
                            grant.execute("GRANT " + rights + " ON " + identifier(schema) + "." + identifier(table)
                                    + " TO " + grantee);
                        }
                        granted.add(portalUser + "@" + host);
                    } catch (SQLException noSuchAccount) {
                        if (noSuchAccount.getErrorCode() != NO_SUCH_ACCOUNT) {
                            throw noSuchAccount;
                        }
                    }
                }
            }
            if (granted.isEmpty()) {
                throw new SQLException("no account of the portal's database user " + portalUser + " at " + hosts);
            }
            try (Connection portalConnection = portal.getConnection()) {
                warnAboutWiderGrants(portalConnection, schema);
            }
            return "the portal's user " + granted + " may change " + (tables.size() - APPEND_ONLY.size()
                    - OWNER_ONLY.size()) + " tables and only add to " + APPEND_ONLY;
        }
    }

    /** Grants held beside ours that would let the portal change the read log after all. */
    private static void warnAboutWiderGrants(Connection portal, String schema) throws SQLException {
        String database = "`" + schema.toLowerCase(Locale.ROOT) + "`.*";
        try (Statement show = portal.createStatement(); ResultSet grants = show.executeQuery("SHOW GRANTS")) {
            while (grants.next()) {
                String grant = grants.getString(1);
                String lower = grant.toLowerCase(Locale.ROOT);
                boolean wide = lower.contains(" on *.* ") || lower.contains(" on " + database + " ");
                boolean onLog = APPEND_ONLY.stream().anyMatch(table -> lower.contains("." + identifier(table) + " "));
                if ((wide || onLog) && CHANGES.matcher(grant.toUpperCase(Locale.ROOT)).find()) {
                    LOG.warning("The portal's database user may change or delete the read log through this grant; "
                            + "revoke it (README, production): " + grant.replaceAll("IDENTIFIED BY .*", ""));
                }
            }
        }
    }

    private static String currentUser(Connection connection) throws SQLException {
        try (Statement query = connection.createStatement(); ResultSet row = query.executeQuery("SELECT CURRENT_USER()")) {
            row.next();
            return row.getString(1);
        }
    }

    private static String schema(Connection connection) throws SQLException {
        try (Statement query = connection.createStatement(); ResultSet row = query.executeQuery("SELECT DATABASE()")) {
            row.next();
            return row.getString(1);
        }
    }

    /** The schema's tables on MySQL/MariaDB (also used by {@link SwedishCollation}). */
    static List<String> tables(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement query = connection.createStatement(); ResultSet rows = query.executeQuery("""
                SELECT table_name FROM information_schema.tables
                WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE' ORDER BY table_name""")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        return tables;
    }

    private static String literal(String value) {
        return "'" + value.replace("\\", "\\\\").replace("'", "''") + "'";
    }

    static String identifier(String name) {
        return "`" + name.replace("`", "``") + "`";
    }
}
