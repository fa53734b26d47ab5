package se.stockholm.vfu.evaluation;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
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
import se.stockholm.vfu.scope.ScopeMatrix;

import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scope matrix of evaluation answers through the REST API, as {@link EvaluationScopeMatrixIT} does through the
 * service: five answers about Södermalm placements of SU's students count in the results of the central contact,
 * the administrator, Södermalm and SU, and leave Rinkeby-Kista's and Södertörn's exactly as they were (each role ×
 * grouping × channel REST); the free texts answer 200 to the central contact and the administrator and 403 to
 * everyone else; a group under five is suppressed in the JSON too (no count, no means).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EvaluationScopeMatrixApiIT {

    private static final String RESULTS = "api/evaluations/results?respondent=student&grouping=";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    @Test
    void answersCountOnlyInTheirDistrictsAndUniversitysResultsAndFreeTextsAreCentralOnly() throws Exception {
        Http http = new Http(base.toURI());
        List<String> callers = new ArrayList<>(EvaluationScopeMatrixIT.ALLOWED);
        callers.addAll(EvaluationScopeMatrixIT.REFUSED);
        Map<String, Map<String, JsonObject>> before = new HashMap<>();
        for (String caller : callers) {
            for (Grouping grouping : Grouping.values()) {
                before.put(caller + grouping, rows(http, caller, grouping));
            }
        }
        String text = "IT api-matris " + UUID.randomUUID();
        JsonObject scenario = scenario(http, 5, 5, text);
        long unit = scenario.getJsonNumber("unitId").longValue();
        long so = id(http, "api/districts", "SO");
        long su = id(http, "api/universities", "SU");
        long bou = id(http, "api/areas-of-work", "BOU");
        Map<Grouping, Long> group = Map.of(Grouping.DISTRICT, so, Grouping.UNIT, unit, Grouping.AREA, bou,
                Grouping.UNIVERSITY, su);

        List<String> failures = new ArrayList<>();
        ScopeMatrix.Tally rules = ScopeMatrix.tally(ScopeMatrix.EVALUATION_API);
        int cases = 0;
        for (String caller : callers) {
            for (Grouping grouping : Grouping.values()) {
                cases++;
                String label = caller + " × evaluation answer × read results by " + grouping + " × REST";
                boolean allowed = rules.expect(caller, "evaluation answer", "read results by " + grouping,
                        ScopeMatrix.REST) == ScopeMatrix.Expect.ALLOWED;
                Map<String, JsonObject> after = rows(http, caller, grouping);
                String key = EvaluationFixtures.TERM + "/" + group.get(grouping);
                boolean counted = counted(before.get(caller + grouping).get(key), after.get(key));
                if (counted != allowed) {
                    failures.add(label + ": counted " + counted);
                }
                if (!allowed && !Objects.equals(withoutTotals(before.get(caller + grouping)), withoutTotals(after))) {
                    failures.add(label + ": results changed");
                }
            }
            cases++;
            HttpResponse<String> texts = http.get("api/evaluations/free-texts?size=500&term=" + EvaluationFixtures.TERM,
                    caller, Fixtures.PASSWORD);
            int expected = rules.expect(caller, "evaluation answer", "read free texts", ScopeMatrix.REST).status;
            if (texts.statusCode() != expected) {
                failures.add(caller + " × evaluation answer × read free texts × REST: " + texts.statusCode());
            } else if (expected == 403) {
                assertThat(texts.body()).doesNotContain(text);
            }
        }
        JsonArray texts = Http.object(http.get("api/evaluations/free-texts?size=500&term=" + EvaluationFixtures.TERM,
                Fixtures.CENTRAL, Fixtures.PASSWORD)).getJsonArray("rows");
        assertThat(texts.stream().map(JsonValue::asJsonObject).filter(t -> text.equals(t.getString("text"))).count())
                .as("the free texts are there and unchanged, without names").isEqualTo(5);
        assertThat(texts.toString()).doesNotContain("IT Eval ").doesNotContain("@it.example");
        assertThat(failures).as("every one of " + cases + " cases").isEmpty();
        rules.assertEveryRuleTried();
    }

    @Test
    void aGroupUnderFiveIsSuppressedInTheApiAndAnUnknownGroupingIsA400() throws Exception {
        Http http = new Http(base.toURI());
        JsonObject scenario = scenario(http, 4, 4, null);
        long unit = scenario.getJsonNumber("unitId").longValue();
        JsonObject row = rows(http, Fixtures.CENTRAL, Grouping.UNIT).get(EvaluationFixtures.TERM + "/" + unit);
        assertThat(row.getBoolean("suppressed")).isTrue();
        // JSON-B leaves null values out: the keys are absent, and the body carries no figure for the group
        assertThat(absent(row, "answers")).as("no count").isTrue();
        assertThat(absent(row, "means")).isTrue();
        assertThat(absent(row, "overall")).isTrue();

        HttpResponse<String> bad = http.get("api/evaluations/results?grouping=student", Fixtures.CENTRAL, Fixtures.PASSWORD);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(Http.object(bad).getString("field")).isEqualTo("grouping");
        assertThat(http.get("api/evaluations/results", null, null).statusCode()).isEqualTo(401);
    }

    static JsonObject scenario(Http http, int count, int answered, String freeText) throws Exception {
        String query = "?district=SO&university=SU&count=" + count + "&answered=" + answered
                + (freeText == null ? "" : "&freeText=" + URLEncoder.encode(freeText, StandardCharsets.UTF_8));
        HttpResponse<String> made = http.send(HttpRequest.newBuilder(http.uri("api/it/evaluation-scenario" + query))
                .POST(HttpRequest.BodyPublishers.noBody()), Fixtures.CENTRAL, Fixtures.PASSWORD);
        assertThat(made.statusCode()).as(made.body()).isEqualTo(200);
        return Http.object(made);
    }

    private static boolean counted(JsonObject before, JsonObject after) {
        if (after == null || after.getBoolean("suppressed")) {
            return false;
        }
        int now = after.getInt("answers");
        if (before == null) {
            return now == 5;
        }
        return before.getBoolean("suppressed") ? now >= 5 && now <= 9 : now == before.getInt("answers") + 5;
    }

    private static Map<String, JsonObject> rows(Http http, String caller, Grouping grouping) throws Exception {
        HttpResponse<String> response = http.get(RESULTS + grouping.name().toLowerCase(), caller, Fixtures.PASSWORD);
        assertThat(response.statusCode()).as(caller + " " + response.body()).isEqualTo(200);
        Map<String, JsonObject> rows = new HashMap<>();
        for (JsonValue value : Http.array(response)) {
            JsonObject row = value.asJsonObject();
            rows.put(row.getString("termCode") + "/" + (row.getBoolean("cityTotal") ? "total"
                    : row.getJsonNumber("groupId").longValue()), row);
        }
        return rows;
    }

    private static boolean absent(JsonObject row, String key) {
        return !row.containsKey(key) || row.isNull(key);
    }

    private static Map<String, JsonObject> withoutTotals(Map<String, JsonObject> rows) {
        Map<String, JsonObject> kept = new HashMap<>(rows);
        kept.keySet().removeIf(key -> key.endsWith("/total"));
        return kept;
    }

    private static long id(Http http, String path, String code) throws Exception {
        return Http.array(http.get(path, Fixtures.CENTRAL, Fixtures.PASSWORD)).stream().map(JsonValue::asJsonObject)
                .filter(o -> code.equals(o.getString("code"))).findFirst().orElseThrow().getJsonNumber("id").longValue();
    }
}
