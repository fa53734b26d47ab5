package se.stockholm.vfu.it;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import se.stockholm.vfu.security.Role;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Test deployments only: runs one statement through the portal's own datasource and answers the time limit it ran
 * under, in seconds, with the database's name. On MySQL/MariaDB the datasource sets the limit on each statement, so
 * the statement reports it ({@code Statement.getQueryTimeout()}); on H2 the limit is the session's, held at the
 * database's MAX_QUERY_TIMEOUT (wildfly-config/20-datasource.cli), so it is read from H2's settings: the statement's
 * own figure there is whatever Hibernate last set on a statement of that connection (0), which H2 does not let below
 * the maximum. Administrator only.
 */
@Path("it/query-timeout")
@RolesAllowed(Role.ADMIN_NAME)
public class QueryTimeoutResource {

    @Resource(lookup = "java:jboss/datasources/VfuDS")
    DataSource portal;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public JsonObject limit() throws SQLException {
        try (Connection connection = portal.getConnection();
             PreparedStatement statement = connection.prepareStatement("SELECT COUNT(*) FROM term")) {
            try (ResultSet counted = statement.executeQuery()) {
                counted.next();
            }
            String product = connection.getMetaData().getDatabaseProductName();
            int seconds = "H2".equals(product) ? h2SessionLimit(connection) : statement.getQueryTimeout();
            return Json.createObjectBuilder().add("product", product).add("seconds", seconds).build();
        }
    }

    private static int h2SessionLimit(Connection connection) throws SQLException {
        try (PreparedStatement setting = connection.prepareStatement(
                "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'QUERY_TIMEOUT'");
             ResultSet value = setting.executeQuery()) {
            value.next();
            return Integer.parseInt(value.getString(1)) / 1000;
        }
    }
}
