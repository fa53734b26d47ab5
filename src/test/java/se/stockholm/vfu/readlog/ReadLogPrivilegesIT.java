package se.stockholm.vfu.readlog;

import jakarta.annotation.Resource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.stockholm.vfu.it.Deployments;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * The portal's own database user (the datasource the portal runs on) may add to the read log and read it, but the
 * database refuses it an UPDATE or a DELETE of the log, while it still changes the portal's other tables. Shown on
 * MariaDB/MySQL, where the schema is owned by a separate migration user (the {@code -Pmysql,mariadb} suite, see
 * .ci/run); skipped by assumption, with the reason, where there is only one user.
 */
@ExtendWith(ArquillianExtension.class)
class ReadLogPrivilegesIT {

    /** MySQL/MariaDB's "command denied to user for table". */
    private static final int TABLE_ACCESS_DENIED = 1142;

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Resource(lookup = "java:jboss/datasources/VfuDS")
    DataSource portal;

    @Resource(lookup = "java:jboss/datasources/VfuMigrationDS")
    DataSource owner;

    @Test
    void thePortalsUserAddsToTheReadLogButTheDatabaseRefusesItsUpdateAndDelete() throws SQLException {
        try (Connection app = portal.getConnection(); Connection schemaOwner = owner.getConnection()) {
            assumeFalse("H2".equals(app.getMetaData().getDatabaseProductName()),
                    "the embedded H2 runs the portal and Flyway as one user (sa), the schema's owner, so there is no"
                            + " limited user to refuse anything; the MariaDB suite (-Pmysql,mariadb) shows the refusal");
            assumeFalse(currentUser(app).equals(currentUser(schemaOwner)),
                    "the portal's user is also the schema's owner here (VFU_DB_MIGRATION_USER not set), so nothing"
                            + " limits it; .ci/run and the mysql profile use two users");

            long id = insert(app);
            assertThat(operation(app, id)).as("the portal reads what it wrote").isEqualTo("ReadLogPrivilegesIT");

            assertThatThrownBy(() -> execute(app,
                    "UPDATE read_log SET username = 'forged', operation = 'forged' WHERE id = " + id))
                    .as("UPDATE of the read log")
                    .isInstanceOfSatisfying(SQLException.class, refused ->
                            assertThat(refused.getErrorCode()).as(refused.getMessage()).isEqualTo(TABLE_ACCESS_DENIED));
            assertThatThrownBy(() -> execute(app, "DELETE FROM read_log WHERE id = " + id))
                    .as("DELETE from the read log")
                    .isInstanceOfSatisfying(SQLException.class, refused ->
                            assertThat(refused.getErrorCode()).as(refused.getMessage()).isEqualTo(TABLE_ACCESS_DENIED));

            assertThat(operation(app, id)).as("the entry is unchanged and still there").isEqualTo("ReadLogPrivilegesIT");
            // the limit is the read log's alone: the portal's other tables stay the portal's to change
            assertThat(execute(app, "UPDATE term SET code = code WHERE id = -1")).isZero();
            assertThat(execute(app, "DELETE FROM notification WHERE id = -1")).isZero();
        }
    }

    private static long insert(Connection connection) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO read_log (read_at, username, request_id, placement_id, channel, operation)
                VALUES (?, 'it-privileges', -1, NULL, 'SERVICE', 'ReadLogPrivilegesIT')""",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setTimestamp(1, Timestamp.from(Instant.now()));
            assertThat(insert.executeUpdate()).isEqualTo(1);
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static String operation(Connection connection, long id) throws SQLException {
        try (Statement query = connection.createStatement();
             ResultSet row = query.executeQuery("SELECT operation FROM read_log WHERE id = " + id)) {
            return row.next() ? row.getString(1) : null;
        }
    }

    private static int execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            return statement.executeUpdate(sql);
        }
    }

    private static String currentUser(Connection connection) throws SQLException {
        try (Statement query = connection.createStatement(); ResultSet row = query.executeQuery("SELECT CURRENT_USER()")) {
            row.next();
            return row.getString(1);
        }
    }
}
