package se.stockholm.vfu.support;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;
import se.stockholm.vfu.it.Fixtures;
import se.stockholm.vfu.it.Http;

import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same scope matrix as {@link SupportScopeMatrixIT}, over the JSON API with HTTP Basic as each user: the stated
 * status for every role, record and operation, lists showing the record exactly to those who may read it, and a
 * refused change leaving the records as the central contact's fixture reads them.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SupportScopeMatrixApiIT {

    @ArquillianResource
    URL base;

    @TestFactory
    Stream<DynamicTest> everyCallerGetsExactlyItsScopeOfEveryRecordOverTheApi() {
        return SupportScopeMatrix.cases().stream().map(c -> DynamicTest.dynamicTest(c.toString(), () -> check(c)));
    }

    private void check(SupportScopeMatrix.Case c) throws Exception {
        Http http = new Http(base.toURI());
        HttpResponse<String> created = http.send(HttpRequest.newBuilder(http.uri("api/it/support-scenario"))
                .POST(HttpRequest.BodyPublishers.noBody()), Fixtures.CENTRAL, Fixtures.PASSWORD);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
        JsonObject s = Http.object(created);
        String before = state(http, s);

        HttpResponse<String> answer = http.send(request(http, c.op(), s), c.who().username, Fixtures.PASSWORD);
        int status = answer.statusCode() / 100 == 2 ? 200 : answer.statusCode();
        if (c.op().operation().equals("list")) {
            assertThat(status).as(c + ": a list answers " + answer.body()).isEqualTo(200);
            long id = s.getJsonNumber(c.op().record() + "Id").longValue();
            boolean listed = Http.object(answer).getJsonArray("rows").stream()
                    .anyMatch(row -> row.asJsonObject().getJsonNumber("id").longValue() == id);
            assertThat(listed ? 200 : 404).as(c + ": listed").isEqualTo(c.expected());
            return;
        }
        assertThat(status).as(c + ": " + answer.body()).isEqualTo(c.expected());
        if (c.expected() != 200) {
            assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
            assertThat(state(http, s)).as(c + ": unchanged").isEqualTo(before);
        } else if (c.op().change()) {
            assertThat(state(http, s)).as(c + ": changed").isNotEqualTo(before);
        }
    }

    private static HttpRequest.Builder request(Http http, SupportScopeMatrix.Op op, JsonObject s) {
        long placement = s.getJsonNumber("placementId").longValue();
        long concern = s.getJsonNumber("concernId").longValue();
        long visit = s.getJsonNumber("visitId").longValue();
        long booking = s.getJsonNumber("bookingId").longValue();
        String term = "api/terms/" + s.getString("termCode");
        return switch (op.record() + "." + op.operation()) {
            case "meeting.read" -> get(http, "api/placements/" + placement + "/meeting");
            case "meeting.change" -> send(http, "PUT", "api/placements/" + placement + "/meeting", """
                    {"version": 0, "teacherName": "IT Ny lärare", "meetingAt": "2060-09-20T13:00:00",
                     "place": "Rum 3", "held": true}""");
            case "concern.read" -> get(http, "api/concerns/" + concern);
            case "concern.list" -> get(http, "api/concerns?term=" + s.getString("termCode") + "&size=500&text="
                    + s.getString("studentName").replace(' ', '+'));
            case "concern.raise" -> send(http, "POST", "api/placements/" + placement + "/concerns",
                    "{\"text\": \"IT: ny farhåga\"}");
            case "concern.handle" -> send(http, "POST", "api/concerns/" + concern + "/handle", "{\"version\": 0}");
            case "visit.read" -> get(http, term + "/visits/" + visit);
            case "visit.list" -> get(http, term + "/visits?size=500&order=desc");
            case "visit.book" -> send(http, "POST", term + "/visits/" + visit + "/bookings",
                    "{\"studentName\": \"IT Bokad\"}");
            case "booking.read" -> get(http, term + "/visit-bookings/" + booking);
            case "booking.list" -> get(http, term + "/visit-bookings?size=500&order=desc");
            case "booking.cancel" -> send(http, "POST", term + "/visit-bookings/" + booking + "/cancel",
                    "{\"version\": 0}");
            default -> throw new IllegalArgumentException(op.toString());
        };
    }

    private static HttpRequest.Builder get(Http http, String path) {
        return HttpRequest.newBuilder(http.uri(path)).GET();
    }

    private static HttpRequest.Builder send(Http http, String method, String path, String json) {
        return HttpRequest.newBuilder(http.uri(path)).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json));
    }

    private static String state(Http http, JsonObject s) throws Exception {
        HttpResponse<String> state = http.get("api/it/support-scenario/state?placement=" + s.getJsonNumber("placementId")
                + "&concern=" + s.getJsonNumber("concernId") + "&visit=" + s.getJsonNumber("visitId")
                + "&booking=" + s.getJsonNumber("bookingId"), Fixtures.CENTRAL, Fixtures.PASSWORD);
        assertThat(state.statusCode()).as(state.body()).isEqualTo(200);
        return state.body();
    }
}
