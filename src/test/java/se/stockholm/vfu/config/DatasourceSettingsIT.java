package se.stockholm.vfu.config;

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
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The datasource's settings of wildfly-config/20-datasource.cli, read in the server for a statement run through the
 * portal's datasource ({@code it.DatasourceSettingsResource}).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DatasourceSettingsIT {

    /**
     * The statements each H2 session keeps parsed and planned: H2's default of 8 is fewer than one page runs (up to
     * 45, web.StatementsPerPageIT), so a page's statements pushed each other out and were planned again on every
     * request; 256 keeps those of all main pages (docs/performance.md, "H2 kept eight statements").
     */
    static final int H2_STATEMENTS_KEPT = 256;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    /**
     * No SQL statement of the portal runs longer than 30 seconds (README, VFU_DB_QUERY_TIMEOUT_S), on either database:
     * with MySQL/MariaDB the datasource sets the limit on every statement, with the embedded H2 the database holds
     * every session to it, because a per-statement limit there made H2 plan every statement again.
     */
    @Test
    void aStatementOfThePortalMayRunThirtySecondsOnEitherDatabase() throws Exception {
        JsonObject settings = settings();

        assertThat(settings.getInt("seconds")).as("the query timeout on %s", settings.getString("product")).isEqualTo(30);
    }

    @Test
    void theEmbeddedDatabaseKeepsEveryStatementOfAPagePlanned() throws Exception {
        JsonObject settings = settings();
        assumeTrue("H2".equals(settings.getString("product")),
                "only H2 keeps parsed statements per session in the database; Connector/J prepares them on the client");

        assertThat(settings.getInt("statementsKept")).as("statements each H2 session keeps parsed and planned")
                .isEqualTo(H2_STATEMENTS_KEPT);
    }

    private JsonObject settings() throws Exception {
        HttpResponse<String> answer = new Http(base.toURI()).get("api/it/datasource-settings", Fixtures.ADMIN,
                Fixtures.PASSWORD);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return Http.object(answer);
    }
}
