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

/**
 * No SQL statement of the portal runs longer than 30 seconds (README, VFU_DB_QUERY_TIMEOUT_S), on either database:
 * with MySQL/MariaDB the datasource sets the limit on every statement, with the embedded H2 the database holds every
 * session to it, because a per-statement limit there made H2 plan every statement again
 * (wildfly-config/20-datasource.cli). Read in the server for a statement run through the portal's datasource.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class QueryTimeoutIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    @Test
    void aStatementOfThePortalMayRunThirtySecondsOnEitherDatabase() throws Exception {
        HttpResponse<String> answer = new Http(base.toURI()).get("api/it/query-timeout", Fixtures.ADMIN, Fixtures.PASSWORD);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        JsonObject limit = Http.object(answer);

        assertThat(limit.getInt("seconds")).as("the query timeout on %s", limit.getString("product")).isEqualTo(30);
    }
}
