package se.stockholm.vfu.readlog;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.stockholm.vfu.it.Deployments;
import se.stockholm.vfu.it.Fixtures;
import se.stockholm.vfu.it.Http;

import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * The portal's own database user (the datasource the portal runs on) may add to the read log and read it, but the
 * database refuses it an UPDATE or a DELETE of the log, while it still changes the portal's other tables. Shown on
 * MariaDB/MySQL, where the schema is owned by a separate migration user (the {@code -Pmysql,mariadb} suite, see
 * .ci/run); skipped by assumption, with the reason, where there is only one user. The statements run in the server
 * through the portal's datasource ({@code it.ReadLogRightsResource}); the skip is decided here, on the client.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReadLogPrivilegesIT {

    /** MySQL/MariaDB's "command denied to user for table". */
    private static final int TABLE_ACCESS_DENIED = 1142;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    @Test
    void thePortalsUserAddsToTheReadLogButTheDatabaseRefusesItsUpdateAndDelete() throws Exception {
        Http http = new Http(base.toURI());
        HttpResponse<String> probe = http.send(HttpRequest.newBuilder(http.uri("api/it/read-log-rights"))
                .POST(HttpRequest.BodyPublishers.noBody()), Fixtures.ADMIN, Fixtures.PASSWORD);
        assertThat(probe.statusCode()).as(probe.body()).isEqualTo(200);
        JsonObject outcome = Http.object(probe);
        assumeFalse("H2".equals(outcome.getString("product")),
                "the embedded H2 runs the portal and Flyway as one user (sa), the schema's owner, so there is no"
                        + " limited user to refuse anything; the MariaDB suite (-Pmysql,mariadb) shows the refusal");
        assumeFalse(outcome.getString("portalUser").equals(outcome.getString("ownerUser")),
                "the portal's user is also the schema's owner here (VFU_DB_MIGRATION_USER not set), so nothing limits"
                        + " it; .ci/run and the mysql profile use two users");

        assertThat(outcome.getString("readBack")).as("the portal adds to the log and reads it")
                .isEqualTo("ReadLogPrivilegesIT");
        assertThat(outcome.getInt("updateError")).as("UPDATE of the read log").isEqualTo(TABLE_ACCESS_DENIED);
        assertThat(outcome.getInt("deleteError")).as("DELETE from the read log").isEqualTo(TABLE_ACCESS_DENIED);
        assertThat(outcome.getString("afterwards")).as("the entry is unchanged and still there")
                .isEqualTo("ReadLogPrivilegesIT");
        assertThat(outcome.containsKey("otherTablesError")).as("the portal's other tables stay writable").isFalse();
    }
}
