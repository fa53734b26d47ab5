package se.stockholm.vfu.common;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.stockholm.vfu.it.ChangedRequest;
import se.stockholm.vfu.it.Deployments;
import se.stockholm.vfu.it.Fixtures;
import se.stockholm.vfu.it.Http;

import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The version rule over HTTP (issue 8, hole 10): a supervisor-training report saved or a student request withdrawn
 * on an old version answers 409, without a version 400 naming the field {@code version}, on the current one 200.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class VersionedEditsApiIT {

    private static final String REPORTS = "api/terms/" + Fixtures.TERM + "/training-reports";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    Http http;

    @BeforeEach
    void client() throws Exception {
        http = new Http(base.toURI());
    }

    @Test
    void aTrainingReportSavedOnAnOldVersionIs409AndWithoutOne400() throws Exception {
        long sh = Http.array(http.get("api/universities", Fixtures.SH, Fixtures.PASSWORD)).getValuesAs(JsonObject.class)
                .stream().filter(u -> u.getString("code").equals("SH")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        long read = Http.object(http.get(REPORTS + "/" + sh, Fixtures.SH, Fixtures.PASSWORD)).getJsonNumber("version")
                .longValue();

        HttpResponse<String> saved = send("PUT", REPORTS + "/own", Fixtures.SH, report(read, 7));
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        long current = Http.object(saved).getJsonNumber("version").longValue();
        assertThat(current).isNotEqualTo(read);

        assertProblem(send("PUT", REPORTS + "/own", Fixtures.SH, report(read, 8)), 409, null);
        assertProblem(send("PUT", REPORTS + "/own", Fixtures.SH, report(null, 8)), 400, "version");
        HttpResponse<String> again = send("PUT", REPORTS + "/own", Fixtures.SH, report(current, 9));
        assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
        assertThat(Http.object(again).getInt("staffOffered")).isEqualTo(9);
    }

    @Test
    void aRequestWithdrawnOnAnOldVersionIs409AndWithoutOne400() throws Exception {
        ChangedRequest request = ChangedRequest.createdAndChangedOnce(http, "Version");
        String withdraw = request.path() + "/withdraw";

        assertProblem(send("POST", withdraw, Fixtures.SU,
                "{\"version\":%d,\"reason\":\"Byter termin\"}".formatted(request.firstVersion())), 409, null);
        assertProblem(send("POST", withdraw, Fixtures.SU, "{\"reason\":\"Byter termin\"}"), 400, "version");
        assertProblem(send("PUT", request.path(), Fixtures.SU, """
                {"studentRef":"%s","studentName":"IT Version Lost","studentEmail":"%s@it.example",
                 "noPreference":true,"languages":"sv"}""".formatted(request.studentRef(), request.studentRef())),
                400, "version");

        HttpResponse<String> withdrawn = send("POST", withdraw, Fixtures.SU,
                "{\"version\":%d,\"reason\":\"Byter termin\"}".formatted(request.currentVersion()));
        assertThat(withdrawn.statusCode()).as(withdrawn.body()).isEqualTo(200);
        assertThat(Http.object(withdrawn).getString("status")).isEqualTo("WITHDRAWN");
        assertThat(Http.object(withdrawn).getString("studentName")).isEqualTo("IT Version Changed");
    }

    private static String report(Long version, int staffOffered) {
        return """
                {%s"courses":[{"name":"Handledning","startDate":"2031-09-01","endDate":"2031-10-01","seats":10}],
                 "staffOffered":%d,"staffNotGivenPlace":0,"evaluationSummary":"IT"}"""
                .formatted(version == null ? "" : "\"version\":" + version + ",", staffOffered);
    }

    private HttpResponse<String> send(String method, String path, String user, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(http.uri(path)).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return http.send(request, user, Fixtures.PASSWORD);
    }

    private static void assertProblem(HttpResponse<String> response, int status, String field) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        if (field != null) {
            assertThat(Http.object(response).getString("field")).isEqualTo(field);
        }
    }
}
