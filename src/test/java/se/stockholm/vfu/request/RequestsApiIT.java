package se.stockholm.vfu.request;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;
import se.stockholm.vfu.it.Deployments;
import se.stockholm.vfu.it.Fixtures;
import se.stockholm.vfu.it.Http;
import se.stockholm.vfu.it.PageClient;

import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Student requests over real HTTP: the JSON API for a coordinator's own students, extra support left out of
 * every answer to anyone else, and the scope matrix through REST ids and page parameters (generated cases,
 * count printed): another university's coordinator and district contacts are refused and nothing changes.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RequestsApiIT {

    private static final String REQUESTS = "api/terms/" + Fixtures.REQUEST_TERM + "/requests";
    private static final String PLACES = "api/terms/" + Fixtures.REQUEST_TERM + "/places";

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
    void aCoordinatorCreatesChangesAndWithdrawsOverTheApi() throws Exception {
        String ref = "it-api-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = send("POST", REQUESTS, Fixtures.SU, """
                {"studentRef":"%s","studentName":"IT Api Student","studentEmail":"%s@it.example",
                 "noPreference":true,"languages":"sv","extraSupport":true,"extraSupportNote":"Hörselslinga"}"""
                .formatted(ref, ref));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonObject request = Http.object(created);
        assertThat(request.getString("extraSupportNote")).isEqualTo("Hörselslinga");
        String location = created.headers().firstValue("Location").orElseThrow();
        long id = request.getJsonNumber("id").longValue();

        HttpResponse<String> invalid = send("PUT", REQUESTS + "/" + id, Fixtures.SU, """
                {"version":%d,"studentRef":"%s","studentName":"IT Api Student","studentEmail":"broken",
                 "noPreference":true,"languages":"sv"}""".formatted(request.getJsonNumber("version").longValue(), ref));
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(Http.object(invalid).getString("field")).isEqualTo("studentEmail");
        // 1 = Södermalm, 2 = empty, 3 = Bromma is refused, not stored as 1 = Södermalm, 2 = Bromma
        HttpResponse<String> gap = send("PUT", REQUESTS + "/" + id, Fixtures.SU, """
                {"version":%d,"studentRef":"%s","studentName":"IT Api Student","studentEmail":"%s@it.example",
                 "noPreference":false,"districtPreferences":[%d,null,%d],"languages":"sv"}""".formatted(
                request.getJsonNumber("version").longValue(), ref, ref, districtId("SO"), districtId("BR")));
        assertThat(gap.statusCode()).as(gap.body()).isEqualTo(400);
        assertThat(Http.object(gap).getString("field")).isEqualTo("districts");
        assertThat(Http.object(gap).getString("detail")).contains("preference 2 is empty");

        // under another term the request is not found, for reading, changing or withdrawing
        String elsewhere = "api/terms/" + Fixtures.TERM + "/requests/" + id;
        assertThat(http.get(elsewhere, Fixtures.SU, Fixtures.PASSWORD).statusCode()).isEqualTo(404);
        assertThat(send("PUT", elsewhere, Fixtures.SU, """
                {"version":%d,"studentRef":"%s","studentName":"IT Api Elsewhere","studentEmail":"%s@it.example",
                 "noPreference":true,"languages":"sv"}""".formatted(request.getJsonNumber("version").longValue(), ref, ref))
                .statusCode()).isEqualTo(404);
        assertThat(send("POST", elsewhere + "/withdraw", Fixtures.SU, "{\"version\":%d,\"reason\":\"x\"}".formatted(
                request.getJsonNumber("version").longValue())).statusCode()).isEqualTo(404);

        HttpResponse<String> changed = send("PUT", REQUESTS + "/" + id, Fixtures.SU, """
                {"version":%d,"studentRef":"%s","studentName":"IT Api Changed","studentEmail":"%s@it.example",
                 "noPreference":true,"languages":["sv","en"]}""".formatted(request.getJsonNumber("version").longValue(),
                ref, ref));
        // the languages as answers give them, a list (a body may also give the text "sv, en", as above)
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        assertThat(Http.object(changed).getJsonArray("languages").toString()).isEqualTo("[\"sv\",\"en\"]");
        assertThat(Http.object(changed).getString("studentName")).isEqualTo("IT Api Changed");
        assertThat(Http.object(changed).containsKey("extraSupportNote")).isFalse();

        HttpResponse<String> withdrawn = send("POST", REQUESTS + "/" + id + "/withdraw", Fixtures.SU,
                "{\"version\":%d,\"reason\":\"Byter termin\"}".formatted(
                        Http.object(changed).getJsonNumber("version").longValue()));
        assertThat(Http.object(withdrawn).getString("status")).isEqualTo("WITHDRAWN");
        assertThat(location).endsWith("/requests/" + id);
    }

    @Test
    void aFilterThatCannotBeReadMatchesNothingInsteadOfEverything() throws Exception {
        shRequestId();
        assertThat(total(REQUESTS)).as("the central contact's unfiltered list").isPositive();
        assertThat(total(REQUESTS + "?status=EVERYTHING")).as("an unknown status").isZero();
        assertThat(total(REQUESTS + "?university=abc")).as("a university id that is not a number").isZero();
        assertThat(total(PLACES + "?status=EVERYTHING")).as("an unknown place status").isZero();
        assertThat(total("api/supervisors?trainingStatus=EVERYTHING")).as("an unknown training status").isZero();
        assertThat(total("api/inquiries?status=EVERYTHING")).as("an unknown inquiry status").isZero();
    }

    private long total(String path) throws Exception {
        HttpResponse<String> list = http.get(path, Fixtures.CENTRAL, Fixtures.PASSWORD);
        assertThat(list.statusCode()).as(path + ": " + list.body()).isEqualTo(200);
        return Http.object(list).getJsonNumber("total").longValue();
    }

    /**
     * Found in exploratory testing: with the browser's maxlength bypassed, the request page saved 10,000 characters
     * cut to the first 40 of the student id (another id), 120 of the name and 2,000 of the notes, while the API refused
     * them. The page now refuses them as the API does, each beside its field, and saves nothing.
     */
    @Test
    void thePageRefusesTooLongTextBesideItsFieldAsTheApiDoesAndSavesNothing() throws Exception {
        String ref = "it-long-" + UUID.randomUUID().toString().substring(0, 8);
        String longRef = ref + "x".repeat(10_000);
        HttpResponse<String> api = send("POST", REQUESTS, Fixtures.SU, """
                {"studentRef":"%s","studentName":"IT Lång","studentEmail":"%s@it.example","noPreference":true,
                 "languages":"sv"}""".formatted(longRef, ref));
        assertThat(api.statusCode()).as(api.body()).isEqualTo(400);
        assertThat(api.body()).contains("At most 40 characters.");

        PageClient su = new PageClient(base.toURI(), Fixtures.SU, Fixtures.PASSWORD);
        su.chooseTerm("university/request.xhtml", Fixtures.REQUEST_TERM);
        su.open("university/request.xhtml");
        HttpResponse<byte[]> pressed = su.press("university/request.xhtml", "requestForm:save", Map.of(
                "requestForm:studentRef", longRef, "requestForm:studentName", "IT Lång " + "y".repeat(10_000),
                "requestForm:studentEmail", ref + "@it.example", "requestForm:noPreference_input", "on",
                "requestForm:languages", "sv", "requestForm:notes", "z\r\n".repeat(5_000)));
        assertThat(total(REQUESTS + "?text=" + ref)).as("nothing saved, not even cut").isZero();
        String page = new String(pressed.body(), StandardCharsets.UTF_8);
        assertThat(pressed.statusCode()).isEqualTo(200);
        // the length validator's text, the API's words; the page groups digits as the portal's numbers do (2 000)
        assertThat(page).contains("Högst 40 tecken.").contains("Högst 120 tecken.").containsPattern("Högst 2\\W000 tecken\\.")
                .contains("value=\"" + longRef + "\"");
    }

    @Test
    void extraSupportIsShownToTheOwnUniversityAndCentralOnly() throws Exception {
        long id = shRequestId();
        assertThat(Http.object(http.get(REQUESTS + "/" + id, Fixtures.SH, Fixtures.PASSWORD))
                .getString("extraSupportNote")).isEqualTo(Fixtures.SH_SUPPORT_NOTE);
        assertThat(Http.object(http.get(REQUESTS + "/" + id, Fixtures.CENTRAL, Fixtures.PASSWORD))
                .getBoolean("extraSupport")).isTrue();
        for (String outsider : List.of(Fixtures.SU, Fixtures.SODERMALM)) {
            HttpResponse<String> refused = http.get(REQUESTS + "/" + id, outsider, Fixtures.PASSWORD);
            assertThat(refused.statusCode()).isEqualTo(403);
            assertThat(refused.body()).doesNotContain(Fixtures.SH_SUPPORT_NOTE).doesNotContain("it-sh-r1");
        }
        HttpResponse<String> list = http.get(REQUESTS, Fixtures.CENTRAL, Fixtures.PASSWORD);
        assertThat(list.body()).contains("it-sh-r1").doesNotContain(Fixtures.SH_SUPPORT_NOTE);
        HttpResponse<String> missing = http.get(REQUESTS + "/missing-universities", Fixtures.CENTRAL, Fixtures.PASSWORD);
        assertThat(missing.body()).contains("ESBH").doesNotContain("\"SH\"");
    }

    @TestFactory
    List<DynamicTest> anotherUniversitysRequestIsRefusedThroughTheApiAndPages(TestReporter report) throws Exception {
        long id = shRequestId();
        long shId = Http.array(http.get("api/universities", Fixtures.CENTRAL, Fixtures.PASSWORD))
                .getValuesAs(JsonObject.class).stream().filter(u -> u.getString("code").equals("SH")).findFirst()
                .orElseThrow().getJsonNumber("id").longValue();
        String body = """
                {"studentRef":"it-sh-r1","studentName":"Taken over","studentEmail":"x@it.example","noPreference":true,
                 "languages":"sv"}""";
        List<DynamicTest> tests = new ArrayList<>();
        for (String actor : List.of(Fixtures.SU, Fixtures.SODERMALM, Fixtures.RINKEBY)) {
            tests.add(refused(actor, "REST read", id, () -> http.get(REQUESTS + "/" + id, actor, Fixtures.PASSWORD)));
            tests.add(refused(actor, "REST list of SH", id,
                    () -> http.get(REQUESTS + "?university=" + shId, actor, Fixtures.PASSWORD)));
            tests.add(refused(actor, "REST update", id, () -> send("PUT", REQUESTS + "/" + id, actor, body)));
            tests.add(refused(actor, "REST withdraw", id,
                    () -> send("POST", REQUESTS + "/" + id + "/withdraw", actor, "{\"reason\":\"x\"}")));
            tests.add(refused(actor, "page parameter, university form", id,
                    () -> page("university/request.xhtml?id=" + id, actor)));
            tests.add(refused(actor, "page parameter, central form", id,
                    () -> page("central/request.xhtml?id=" + id, actor)));
        }
        report.publishEntry("Student-request scope matrix (REST and pages), cases", Integer.toString(tests.size()));
        return tests;
    }

    private interface Attempt {
        HttpResponse<String> run() throws Exception;
    }

    private DynamicTest refused(String actor, String channel, long id, Attempt attempt) {
        return DynamicTest.dynamicTest(actor + " " + channel, () -> {
            String before = http.get(REQUESTS + "/" + id, Fixtures.SH, Fixtures.PASSWORD).body();
            HttpResponse<String> response = attempt.run();
            if (response.uri().getPath().endsWith(".xhtml") && response.statusCode() == 200) {
                // a coordinator may open the university form; the service refuses the id and nothing is shown
                assertThat(response.body()).containsAnyOf("Du har inte behörighet till detta.", "You are not allowed to do this.")
                        .doesNotContain("IT Student it-sh-r1").doesNotContain(Fixtures.SH_SUPPORT_NOTE)
                        .doesNotContain("requestForm");
            } else {
                // another university's request is refused (Caller.requireUniversity), and district contacts may not
                // use requests at all (the service's roles; the pages' URL constraints): forbidden, never "not found"
                assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
                assertThat(response.body()).doesNotContain("IT Student it-sh-r1").doesNotContain(Fixtures.SH_SUPPORT_NOTE);
            }
            assertThat(http.get(REQUESTS + "/" + id, Fixtures.SH, Fixtures.PASSWORD).body()).isEqualTo(before);
        });
    }

    private long shRequestId() throws Exception {
        return Http.object(http.get(REQUESTS + "?text=it-sh-r1", Fixtures.SH, Fixtures.PASSWORD))
                .getJsonArray("rows").getJsonObject(0).getJsonNumber("id").longValue();
    }

    private HttpResponse<String> page(String path, String user) throws Exception {
        return http.send(HttpRequest.newBuilder(base.toURI().resolve(path)).GET(), user, Fixtures.PASSWORD);
    }

    private HttpResponse<String> send(String method, String path, String user, String json) throws Exception {
        return http.send(HttpRequest.newBuilder(base.toURI().resolve(path)).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json)), user, Fixtures.PASSWORD);
    }

    private long districtId(String code) throws Exception {
        return Http.array(http.get("api/districts", Fixtures.SU, Fixtures.PASSWORD)).stream().map(JsonValue::asJsonObject)
                .filter(o -> code.equals(o.getString("code"))).findFirst().orElseThrow().getJsonNumber("id").longValue();
    }
}
