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
 * Test deployments only: runs one statement through the portal's own datasource and answers, with the database's
 * name, the settings of wildfly-config/20-datasource.cli that statement ran under:
 * <ul>
 *   <li>{@code seconds}, its time limit. On MySQL/MariaDB the datasource sets the limit on each statement, so the
 *   statement reports it ({@code Statement.getQueryTimeout()}); on H2 the limit is the session's, held at the
 *   database's MAX_QUERY_TIMEOUT, so it is read from H2's settings: the statement's own figure there is whatever
 *   Hibernate last set on a statement of that connection (0), which H2 does not let below the maximum.</li>
 *   <li>{@code statementsKept}, on H2 how many parsed and planned statements each session keeps (QUERY_CACHE_SIZE);
 *   -1 on databases where the driver, not the database, decides.</li>
 * </ul>
 * Administrator only.
 */
@Path("it/datasource-settings")
@RolesAllowed(Role.ADMIN_NAME)
public class DatasourceSettingsResource {

    @Resource(lookup = "java:jboss/datasources/VfuDS")
    DataSource portal;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public JsonObject settings() throws SQLException {
        try (Connection connection = portal.getConnection();
             PreparedStatement statement = connection.prepareStatement("SELECT COUNT(*) FROM term")) {
            try (ResultSet counted = statement.executeQuery()) {
                counted.next();
            }
            String product = connection.getMetaData().getDatabaseProductName();
            boolean h2 = "H2".equals(product);
            int seconds = h2 ? Integer.parseInt(h2Setting(connection, "QUERY_TIMEOUT")) / 1000 : statement.getQueryTimeout();
            int statementsKept = h2 ? Integer.parseInt(h2Setting(connection, "QUERY_CACHE_SIZE")) : -1;
            return Json.createObjectBuilder().add("product", product).add("seconds", seconds)
                    .add("statementsKept", statementsKept).build();
        }
    }

    private static String h2Setting(Connection connection, String name) throws SQLException {
        try (PreparedStatement setting = connection.prepareStatement(
                "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = ?")) {
            setting.setString(1, name);
            try (ResultSet value = setting.executeQuery()) {
                if (!value.next()) {
                    throw new IllegalStateException("H2 does not list the setting " + name);
                }
                return value.getString(1);
            }
        }
    }
}
