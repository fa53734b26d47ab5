package se.stockholm.vfu.user;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.stockholm.vfu.it.Deployments;
import se.stockholm.vfu.it.Fixtures;
import se.stockholm.vfu.it.Http;
import se.stockholm.vfu.it.PageClient;

import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One's own password over HTTP (issue 8, hole 9): {@code PUT /api/me/password}, the change-password page for
 * every role, passwords bcrypt cannot hold answered with 400 naming the field (never a 500), and a user whose
 * password an administrator set is kept to changing it: every page sends them to the change-password page and the
 * API answers 403 saying why, until they have changed it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OwnPasswordApiIT {

    private static final String NEW_PASSWORD = "mitt-eget-lösenord-2026";

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
    void aUserChangesTheirOwnPasswordOverTheApi() throws Exception {
        String username = freshUser(false);

        HttpResponse<String> changed = change(username, Fixtures.PASSWORD, NEW_PASSWORD);

        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(204);
        assertThat(http.get("api/terms", username, Fixtures.PASSWORD).statusCode()).isEqualTo(401);
        assertThat(http.get("api/terms", username, NEW_PASSWORD).statusCode()).isEqualTo(200);
    }

    @Test
    void aPasswordChangedOnItsPageIsSaidOnceOnTheLandingPage() throws Exception {
        String username = freshUser(false);
        PageClient browser = new PageClient(base.toURI(), username, Fixtures.PASSWORD);
        assertThat(browser.open("password.xhtml").statusCode()).isEqualTo(200);

        HttpResponse<String> saved = browser.ajax("password.xhtml", "passwordForm:savePassword", "click", Map.of(
                "passwordForm:savePassword", "passwordForm:savePassword",
                "jakarta.faces.partial.execute", "passwordForm",
                "passwordForm:currentPassword", Fixtures.PASSWORD,
                "passwordForm:newPassword", NEW_PASSWORD,
                "passwordForm:repeatPassword", NEW_PASSWORD));
        Optional<String> redirect = PageClient.redirectOf(saved);
        assertThat(redirect).as("sent to the start page:%n%s", saved.body()).isPresent();
        // the start page sends each role on to its own landing page (web.Landing), which shows what was said
        HttpResponse<String> start = browser.open(redirect.get());
        assertThat(start.statusCode()).isIn(302, 303);
        String landing = browser.open(start.headers().firstValue("Location").orElseThrow()).body();
        assertThat(landing).as("the message on the landing page, once").containsOnlyOnce("Ditt lösenord är bytt.");
        assertThat(browser.open("central/overview.xhtml").body()).as("and on no page after it")
                .doesNotContain("Ditt lösenord är bytt.");
    }

    @Test
    void aPasswordWithSwedishLettersSignsInThroughTheLoginForm() throws Exception {
        String username = freshUser(false);
        assertThat(change(username, Fixtures.PASSWORD, NEW_PASSWORD).statusCode()).isEqualTo(204);

        // a browser posts the form in the page's encoding (UTF-8) and names no charset
        PageClient browser = new PageClient(base.toURI(), username, NEW_PASSWORD);

        HttpResponse<String> overview = browser.open("central/overview.xhtml");
        assertThat(overview.statusCode()).isEqualTo(200);
        assertThat(overview.body()).as("signed in").contains("Test " + username);
    }

    @Test
    void aWrongCurrentPasswordOrAPasswordBcryptCannotHoldIsA400NamingTheField() throws Exception {
        String username = freshUser(false);

        assertProblem(change(username, "inte-mitt-lösenord", NEW_PASSWORD), 400, "currentPassword");
        assertProblem(change(username, Fixtures.PASSWORD, "x".repeat(100)), 400, "newPassword");
        // 40 characters but 80 bytes in UTF-8, past bcrypt's 72
        assertProblem(change(username, Fixtures.PASSWORD, "åäö".repeat(13) + "å"), 400, "newPassword");
        assertProblem(change(username, Fixtures.PASSWORD, "kort"), 400, "newPassword");
        assertThat(http.get("api/terms", username, Fixtures.PASSWORD).statusCode())
                .as("the password is unchanged").isEqualTo(200);
    }

    @Test
    void signingInWithAPasswordOver72BytesIsRefusedNotAServerError() throws Exception {
        assertThat(http.get("api/terms", Fixtures.CENTRAL, "x".repeat(100)).statusCode()).isEqualTo(401);
        assertThat(http.get("api/terms", Fixtures.CENTRAL, "ö".repeat(100)).statusCode()).isEqualTo(401);
    }

    @Test
    void aPasswordAnAdministratorSetMustBeChangedBeforeAnythingElse() throws Exception {
        String username = freshUser(true);

        HttpResponse<String> api = http.get("api/terms", username, Fixtures.PASSWORD);
        assertProblem(api, 403, null);
        assertThat(Http.object(api).getString("type")).isEqualTo("urn:vfu:user.error.passwordChangeRequired");
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(http.uri("central/terms.xhtml"))
                .header("Accept", "text/html").GET(), username, Fixtures.PASSWORD);
        assertThat(page.statusCode()).isEqualTo(303);
        assertThat(page.headers().firstValue("Location").orElseThrow()).endsWith("/password.xhtml");
        assertThat(http.get("password.xhtml", username, Fixtures.PASSWORD).statusCode()).isEqualTo(200);

        assertThat(change(username, Fixtures.PASSWORD, NEW_PASSWORD).statusCode()).isEqualTo(204);

        assertThat(http.get("api/terms", username, NEW_PASSWORD).statusCode()).isEqualTo(200);
        assertThat(http.get("central/terms.xhtml", username, NEW_PASSWORD).statusCode()).isEqualTo(200);
    }

    @Test
    void everyRoleReachesTheChangePasswordPageFromTheHeader() throws Exception {
        for (String user : new String[] {Fixtures.CENTRAL, Fixtures.ADMIN, Fixtures.SODERMALM, Fixtures.SU}) {
            HttpResponse<String> overview = http.get("notifications.xhtml", user, Fixtures.PASSWORD);
            assertThat(overview.body()).as(user).contains("id=\"header:nav-password\"").contains("password.xhtml");
            HttpResponse<String> page = http.get("password.xhtml", user, Fixtures.PASSWORD);
            assertThat(page.statusCode()).as(user).isEqualTo(200);
            assertThat(page.body()).as(user).contains("passwordForm:currentPassword")
                    .contains("passwordForm:newPassword").contains("passwordForm:repeatPassword");
        }
    }

    private HttpResponse<String> change(String username, String current, String password) throws Exception {
        String body = Json.createObjectBuilder().add("currentPassword", current).add("newPassword", password)
                .build().toString();
        return http.send(HttpRequest.newBuilder(http.uri("api/me/password"))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(body)),
                username, Fixtures.PASSWORD);
    }

    private String freshUser(boolean mustChange) throws Exception {
        HttpResponse<String> created = http.send(HttpRequest.newBuilder(http.uri("api/it/fresh-users?mustChange=" + mustChange))
                .POST(HttpRequest.BodyPublishers.noBody()), Fixtures.ADMIN, Fixtures.PASSWORD);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
        return Http.object(created).getString("username");
    }

    private static void assertProblem(HttpResponse<String> response, int status, String field) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        JsonObject problem = Http.object(response);
        if (field != null) {
            assertThat(problem.getString("field")).isEqualTo(field);
        }
        assertThat(problem.getString("detail")).isNotBlank().doesNotContain("Exception");
    }
}
