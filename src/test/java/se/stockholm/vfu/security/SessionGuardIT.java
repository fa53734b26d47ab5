package se.stockholm.vfu.security;

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
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A session is only as good as the user behind it: once the administrator disables the user or changes their role or
 * scope, the user's open session ends at its next request (the API answers 401, a page sends the browser to the login
 * page), and no session outlives its absolute lifetime. Each test signs in a user of its own, made through the real
 * user service by an administrator over HTTP (it.UsersAdminResource).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SessionGuardIT {

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
    void aDisabledCentralContactsOpenSessionGetsNoMoreData() throws Exception {
        String central = newUser("CENTRAL", null);
        PageClient session = new PageClient(base.toURI(), central, Fixtures.PASSWORD);
        String allocation = "api/terms/" + Fixtures.TERM + "/allocation";
        assertThat(get(session, allocation).statusCode()).isEqualTo(200);

        admin("it/users/" + central + "/disable");

        HttpResponse<String> after = get(session, allocation);
        assertThat(after.statusCode()).as(after.body()).isEqualTo(401);
        assertThat(after.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(get(session, allocation + "/runs").statusCode()).isEqualTo(401);
        // and a fresh sign-in is refused as before
        assertThat(http.get(allocation, central, Fixtures.PASSWORD).statusCode()).isEqualTo(401);
    }

    @Test
    void aCentralContactDemotedToDistrictCanNoLongerCreateUsersWithTheOldSession() throws Exception {
        String central = newUser("CENTRAL", null);
        PageClient session = new PageClient(base.toURI(), central, Fixtures.PASSWORD);
        assertThat(session.open("admin/users.xhtml").statusCode()).isEqualTo(200);

        admin("it/users/" + central + "/role?role=DISTRICT&district=SO");

        HttpResponse<String> page = session.open("admin/users.xhtml");
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login.xhtml?ended=true"));
        String promoted = "it-sg-" + UUID.randomUUID().toString().substring(0, 8);
        session.press("admin/users.xhtml", "createForm:saveUser", Map.of("createForm:username", promoted,
                "createForm:displayName", "Self promoted", "createForm:email", promoted + "@it.example",
                "createForm:role_input", "CENTRAL", "createForm:password", Fixtures.PASSWORD));
        assertThat(http.get("api/it/users/" + promoted, Fixtures.ADMIN, Fixtures.PASSWORD).statusCode())
                .as("the account the demoted user tried to create").isEqualTo(404);

        // signed in again, the user has their new role only
        PageClient again = new PageClient(base.toURI(), central, Fixtures.PASSWORD);
        assertThat(again.open("admin/users.xhtml").statusCode()).isEqualTo(403);
        assertThat(again.open("district/overview.xhtml").statusCode()).isEqualTo(200);
    }

    @Test
    void aDistrictContactMovedToAnotherDistrictIsSignedOut() throws Exception {
        String contact = newUser("DISTRICT", "SO");
        PageClient session = new PageClient(base.toURI(), contact, Fixtures.PASSWORD);
        assertThat(session.open("district/overview.xhtml").statusCode()).isEqualTo(200);

        admin("it/users/" + contact + "/role?role=DISTRICT&district=RK");

        assertThat(get(session, "api/terms").statusCode()).isEqualTo(401);
    }

    /**
     * A tab left open on the central contact's allocation page after a district contact signed in in another tab (the
     * tabs share the session): its ajax button got the refusal page's HTML, which the page could not read, and the
     * button kept spinning without a word. Now the answer sends the browser to the page, which says it is refused.
     */
    @Test
    void anAjaxRequestToAPageOfAnotherRoleSendsTheBrowserToThePageThatSaysWhy() throws Exception {
        PageClient district = new PageClient(base.toURI(), Fixtures.SODERMALM, Fixtures.PASSWORD);
        assertThat(district.open("central/allocation.xhtml").statusCode()).isEqualTo(403);

        HttpResponse<String> ajax = district.ajax("central/allocation.xhtml", "runForm:run", "click", Map.of());

        assertThat(ajax.statusCode()).isEqualTo(200);
        assertThat(ajax.body()).startsWith("<?xml").contains("<partial-response><redirect url=\"")
                .contains("/central/allocation.xhtml\"/>").doesNotContain("<html");
        HttpResponse<String> page = district.open("central/allocation.xhtml");
        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.body()).contains("Ingen behörighet").contains("en annan flik");
    }

    @Test
    void theLoginPageSaysNeutrallyThatTheSessionEnded() throws Exception {
        HttpResponse<String> login = http.get("login.xhtml?ended=true", null, null);

        assertThat(login.body()).contains("id=\"session-ended\"").contains("Din session har avslutats. Logga in igen.")
                .doesNotContain("inaktiv").doesNotContain("roll");
    }

    @Test
    void aSessionEndsAfterItsAbsoluteLifetimeHoweverActiveItIs() throws Exception {
        PageClient session = new PageClient(base.toURI(), Fixtures.SU, Fixtures.PASSWORD);
        assertThat(get(session, "api/terms").statusCode()).isEqualTo(200);
        assertThat(session.send("POST", session.uri("api/it/session/age?hours=9"), null, null,
                "X-Requested-With", "test").statusCode()).isEqualTo(204);
        assertThat(get(session, "api/terms").statusCode()).as("9 hours after sign-in (the limit is 10)").isEqualTo(200);

        assertThat(session.send("POST", session.uri("api/it/session/age?hours=1"), null, null,
                "X-Requested-With", "test").statusCode()).isEqualTo(204);

        HttpResponse<String> page = session.open("university/overview.xhtml");
        assertThat(page.statusCode()).as("a page 10 hours after sign-in").isEqualTo(302);
        assertThat(page.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login.xhtml?ended=true"));
        assertThat(get(session, "api/terms").statusCode()).as("the API after that").isEqualTo(401);
    }

    private static HttpResponse<String> get(PageClient session, String path) throws Exception {
        return session.send("GET", session.uri(path), null, null, "Accept", "application/json");
    }

    private String newUser(String role, String district) throws Exception {
        String username = "it-sg-" + UUID.randomUUID().toString().substring(0, 8);
        admin("it/users/" + username + "?role=" + role + (district == null ? "" : "&district=" + district));
        return username;
    }

    private void admin(String path) throws Exception {
        HttpResponse<String> done = http.send(HttpRequest.newBuilder(http.uri("api/" + path))
                .POST(HttpRequest.BodyPublishers.noBody()), Fixtures.ADMIN, Fixtures.PASSWORD);
        // a new user is answered with its id; a change to one (disable, role) or a token's expiry with no content
        boolean createsUser = path.matches("it/users/[^/?]+\\?.*");
        assertThat(done.statusCode()).as(path + ": " + done.body()).isEqualTo(createsUser ? 200 : 204);
    }
}
