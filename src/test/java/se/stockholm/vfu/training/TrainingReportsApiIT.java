package se.stockholm.vfu.training;

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

/** Supervisor-training reports over the API: a university saves its own, reads no other; the central contact reads all. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TrainingReportsApiIT {

    private static final String REPORTS = "api/terms/" + Fixtures.TERM + "/training-reports";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    @Test
    void aUniversitySavesItsOwnReportAndReadsNoOther() throws Exception {
        Http http = new Http(base.toURI());
        long su = Http.array(http.get("api/universities", Fixtures.SU, Fixtures.PASSWORD)).getValuesAs(JsonObject.class)
                .stream().filter(u -> u.getString("code").equals("SU")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        long version = Http.object(http.get(REPORTS + "/" + su, Fixtures.SU, Fixtures.PASSWORD)).getJsonNumber("version")
                .longValue();
        String body = """
                {"version":%d,"courses":[{"name":"Handledning i praktiken","startDate":"2031-09-01","endDate":"2031-10-01","seats":15}],
                 "staffOffered":15,"staffNotGivenPlace":2,"evaluationSummary":"Bra"}""".formatted(version);
        HttpResponse<String> saved = http.send(HttpRequest.newBuilder(http.uri(REPORTS + "/own"))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(body)),
                Fixtures.SU, Fixtures.PASSWORD);

        assertThat(saved.statusCode()).isEqualTo(200);
        JsonObject report = Http.object(saved);
        assertThat(report.getBoolean("submitted")).isTrue();
        assertThat(report.getJsonArray("courses")).hasSize(1);
        assertThat(report.getJsonNumber("universityId").longValue()).isEqualTo(su);

        assertThat(http.get(REPORTS + "/" + su, Fixtures.SH, Fixtures.PASSWORD).statusCode()).isEqualTo(403);
        assertThat(http.get(REPORTS, Fixtures.SU, Fixtures.PASSWORD).statusCode()).isEqualTo(403);
        assertThat(http.get(REPORTS + "/" + su, Fixtures.SODERMALM, Fixtures.PASSWORD).statusCode()).isEqualTo(403);
        assertThat(Http.array(http.get(REPORTS, Fixtures.CENTRAL, Fixtures.PASSWORD))).hasSize(3);
    }
}
