package se.stockholm.vfu.it;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import se.stockholm.vfu.security.Role;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * Test deployments only: tries, through the portal's own datasource, to add a read-log entry, read it back, change it
 * and delete it, and to change other tables; answers what the database said (MySQL/MariaDB error codes). Where the
 * portal's user is the schema's owner (H2, or one user configured) it tries nothing and says who the users are, so the
 * test can skip with the reason. Administrator only.
 */
@Path("it/read-log-rights")
@RolesAllowed(Role.ADMIN_NAME)
public class ReadLogRightsResource {

    /** What happened; an error is the vendor code of the refusal, null when the statement went through. */
    public record Outcome(String product, String portalUser, String ownerUser, Long insertedId, String readBack,
                          Integer updateError, Integer deleteError, String afterwards, Integer otherTablesError) {
    }

    @Resource(lookup = "java:jboss/datasources/VfuDS")
    DataSource portal;

    @Resource(lookup = "java:jboss/datasources/VfuMigrationDS")
    DataSource owner;

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    public Outcome probe() throws SQLException {
        try (Connection app = portal.getConnection(); Connection schemaOwner = owner.getConnection()) {
            String product = app.getMetaData().getDatabaseProductName();
            if ("H2".equals(product)) {
                return new Outcome(product, null, null, null, null, null, null, null, null);
            }
            String portalUser = currentUser(app);
            String ownerUser = currentUser(schemaOwner);
            if (portalUser.equals(ownerUser)) {
                return new Outcome(product, portalUser, ownerUser, null, null, null, null, null, null);
            }
            long id = insert(app);
            String readBack = operation(app, id);
            Integer update = error(app, "UPDATE read_log SET username = 'forged', operation = 'forged' WHERE id = " + id);
            Integer delete = error(app, "DELETE FROM read_log WHERE id = " + id);
            Integer others = error(app, "UPDATE term SET code = code WHERE id = -1");
            if (others == null) {
                others = error(app, "DELETE FROM notification WHERE id = -1");
            }
            return new Outcome(product, portalUser, ownerUser, id, readBack, update, delete, operation(app, id), others);
        }
    }

    private static long insert(Connection connection) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO read_log (read_at, username, request_id, placement_id, channel, operation)
                VALUES (?, 'it-rights', -1, NULL, 'SERVICE', 'ReadLogPrivilegesIT')""",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setTimestamp(1, Timestamp.from(Instant.now()));
            insert.executeUpdate();
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

    private static Integer error(Connection connection, String sql) {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate(sql);
            return null;
        } catch (SQLException refused) {
            return refused.getErrorCode();
        }
    }

    private static String currentUser(Connection connection) throws SQLException {
        try (Statement query = connection.createStatement(); ResultSet row = query.executeQuery("SELECT CURRENT_USER()")) {
            row.next();
            return row.getString(1);
        }
    }
}
