package se.stockholm.vfu.evaluation;

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

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public answer page over real HTTP, without an account: the link opens its form and nothing else, creates no
 * session (no cookie at all), answers once, only for its own placement and respondent whatever the form posts, and
 * refuses an expired or unknown link; the token opens no other page or API call.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EvaluationLinkIT {

    private static final HttpClient CLIENT = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private static final String ANSWER = "q1=4&q2=5&q3=3&q4=4&freeText=Bra+st%C3%A4mning";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    @Test
    void theLinkOpensItsFormWithoutASessionAndAnswersOnceForItsOwnPlacementOnly() throws Exception {
        Http http = new Http(base.toURI());
        JsonObject scenario = EvaluationScopeMatrixApiIT.scenario(http, 2, 0, null);
        String token = scenario.getJsonArray("studentTokens").getString(0);
        long mine = scenario.getJsonArray("studentInvitations").getJsonNumber(0).longValue();
        long other = scenario.getJsonArray("studentInvitations").getJsonNumber(1).longValue();
        long otherPlacement = scenario.getJsonArray("placements").getJsonNumber(1).longValue();

        HttpResponse<String> form = get("evaluation/" + token);
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("<form method=\"post\"").contains("name=\"q4\"")
                .contains("Introduktionen på arbetsplatsen").doesNotContain("<script").doesNotContain("IT Eval");
        assertNoSession(form);
        assertThat(form.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("default-src 'none'").contains("form-action 'self'").doesNotContain("script-src");
        assertThat(form.headers().firstValue("Cache-Control")).hasValue("no-store");
        // the portal's icon, as every other page links it (the browser's tab showed none)
        assertThat(form.body()).contains("<link rel=\"icon\" href=\"" + base.getPath().replaceAll("/$", "") + "/favicon.ico\"")
                .contains("/resources/images/favicon.svg\" type=\"image/svg+xml\"");
        assertThat(get("resources/images/favicon.svg").statusCode()).as("the icon without a session").isEqualTo(200);

        // the form cannot choose what it answers: a placement or respondent it names is ignored
        HttpResponse<String> answered = post("evaluation/" + token, ANSWER + "&placement=" + otherPlacement
                + "&placementId=" + otherPlacement + "&respondent=SUPERVISOR");
        assertThat(answered.statusCode()).isEqualTo(200);
        assertThat(answered.body()).contains("Tack för ditt svar");
        assertNoSession(answered);
        assertThat(state(http, mine).getBoolean("answered")).isTrue();
        assertThat(state(http, mine).getString("respondent")).isEqualTo("STUDENT");
        assertThat(state(http, other).getBoolean("answered")).as("the other placement's link is untouched").isFalse();

        HttpResponse<String> again = post("evaluation/" + token, ANSWER);
        assertThat(again.statusCode()).as("a second answer").isEqualTo(410);
        assertThat(again.body()).contains("redan besvarad");
        assertThat(get("evaluation/" + token).statusCode()).isEqualTo(410);
        assertThat(get("evaluation/" + token + "?lang=en").body()).contains("already been answered");
    }

    @Test
    void aMissingScoreKeepsTheLinkOpenAndSaysWhatIsMissing() throws Exception {
        Http http = new Http(base.toURI());
        JsonObject scenario = EvaluationScopeMatrixApiIT.scenario(http, 1, 0, null);
        String token = scenario.getJsonArray("studentTokens").getString(0);
        long invitation = scenario.getJsonArray("studentInvitations").getJsonNumber(0).longValue();

        HttpResponse<String> refused = post("evaluation/" + token, "q1=4&q2=9&q3=3&q4=4&freeText=%3Cb%3Ehej%3C%2Fb%3E");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("Välj ett värde från 1 till 5").contains("&lt;b&gt;hej&lt;/b&gt;")
                .doesNotContain("<b>hej</b>");
        assertThat(state(http, invitation).getBoolean("answered")).isFalse();
        assertThat(post("evaluation/" + token, ANSWER).statusCode()).isEqualTo(200);
    }

    @Test
    void anExpiredOrUnknownLinkIsRefused() throws Exception {
        Http http = new Http(base.toURI());
        JsonObject scenario = EvaluationScopeMatrixApiIT.scenario(http, 1, 0, null);
        String token = scenario.getJsonArray("studentTokens").getString(0);
        long invitation = scenario.getJsonArray("studentInvitations").getJsonNumber(0).longValue();
        http.send(HttpRequest.newBuilder(http.uri("api/it/evaluation-scenario/invitations/" + invitation + "/expire"))
                .POST(HttpRequest.BodyPublishers.noBody()), Fixtures.CENTRAL, Fixtures.PASSWORD);

        HttpResponse<String> expired = get("evaluation/" + token);
        assertThat(expired.statusCode()).isEqualTo(410);
        assertThat(expired.body()).contains("Länken har gått ut");
        assertThat(post("evaluation/" + token, ANSWER).statusCode()).isEqualTo(410);
        assertThat(state(http, invitation).getBoolean("answered")).isFalse();

        String unknown = EvaluationTokens.newToken();
        assertThat(get("evaluation/" + unknown).statusCode()).isEqualTo(404);
        assertThat(post("evaluation/" + unknown, ANSWER).statusCode()).isEqualTo(404);
        assertThat(get("evaluation/").statusCode()).isEqualTo(404);
        assertThat(get("evaluation/not-a-token").statusCode()).isEqualTo(404);
    }

    @Test
    void theTokenOpensNoOtherPageOrApiCall() throws Exception {
        Http http = new Http(base.toURI());
        JsonObject scenario = EvaluationScopeMatrixApiIT.scenario(http, 1, 0, null);
        String token = scenario.getJsonArray("studentTokens").getString(0);
        HttpResponse<String> form = get("evaluation/" + token);
        assertNoSession(form);

        for (String path : List.of("api/evaluations/results", "api/evaluations/free-texts", "api/terms",
                "api/evaluations/results?token=" + token)) {
            for (String authorization : List.of("Bearer " + token, "Token " + token)) {
                HttpResponse<String> answer = CLIENT.send(HttpRequest.newBuilder(uri(path))
                        .header("Authorization", authorization).GET().build(), HttpResponse.BodyHandlers.ofString());
                assertThat(answer.statusCode()).as(path + " with " + authorization.split(" ")[0]).isEqualTo(401);
            }
        }
        for (String page : List.of("evaluations.xhtml", "placements.xhtml", "central/audit.xhtml",
                "evaluations.xhtml?token=" + token)) {
            HttpResponse<String> answer = CLIENT.send(HttpRequest.newBuilder(uri(page))
                    .header("Cookie", "token=" + token).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(answer.body()).as(page).doesNotContain("evaluationsForm").doesNotContain("IT Utvärdering");
            assertThat(answer.statusCode() == 302 || answer.body().contains("j_username")).as(page + ": the login")
                    .isTrue();
        }
        // and the link is still unused
        assertThat(get("evaluation/" + token).statusCode()).isEqualTo(200);
    }

    private JsonObject state(Http http, long invitation) throws Exception {
        return Http.object(http.get("api/it/evaluation-scenario/invitations/" + invitation, Fixtures.CENTRAL,
                Fixtures.PASSWORD));
    }

    private static void assertNoSession(HttpResponse<String> response) {
        assertThat(response.headers().allValues("Set-Cookie")).as("no cookie, so no session").isEmpty();
    }

    private URI uri(String path) throws Exception {
        return base.toURI().resolve(path);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String form) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
