package se.stockholm.vfu.supervisor;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.stockholm.vfu.common.StockholmTime;
import se.stockholm.vfu.it.Deployments;
import se.stockholm.vfu.it.Fixtures;
import se.stockholm.vfu.it.Http;

import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A supervisor's training dates through the API as a district contact: an enrolment starting in 1900 or 2099 and a
 * training completed in 1901 were saved (found in exploratory testing), and "enrolled in 2099" counted in the
 * training coverage. They are refused with 400 naming the field, and nothing is kept.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SupervisorTrainingApiIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    @Test
    void trainingDatesOutsideTheirRangeAreRefusedNamingTheField() throws Exception {
        Http http = new Http(base.toURI());
        long area = id(http, "api/areas-of-work", "MOT");
        long su = id(http, "api/universities", "SU");
        String name = "IT Utbildningsdatum " + System.nanoTime();
        JsonObject unit = Http.object(send(http, "POST", "api/units", "{\"name\":\"" + name + "\",\"areaId\":" + area + "}"));
        HttpResponse<String> created = send(http, "POST", "api/supervisors", "{\"unitId\":" + unit.getJsonNumber("id")
                + ",\"name\":\"" + name + "\",\"email\":\"utb" + System.nanoTime() + "@it.example\",\"maxStudents\":1}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String path = "api/supervisors/" + Http.object(created).getJsonNumber("id");
        long enrolledBefore = summary(http);
        LocalDate today = LocalDate.now(StockholmTime.ZONE);

        String[][] refused = {
            {"ENROLLED", "1900-01-01", null, "start"},
            {"ENROLLED", "2099-01-01", null, "start"},
            {"ENROLLED", today.plusYears(TrainingForm.START_YEARS_AHEAD).plusDays(1).toString(), null, "start"},
            {"COMPLETED", "1901-01-01", "1901-02-01", "completed"},
            {"COMPLETED", null, "1969-12-31", "completed"},
            {"COMPLETED", null, today.plusDays(1).toString(), "completed"}};
        for (String[] c : refused) {
            HttpResponse<String> answer = send(http, "PUT", path + "/training", training(http, path, su, c[0], c[1], c[2]));
            assertThat(answer.statusCode()).as(String.join(" ", c) + ": " + answer.body()).isEqualTo(400);
            assertThat(Http.object(answer).getString("field")).as(String.join(" ", c)).isEqualTo(c[3]);
        }
        assertThat(Http.object(http.get(path, Fixtures.SODERMALM, Fixtures.PASSWORD)).getString("trainingStatus"))
                .isEqualTo("NONE");
        assertThat(Http.array(http.get(path + "/training/history", Fixtures.SODERMALM, Fixtures.PASSWORD))).isEmpty();
        assertThat(summary(http)).as("not counted as trained or enrolled").isEqualTo(enrolledBefore);

        HttpResponse<String> enrolled = send(http, "PUT", path + "/training",
                training(http, path, su, "ENROLLED", today.plusYears(1).toString(), null));
        assertThat(enrolled.statusCode()).as(enrolled.body()).isEqualTo(200);
        HttpResponse<String> completed = send(http, "PUT", path + "/training",
                training(http, path, su, "COMPLETED", "1970-01-01", today.toString()));
        assertThat(completed.statusCode()).as(completed.body()).isEqualTo(200);
        assertThat(Http.object(completed).getString("trainingCompleted")).isEqualTo(today.toString());
    }

    private static String training(Http http, String path, long university, String status, String start,
                                   String completed) throws Exception {
        long version = Http.object(http.get(path, Fixtures.SODERMALM, Fixtures.PASSWORD)).getJsonNumber("version")
                .longValue();
        return "{\"version\":" + version + ",\"status\":\"" + status + "\",\"course\":\"Handledning\",\"universityId\":"
                + university + (start == null ? "" : ",\"start\":\"" + start + "\"")
                + (completed == null ? "" : ",\"completed\":\"" + completed + "\"") + "}";
    }

    private static long summary(Http http) throws Exception {
        JsonObject summary = Http.object(http.get("api/supervisors/training-summary", Fixtures.SODERMALM,
                Fixtures.PASSWORD));
        return summary.getJsonNumber("enrolled").longValue() + summary.getJsonNumber("completed").longValue();
    }

    private static HttpResponse<String> send(Http http, String method, String path, String json) throws Exception {
        return http.send(HttpRequest.newBuilder(http.uri(path)).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json)), Fixtures.SODERMALM, Fixtures.PASSWORD);
    }

    private static long id(Http http, String path, String code) throws Exception {
        return Http.array(http.get(path, Fixtures.SODERMALM, Fixtures.PASSWORD)).getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getString("code").equals(code)).findFirst().orElseThrow().getJsonNumber("id").longValue();
    }
}
