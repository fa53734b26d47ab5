package se.stockholm.vfu.api;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.stockholm.vfu.it.Deployments;
import se.stockholm.vfu.it.DistrictFixtures;
import se.stockholm.vfu.it.Fixtures;
import se.stockholm.vfu.it.Http;

import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** The JSON API over real HTTP: authenticated, scoped like the pages, documented, hardened. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiIT {

    private static final String TERM = "api/terms/" + Fixtures.TERM + "/overview";

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
    void healthIsPublicAndReportsTheDatabase() throws Exception {
        HttpResponse<String> health = http.get("api/health", null, null);

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(Http.object(health).getString("database")).isEqualTo("UP");
    }

    @Test
    void theApiNeedsASignedInUser() throws Exception {
        // Without credentials: a 401 problem, never data and never the login form (see ProblemResponsesIT).
        HttpResponse<String> anonymous = http.get("api/terms", null, null);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.body()).doesNotContain(Fixtures.TERM).doesNotContain("j_security_check");
        assertThat(http.get("api/terms", Fixtures.CENTRAL, "wrong-password").statusCode()).isEqualTo(401);
    }

    @Test
    void termsAndReferenceDataAreListed() throws Exception {
        HttpResponse<String> terms = http.get("api/terms", Fixtures.SU, Fixtures.PASSWORD);
        assertThat(terms.statusCode()).isEqualTo(200);
        assertThat(Http.array(terms).getValuesAs(JsonObject.class))
                .anySatisfy(t -> {
                    assertThat(t.getString("code")).isEqualTo(Fixtures.TERM);
                    assertThat(t.getInt("targetPlaces")).isEqualTo(100);
                });
        // one term by its code, beside the resources below it (the dashboard's root path hid it: always 404)
        HttpResponse<String> term = http.get("api/terms/" + Fixtures.TERM, Fixtures.SU, Fixtures.PASSWORD);
        assertThat(term.statusCode()).as(term.body()).isEqualTo(200);
        assertThat(Http.object(term).getString("code")).isEqualTo(Fixtures.TERM);
        assertThat(http.get("api/terms/VT1999", Fixtures.SU, Fixtures.PASSWORD).statusCode()).isEqualTo(404);
        assertThat(http.get("api/terms/" + Fixtures.TERM + "/dashboard", Fixtures.SU, Fixtures.PASSWORD).statusCode())
                .isEqualTo(200);
        assertThat(Http.array(http.get("api/districts", Fixtures.SU, Fixtures.PASSWORD))).hasSize(13);
        assertThat(Http.array(http.get("api/universities", Fixtures.SU, Fixtures.PASSWORD))).hasSize(3);
        assertThat(Http.array(http.get("api/areas-of-work", Fixtures.SU, Fixtures.PASSWORD))).hasSizeGreaterThanOrEqualTo(7);
    }

    @Test
    void aDistrictContactReadsOwnDistrictAndIsRefusedAnother() throws Exception {
        HttpResponse<String> own = http.get(TERM + "/districts/" + districtId("SO"), Fixtures.SODERMALM, Fixtures.PASSWORD);
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(Http.object(own).getString("districtName")).isEqualTo("Södermalm");

        HttpResponse<String> other = http.get(TERM + "/districts/" + districtId("RK"), Fixtures.SODERMALM, Fixtures.PASSWORD);
        assertThat(other.statusCode()).isEqualTo(403);
        assertThat(other.body()).doesNotContain("Rinkeby").doesNotContain("IT Mottagning");
        assertThat(other.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));

        assertThat(http.get(TERM, Fixtures.SODERMALM, Fixtures.PASSWORD).statusCode()).isEqualTo(403);
    }

    @Test
    void aDistrictsPlaceChangeAfterTheReportingDeadlineIsAConflict() throws Exception {
        String places = "api/terms/" + DistrictFixtures.CLOSED_TERM + "/places";
        HttpResponse<String> list = http.get(places + "?district=" + districtId("RK"), Fixtures.RINKEBY, Fixtures.PASSWORD);
        JsonObject offer = Http.object(list).getJsonArray("rows").getJsonObject(0);
        long id = offer.getJsonNumber("id").longValue();
        String body = "{\"unitId\":" + offer.getJsonNumber("unitId") + ",\"areaId\":" + offer.getJsonNumber("areaId")
                + ",\"places\":" + offer.getInt("places") + ",\"languages\":[\"sv\"],\"version\":" + offer.getJsonNumber("version")
                + "}";

        HttpResponse<String> late = http.send(HttpRequest.newBuilder(http.uri(places + "/" + id))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(body)),
                Fixtures.RINKEBY, Fixtures.PASSWORD);
        assertThat(late.statusCode()).as(late.body()).isEqualTo(409);
        assertThat(Http.object(late).getString("type")).isEqualTo("urn:vfu:district.place.error.deadlinePassed");
        HttpResponse<String> lateNew = http.send(HttpRequest.newBuilder(http.uri(places))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)),
                Fixtures.RINKEBY, Fixtures.PASSWORD);
        assertThat(lateNew.statusCode()).as(lateNew.body()).isEqualTo(409);
    }

    /**
     * What the API answers for a place can be sent back as it is: its languages came as the text "sv", which its own PUT
     * refused ("wrong type"; the body takes a list). Answers give a list; a body may give a list or a text.
     */
    @Test
    void aPlaceAsTheApiAnswersItCanBeSentBackAsItIs() throws Exception {
        String places = "api/terms/" + DistrictFixtures.OPEN_TERM + "/places";
        // a unit of this test's own: the other tests count on the fixtures' unit having one place in the term
        long area = Http.array(http.get("api/areas-of-work", Fixtures.RINKEBY, Fixtures.PASSWORD))
                .getValuesAs(JsonObject.class).stream().filter(a -> a.getString("code").equals("BOU"))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
        HttpResponse<String> newUnit = http.send(HttpRequest.newBuilder(http.uri("api/units"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        "{\"name\":\"IT Api språk " + System.nanoTime() + "\",\"areaId\":" + area + "}")),
                Fixtures.RINKEBY, Fixtures.PASSWORD);
        assertThat(newUnit.statusCode()).as(newUnit.body()).isEqualTo(201);
        JsonObject unit = Http.object(newUnit);
        HttpResponse<String> created = http.send(HttpRequest.newBuilder(http.uri(places)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"unitId\":" + unit.getJsonNumber("id") + ",\"areaId\":"
                        + unit.getJsonNumber("areaId") + ",\"places\":1,\"languages\":\"sv, en\"}")),
                Fixtures.RINKEBY, Fixtures.PASSWORD);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = Http.object(created).getJsonNumber("id").longValue();

        HttpResponse<String> read = http.get(places + "/" + id, Fixtures.RINKEBY, Fixtures.PASSWORD);
        JsonObject place = Http.object(read);
        assertThat(place.getJsonArray("languages").getValuesAs(JsonString.class))
                .extracting(JsonString::getString).containsExactly("sv", "en");
        String sentBack = read.body().replaceFirst("\"places\":1", "\"places\":2");
        HttpResponse<String> put = http.send(HttpRequest.newBuilder(http.uri(places + "/" + id))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(sentBack)),
                Fixtures.RINKEBY, Fixtures.PASSWORD);
        assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
        assertThat(Http.object(put).getInt("places")).isEqualTo(2);
        assertThat(Http.object(put).getJsonArray("languages")).hasSize(2);
    }

    @Test
    void aUniversityCoordinatorReadsOwnStudentsAndIsRefusedAnotherUniversitys() throws Exception {
        HttpResponse<String> own = http.get(TERM + "/universities/" + universityId("SU"), Fixtures.SU, Fixtures.PASSWORD);
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(Http.object(own).getJsonObject("requestsByStatus").getInt("SENT")).isEqualTo(Fixtures.SU_REQUESTS);

        assertThat(http.get(TERM + "/universities/" + universityId("SH"), Fixtures.SU, Fixtures.PASSWORD).statusCode())
                .isEqualTo(403);
        assertThat(http.get(TERM + "/districts/" + districtId("SO"), Fixtures.SU, Fixtures.PASSWORD).statusCode())
                .isEqualTo(403);
    }

    @Test
    void theCentralContactReadsTheCityOverview() throws Exception {
        HttpResponse<String> city = http.get(TERM, Fixtures.CENTRAL, Fixtures.PASSWORD);

        assertThat(city.statusCode()).isEqualTo(200);
        assertThat(Http.object(city).getJsonArray("districts")).hasSize(13);
        assertThat(Http.object(city).getInt("targetPlaces")).isEqualTo(100);
    }

    @Test
    void anUnknownTermIsNotFound() throws Exception {
        assertThat(http.get("api/terms/VT1999", Fixtures.CENTRAL, Fixtures.PASSWORD).statusCode()).isEqualTo(404);
    }

    @Test
    void theOpenApiDocumentDescribesTheApi() throws Exception {
        HttpResponse<String> openapi = http.get("openapi?format=JSON", null, null);

        assertThat(openapi.statusCode()).isEqualTo(200);
        assertThat(openapi.body()).contains("/api/terms").contains("/api/health").contains("VFU");
    }

    @Test
    void traceIsRefusedAndErrorsShowNoStackTrace() throws Exception {
        HttpResponse<String> trace = http.send(HttpRequest.newBuilder(base.toURI().resolve("/")).method("TRACE",
                HttpRequest.BodyPublishers.noBody()), null, null);
        assertThat(trace.statusCode()).as("TRACE %s answered %s", trace.uri(), trace.body()).isEqualTo(405);
        HttpResponse<String> missing = http.get("no-such-page.xhtml", Fixtures.CENTRAL, Fixtures.PASSWORD);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("Sidan finns inte").doesNotContain("Caused by").doesNotContain("at se.stockholm")
                .doesNotContain("Undertow").doesNotContain("WildFly");
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSite() throws Exception {
        HttpResponse<String> login = http.get("login.xhtml", null, null);

        assertThat(login.headers().allValues("Set-Cookie")).filteredOn(c -> c.startsWith("JSESSIONID"))
                .singleElement().satisfies(cookie -> assertThat(cookie).containsIgnoringCase("HttpOnly")
                        .containsIgnoringCase("SameSite=Lax"));
    }

    private long districtId(String code) throws Exception {
        return id(http.get("api/districts", Fixtures.CENTRAL, Fixtures.PASSWORD), code);
    }

    private long universityId(String code) throws Exception {
        return id(http.get("api/universities", Fixtures.CENTRAL, Fixtures.PASSWORD), code);
    }

    private static long id(HttpResponse<String> list, String code) {
        return Http.array(list).getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getString("code").equals(code)).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
    }

}
