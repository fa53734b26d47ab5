package se.stockholm.vfu.security;

import jakarta.json.Json;
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
 * A session is only as good as the user behind it: once the administrator disables the user, changes their role or
 * scope or sets a new password for them, the user's open sessions end at their next request, for good (enabling the
 * user again, moving them back or the user's new password revives none), and the user's own new password ends their
 * other sessions: the API answers 401, a page sends the browser to the login page. No session outlives its absolute
 * lifetime. Each test signs in a user of its own, made through the real
 * user service by an administrator over HTTP (it.UsersAdminResource).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SessionGuardIT {

    private static final String RESET_PASSWORD = "administratörens-lösenord-2027";
    private static final String NEW_PASSWORD = "mitt-eget-nya-lösenord-2027";

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
     * The JSON list of requests, answered from the query cache when asked again (persistence.xml), with the user's
     * row that the session guard reads: a coordinator moved to another university gets no more of the old one's.
     */
    @Test
    void aCoordinatorMovedToAnotherUniversityGetsNoMoreOfTheOldOnesList() throws Exception {
        String coordinator = newUser("UNIVERSITY", null, "SU");
        PageClient session = new PageClient(base.toURI(), coordinator, Fixtures.PASSWORD);
        String list = "api/terms/" + Fixtures.REQUEST_TERM + "/requests?size=500";
        assertThat(get(session, list).statusCode()).isEqualTo(200);
        assertThat(get(session, list).body()).contains("it-su-r1");

        admin("it/users/" + coordinator + "/role?role=UNIVERSITY&university=SH");

        HttpResponse<String> after = get(session, list);
        assertThat(after.statusCode()).as(after.body()).isEqualTo(401);
        // signed in again, the coordinator reads the new university's list
        HttpResponse<String> again = get(new PageClient(base.toURI(), coordinator, Fixtures.PASSWORD), list);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).contains("it-sh-r1").doesNotContain("it-su-r1");
    }

    /**
     * An administrator's new password for a user (the account may be in someone else's hands) ends every session of
     * the user for good: the old session stays ended once the real user has set their own password (before, it was
     * held at the password page only until then, and was then back on its pages).
     */
    @Test
    void anAdministratorsPasswordResetEndsEverySessionOfTheUserForGood() throws Exception {
        String contact = newUser("DISTRICT", "SO");
        PageClient old = new PageClient(base.toURI(), contact, Fixtures.PASSWORD);
        assertThat(old.open("district/overview.xhtml").statusCode()).isEqualTo(200);

        resetPassword(contact, RESET_PASSWORD);
        PageClient own = new PageClient(base.toURI(), contact, RESET_PASSWORD);
        assertThat(own.open("district/overview.xhtml").statusCode()).as("held at the password page").isEqualTo(303);
        HttpResponse<String> changed = changeOwnPassword(own, RESET_PASSWORD, NEW_PASSWORD);
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(204);

        assertThat(get(own, "api/terms").statusCode()).as("the session the user set their password in")
                .isEqualTo(200);
        assertThat(own.open("district/overview.xhtml").statusCode()).isEqualTo(200);
        HttpResponse<String> page = old.open("district/overview.xhtml");
        assertThat(page.statusCode()).as("the session from before the reset").isEqualTo(302);
        assertThat(page.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login.xhtml?ended=true"));
        assertThat(get(old, "api/terms").statusCode()).isEqualTo(401);
    }

    /**
     * A session signed in before a reset or a disabling but first used after it (someone who has the password signs
     * in and keeps the cookie unused): the sign-in never passes the guard, so the session's record was made on its
     * first request, in the new epoch, and it went on. It ends: the guard compares the epoch the user signed in with.
     */
    @Test
    void aSessionSignedInBeforeAResetOrADisablingButUnusedUntilAfterItEnds() throws Exception {
        String reset = newUser("DISTRICT", "SO");
        PageClient unusedBeforeReset = new PageClient(base.toURI(), reset, Fixtures.PASSWORD);
        resetPassword(reset, RESET_PASSWORD);
        PageClient own = new PageClient(base.toURI(), reset, RESET_PASSWORD);
        assertThat(changeOwnPassword(own, RESET_PASSWORD, NEW_PASSWORD).statusCode()).isEqualTo(204);
        HttpResponse<String> page = unusedBeforeReset.open("district/overview.xhtml");
        assertThat(page.statusCode()).as("first used after the reset").isEqualTo(302);
        assertThat(page.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login.xhtml?ended=true"));
        assertThat(get(own, "api/terms").statusCode()).as("the user's own new session").isEqualTo(200);

        String disabled = newUser("DISTRICT", "SO");
        PageClient unusedBeforeDisabling = new PageClient(base.toURI(), disabled, Fixtures.PASSWORD);
        admin("it/users/" + disabled + "/disable");
        admin("it/users/" + disabled + "/enable");
        assertThat(get(unusedBeforeDisabling, "api/terms").statusCode()).as("first used after enabling").isEqualTo(401);
        assertThat(get(new PageClient(base.toURI(), disabled, Fixtures.PASSWORD), "api/terms").statusCode())
                .as("a new sign-in").isEqualTo(200);
    }

    /** The user's own new password ends their other sessions (one left signed in elsewhere), not the one it was set in. */
    @Test
    void theUsersOwnPasswordChangeEndsTheirOtherSessionsButNotThisOne() throws Exception {
        String central = newUser("CENTRAL", null);
        PageClient elsewhere = new PageClient(base.toURI(), central, Fixtures.PASSWORD);
        assertThat(get(elsewhere, "api/terms").statusCode()).isEqualTo(200);
        PageClient here = new PageClient(base.toURI(), central, Fixtures.PASSWORD);
        assertThat(here.open("password.xhtml").statusCode()).isEqualTo(200);

        HttpResponse<String> saved = here.ajax("password.xhtml", "passwordForm:savePassword", "click", Map.of(
                "passwordForm:savePassword", "passwordForm:savePassword",
                "jakarta.faces.partial.execute", "passwordForm",
                "passwordForm:currentPassword", Fixtures.PASSWORD,
                "passwordForm:newPassword", NEW_PASSWORD,
                "passwordForm:repeatPassword", NEW_PASSWORD));
        assertThat(PageClient.redirectOf(saved)).as("saved on the page:%n%s", saved.body()).isPresent();

        assertThat(here.open("central/overview.xhtml").statusCode()).as("the session it was changed in").isEqualTo(200);
        assertThat(get(elsewhere, "api/terms").statusCode()).as("the other session").isEqualTo(401);

        // the same over the API, in a session of its own
        PageClient third = new PageClient(base.toURI(), central, NEW_PASSWORD);
        assertThat(get(third, "api/terms").statusCode()).isEqualTo(200);
        assertThat(changeOwnPassword(third, NEW_PASSWORD, RESET_PASSWORD).statusCode()).isEqualTo(204);
        assertThat(get(third, "api/terms").statusCode()).isEqualTo(200);
        assertThat(get(here, "api/terms").statusCode()).isEqualTo(401);
    }

    /** A session left idle while its user was disabled does not come back when the user is enabled again. */
    @Test
    void enablingADisabledUserAgainDoesNotReviveTheirOldSessions() throws Exception {
        String contact = newUser("DISTRICT", "SO");
        PageClient session = new PageClient(base.toURI(), contact, Fixtures.PASSWORD);
        assertThat(get(session, "api/terms").statusCode()).isEqualTo(200);

        admin("it/users/" + contact + "/disable");
        admin("it/users/" + contact + "/enable");

        assertThat(get(session, "api/terms").statusCode()).isEqualTo(401);
        PageClient again = new PageClient(base.toURI(), contact, Fixtures.PASSWORD);
        assertThat(get(again, "api/terms").statusCode()).as("a new sign-in").isEqualTo(200);
        String users = new PageClient(base.toURI(), Fixtures.ADMIN, Fixtures.PASSWORD).open("admin/users.xhtml").body();
        assertThat(users).as("the confirmation before disabling says so")
                .contains("Hens pågående sessioner avslutas och hens API-nycklar återkallas");
    }

    /** Nor does a session left idle while its user was moved to another district and back. */
    @Test
    void aUserMovedAwayAndBackIsStillSignedOut() throws Exception {
        String contact = newUser("DISTRICT", "SO");
        PageClient session = new PageClient(base.toURI(), contact, Fixtures.PASSWORD);
        assertThat(get(session, "api/terms").statusCode()).isEqualTo(200);

        admin("it/users/" + contact + "/role?role=DISTRICT&district=RK");
        admin("it/users/" + contact + "/role?role=DISTRICT&district=SO");

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

    private static HttpResponse<String> changeOwnPassword(PageClient session, String current, String password)
            throws Exception {
        String body = Json.createObjectBuilder().add("currentPassword", current).add("newPassword", password).build()
                .toString();
        return session.send("PUT", session.uri("api/me/password"), "application/json", body,
                "X-Requested-With", "test");
    }

    private void resetPassword(String username, String password) throws Exception {
        HttpResponse<String> done = http.send(HttpRequest.newBuilder(http.uri("api/it/users/" + username + "/password"))
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString(password)),
                Fixtures.ADMIN, Fixtures.PASSWORD);
        assertThat(done.statusCode()).as(done.body()).isEqualTo(204);
    }

    private String newUser(String role, String district) throws Exception {
        return newUser(role, district, null);
    }

    private String newUser(String role, String district, String university) throws Exception {
        String username = "it-sg-" + UUID.randomUUID().toString().substring(0, 8);
        admin("it/users/" + username + "?role=" + role + (district == null ? "" : "&district=" + district)
                + (university == null ? "" : "&university=" + university));
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
