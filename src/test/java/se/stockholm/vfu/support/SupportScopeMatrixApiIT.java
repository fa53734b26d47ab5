package se.stockholm.vfu.support;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;
import se.stockholm.vfu.it.Fixtures;
import se.stockholm.vfu.it.Http;
import se.stockholm.vfu.it.PageClient;
import se.stockholm.vfu.scope.ScopeMatrix;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same scope matrix as {@link SupportScopeMatrixIT}, over the JSON API as each user (signed in once, calls with
 * the session): the stated status for every role, record and operation, lists showing the record exactly to those
 * who may read it, and a refused change leaving the records as the central contact's fixture reads them.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SupportScopeMatrixApiIT {

    @ArquillianResource
    URL base;

    @TestFactory
    Stream<DynamicTest> everyCallerGetsExactlyItsScopeOfEveryRecordOverTheApi() {
        return SupportScopeMatrix.cases(ScopeMatrix.SUPPORT_API).stream().map(c -> DynamicTest.dynamicTest(c.toString(), () -> check(c)));
    }

    /** As through the service: a meeting outside the VFU period is a 400 naming the field, and nothing is saved. */
    @Test
    void aMeetingOutsideTheVfuPeriodIsRefusedWithItsField() throws Exception {
        JsonObject s = Http.object(call(Fixtures.CENTRAL, "POST", "api/it/support-scenario", null));
        String before = state(s);
        HttpResponse<String> refused = call(Fixtures.SU, "PUT", "api/placements/" + s.getJsonNumber("placementId")
                + "/meeting", """
                {"version": 0, "teacherName": "IT Ny lärare", "meetingAt": "2999-12-31T10:00:00",
                 "place": "Rum 3", "held": false}""");
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(Http.object(refused).getString("field")).isEqualTo("meetingAt");
        assertThat(Http.object(refused).getString("detail")).contains("HT2060").contains("2060-08-30");
        assertThat(state(s)).as("unchanged").isEqualTo(before);
    }

    /** One signed-in session per user for the whole class: a bcrypt sign-in per call would take minutes. */
    private static final Map<String, PageClient> SESSIONS = new ConcurrentHashMap<>();

    private PageClient session(String user) throws Exception {
        PageClient session = SESSIONS.get(user);
        if (session == null) {
            session = new PageClient(base.toURI(), user, Fixtures.PASSWORD);
            SESSIONS.put(user, session);
        }
        return session;
    }

    private HttpResponse<String> call(String user, String method, String path, String json) throws Exception {
        return session(user).send(method, session(user).uri(path), json == null ? null : "application/json", json,
                "Accept", "application/json", "X-Requested-With", "it");
    }

    private void check(SupportScopeMatrix.Case c) throws Exception {
        HttpResponse<String> created = call(Fixtures.CENTRAL, "POST", "api/it/support-scenario", null);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
        JsonObject s = Http.object(created);
        String before = state(s);

        String[] request = request(c.op(), s);
        HttpResponse<String> answer = call(c.who().username, request[0], request[1], request[2]);
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
            assertThat(state(s)).as(c + ": unchanged").isEqualTo(before);
        } else if (c.op().change()) {
            assertThat(state(s)).as(c + ": changed").isNotEqualTo(before);
        }
    }

    /** Method, path and JSON body of the operation on the scenario's record. */
    private static String[] request(SupportScopeMatrix.Op op, JsonObject s) {
        long placement = s.getJsonNumber("placementId").longValue();
        long concern = s.getJsonNumber("concernId").longValue();
        long visit = s.getJsonNumber("visitId").longValue();
        long booking = s.getJsonNumber("bookingId").longValue();
        String term = "api/terms/" + s.getString("termCode");
        return switch (op.record() + "." + op.operation()) {
            case "meeting.read" -> get("api/placements/" + placement + "/meeting");
            case "meeting.change" -> new String[] {"PUT", "api/placements/" + placement + "/meeting", """
                    {"version": 0, "teacherName": "IT Ny lärare", "meetingAt": "2060-09-20T13:00:00",
                     "place": "Rum 3", "held": true}"""};
            case "concern.read" -> get("api/concerns/" + concern);
            case "concern.list" -> get("api/concerns?term=" + s.getString("termCode") + "&size=500&text="
                    + s.getString("studentName").replace(' ', '+'));
            case "concern.raise" -> new String[] {"POST", "api/placements/" + placement + "/concerns",
                "{\"text\": \"IT: ny farhåga\"}"};
            case "concern.handle" -> new String[] {"POST", "api/concerns/" + concern + "/handle", "{\"version\": 0}"};
            case "visit.read" -> get(term + "/visits/" + visit);
            case "visit.list" -> get(term + "/visits?size=500&order=desc");
            case "visit.book" -> new String[] {"POST", term + "/visits/" + visit + "/bookings",
                "{\"studentName\": \"IT Bokad\"}"};
            case "booking.read" -> get(term + "/visit-bookings/" + booking);
            case "booking.list" -> get(term + "/visit-bookings?size=500&order=desc");
            case "booking.cancel" -> new String[] {"POST", term + "/visit-bookings/" + booking + "/cancel",
                "{\"version\": 0}"};
            default -> throw new IllegalArgumentException(op.toString());
        };
    }

    private static String[] get(String path) {
        return new String[] {"GET", path, null};
    }

    private String state(JsonObject s) throws Exception {
        HttpResponse<String> state = call(Fixtures.CENTRAL, "GET", "api/it/support-scenario/state?placement="
                + s.getJsonNumber("placementId") + "&concern=" + s.getJsonNumber("concernId") + "&visit="
                + s.getJsonNumber("visitId") + "&booking=" + s.getJsonNumber("bookingId"), null);
        assertThat(state.statusCode()).as(state.body()).isEqualTo(200);
        return state.body();
    }
}
