package se.stockholm.vfu.security;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.extension.ExtendWith;
import se.stockholm.vfu.common.StockholmTime;
import se.stockholm.vfu.it.Deployments;
import se.stockholm.vfu.it.Fixtures;
import se.stockholm.vfu.it.Http;
import se.stockholm.vfu.scope.ScopeMatrix;

import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Recruitment's scope matrix through the JSON API over real HTTP, generated: caller (Rinkeby-Kista's district contact,
 * a university coordinator) × record (Södermalm's trainee post, a hired former VFU student on it) × every endpoint
 * that reads or changes it. Another district gets 404, a university 403, and the records read the same for the central
 * contact afterwards; Södermalm's own contact gets its answers. Neither may enter the city's or another district's
 * staff turnover (403, nothing saved). The funnel over the API is suppressed for a university ("fewer than 5" as
 * {@code count: null, suppressed: true}) and carries no person.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RecruitmentScopeMatrixApiIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    private static final String TURNOVER = "api/recruitment/staff-turnover";

    private record Case(String caller, String entity, String operation, String method, String path, String body) {
    }

    @Test
    void anotherDistrictAndAUniversityAreRefusedEveryEndpointAndNothingChanges(TestReporter report) throws Exception {
        Http http = new Http(base.toURI());
        JsonObject scenario = Http.object(send(http, "POST", "api/it/recruitment-scenario", "", Fixtures.CENTRAL));
        long post = scenario.getJsonNumber("postId").longValue();
        long candidate = scenario.getJsonNumber("candidateId").longValue();
        long free = scenario.getJsonNumber("freePlacementId").longValue();
        String postPath = "api/trainee-posts/" + post;
        String candidatePath = "api/trainee-posts/candidates/" + candidate;
        JsonObject postBefore = Http.object(http.get(postPath, Fixtures.CENTRAL, Fixtures.PASSWORD));
        JsonObject candidateBefore = Http.object(http.get(candidatePath, Fixtures.CENTRAL, Fixtures.PASSWORD));
        long postVersion = postBefore.getJsonNumber("version").longValue();
        long candidateVersion = candidateBefore.getJsonNumber("version").longValue();
        String today = LocalDate.now(StockholmTime.ZONE).toString();
        String postBody = "{\"version\":" + postVersion + ",\"unitId\":" + postBefore.getJsonNumber("unitId")
                + ",\"areaId\":" + postBefore.getJsonNumber("areaId") + ",\"periodStart\":\"2050-01-01\","
                + "\"periodEnd\":\"2051-01-01\",\"posts\":7,\"status\":\"CLOSED\"}";

        String turnoverBefore = http.get(TURNOVER, Fixtures.CENTRAL, Fixtures.PASSWORD).body();
        String cityBefore = http.get(TURNOVER + "/city", Fixtures.CENTRAL, Fixtures.PASSWORD).body();
        String figures = "\"year\":2005,\"group\":\"CASE_WORKER\",\"permanentStaff\":40,\"left\":4";

        List<Case> cases = new ArrayList<>();
        for (String caller : List.of(Fixtures.RINKEBY, Fixtures.SU)) {
            // a district contact's figures are its own district's: it was saved the city's as Rinkeby-Kista's
            cases.add(new Case(caller, "staff turnover", "enter the city's figures", "PUT", TURNOVER,
                    "{\"city\":true," + figures + "}"));
            cases.add(new Case(caller, "staff turnover", "enter another district's figures", "PUT", TURNOVER,
                    "{\"districtId\":" + postBefore.getJsonNumber("districtId") + "," + figures + "}"));
            cases.add(new Case(caller, "trainee post", "read post", "GET", postPath, null));
            cases.add(new Case(caller, "trainee post", "change post", "PUT", postPath, postBody));
            cases.add(new Case(caller, "trainee post", "list candidates", "GET", postPath + "/candidates", null));
            cases.add(new Case(caller, "trainee post", "add outside candidate", "POST", postPath + "/candidates",
                    "{\"name\":\"IT Övertagen\"}"));
            cases.add(new Case(caller, "trainee post", "add former student", "POST", postPath + "/candidates",
                    "{\"placementId\":" + free + "}"));
            cases.add(new Case(caller, "candidate", "read candidate", "GET", candidatePath, null));
            cases.add(new Case(caller, "candidate", "history", "GET", candidatePath + "/steps", null));
            cases.add(new Case(caller, "candidate", "move", "POST", candidatePath + "/steps", "{\"version\":" + candidateVersion
                    + ",\"status\":\"LEFT\",\"date\":\"" + today + "\",\"reason\":\"IT\"}"));
            cases.add(new Case(caller, "candidate", "end employment", "PUT", candidatePath + "/employment-end",
                    "{\"version\":" + candidateVersion + ",\"date\":\"" + today + "\"}"));
            cases.add(new Case(caller, "candidate", "consent", "PUT", candidatePath + "/consent",
                    "{\"version\":" + candidateVersion + ",\"consentNotify\":false}"));
        }
        ScopeMatrix.Tally rules = ScopeMatrix.tally(ScopeMatrix.RECRUITMENT_API);
        for (Case c : cases) {
            int expected = rules.expect(c.caller(), c.entity(), c.operation(), ScopeMatrix.REST).status;
            HttpResponse<String> answer = send(http, c.method(), c.path(), c.body(), c.caller());
            assertThat(answer.statusCode()).as(c.toString()).isEqualTo(expected);
        }
        for (String caller : List.of(Fixtures.RINKEBY, Fixtures.SU)) {
            HttpResponse<String> list = http.get("api/trainee-posts?size=500", caller, Fixtures.PASSWORD);
            if (rules.expect(caller, "trainee post", "list posts", ScopeMatrix.REST) == ScopeMatrix.Expect.FORBIDDEN) {
                assertThat(list.statusCode()).isEqualTo(403);
            } else {
                assertThat(Http.object(list).getJsonArray("rows").getValuesAs(JsonObject.class))
                        .noneMatch(r -> r.getJsonNumber("id").longValue() == post);
            }
        }
        assertThat(http.get(TURNOVER, Fixtures.CENTRAL, Fixtures.PASSWORD).body()).isEqualTo(turnoverBefore);
        assertThat(http.get(TURNOVER + "/city", Fixtures.CENTRAL, Fixtures.PASSWORD).body()).isEqualTo(cityBefore);
        assertThat(Http.object(http.get(postPath, Fixtures.CENTRAL, Fixtures.PASSWORD))).isEqualTo(postBefore);
        assertThat(Http.object(http.get(candidatePath, Fixtures.CENTRAL, Fixtures.PASSWORD))).isEqualTo(candidateBefore);
        assertThat(http.get(candidatePath, Fixtures.SODERMALM, Fixtures.PASSWORD).statusCode())
                .isEqualTo(rules.expect(Fixtures.SODERMALM, "candidate", "read candidate", ScopeMatrix.REST).status);
        assertThat(rules.expect(Fixtures.SODERMALM, "trainee post", "add former student", ScopeMatrix.REST))
                .isEqualTo(ScopeMatrix.Expect.ALLOWED);
        assertThat(send(http, "POST", postPath + "/candidates", "{\"placementId\":" + free + "}", Fixtures.SODERMALM)
                .statusCode()).isEqualTo(201);
        rules.assertEveryRuleTried();
        report.publishEntry("Recruitment scope matrix (REST)", cases.size() + " refused cases");
    }

    @Test
    void aUniversityGetsTheFunnelAsAggregatesWithSmallFiguresSuppressedAndNoStaffFigures() throws Exception {
        Http http = new Http(base.toURI());
        send(http, "POST", "api/it/recruitment-scenario", "", Fixtures.CENTRAL);
        JsonArray rows = Http.array(http.get("api/recruitment/funnel", Fixtures.SH, Fixtures.PASSWORD));
        for (JsonObject row : rows.getValuesAs(JsonObject.class)) {
            assertThat(row.getString("groupType")).isEqualTo("UNIVERSITY");
            assertThat(row.getString("groupName")).isEqualTo("SH");
            for (String cell : List.of("students", "trainees", "hires", "retained12")) {
                JsonObject figure = row.getJsonObject(cell);
                boolean suppressed = figure.getBoolean("suppressed");
                if (suppressed || figure.getBoolean("notYetKnown")) {
                    assertThat(figure.get("count") == null || figure.get("count") == JsonValue.NULL).isTrue();
                } else {
                    assertThat(figure.getInt("count")).isGreaterThanOrEqualTo(5);
                }
            }
        }
        JsonArray su = Http.array(http.get("api/recruitment/funnel", Fixtures.SU, Fixtures.PASSWORD));
        assertThat(su.toString()).doesNotContain("IT Api").doesNotContain("studentName");
        assertThat(su.getValuesAs(JsonObject.class)).anyMatch(r -> r.getJsonObject("students").getBoolean("suppressed")
                || r.getJsonObject("students").getInt("count") >= 5);
        assertThat(http.get("api/recruitment/staff-turnover", Fixtures.SU, Fixtures.PASSWORD).statusCode()).isEqualTo(403);
        assertThat(send(http, "POST", "api/trainee-posts/former-students/search", "{\"text\":\"IT\"}", Fixtures.SU)
                .statusCode()).isEqualTo(403);
    }

    private static HttpResponse<String> send(Http http, String method, String path, String body, String user)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(http.uri(path));
        if (body == null) {
            request.GET();
        } else {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        return http.send(request, user, Fixtures.PASSWORD);
    }
}
