package se.stockholm.vfu.apitoken;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.stockholm.vfu.common.StockholmTime;
import se.stockholm.vfu.config.DemoData;
import se.stockholm.vfu.it.Deployments;
import se.stockholm.vfu.it.Fixtures;
import se.stockholm.vfu.it.Http;
import se.stockholm.vfu.it.PageClient;

import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Personal API tokens over real HTTP: a token acts as its user with the user's scope; it is shown once and only its
 * hash is kept; a revoked or expired token, or one whose user is disabled, gets 401 problem+json at once; disabling
 * its user, a new password the administrator sets or a move to another role or scope revokes it for good; another
 * user's token cannot be revoked (except by the administrator) and is not listed to anyone else (the full matrix is
 * {@link ApiTokenScopeMatrixApiIT}); the administrator pages through everyone's active tokens; the demo logins have
 * tokens to show; a token never signs anyone in to the pages, neither through the login form nor as a password.
 * Each test makes users of its own through the real user service (it.UsersAdminResource).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiTokenIT {

    private static final String TERM = "api/terms/" + Fixtures.TERM + "/overview";
    private static final String ALLOCATION = "api/terms/" + Fixtures.TERM + "/allocation";
    private static final String TOKENS = "api/me/tokens";
    private static final String PLACES = "api/terms/" + Fixtures.TERM + "/places";
    private static final String RESET_PASSWORD = "administratörens-lösenord-2027";
    private static final String OWN_PASSWORD = "mitt-eget-nya-lösenord-2027";
    private static final String DEMO_PASSWORD = DemoData.DEMO_PASSWORD;
    private static final List<String> DEMO_LOGINS = DemoData.DEMO_USERNAMES;

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
    void aDistrictContactsTokenSeesOnlyItsDistrict() throws Exception {
        String contact = newUser("DISTRICT", "SO");
        Made token = create(contact, "Rapportering", null);
        assertThat(token.secret()).matches("vfu_[A-Za-z0-9_-]{43}");

        HttpResponse<String> own = bearer("GET", TERM + "/districts/" + districtId("SO"), token.secret());
        assertThat(own.statusCode()).as(own.body()).isEqualTo(200);
        assertThat(Http.object(own).getString("districtName")).isEqualTo("Södermalm");

        HttpResponse<String> other = bearer("GET", TERM + "/districts/" + districtId("RK"), token.secret());
        assertThat(other.statusCode()).isEqualTo(403);
        assertThat(other.body()).doesNotContain("Rinkeby");
        assertThat(bearer("GET", TERM, token.secret()).statusCode()).as("the city-wide view").isEqualTo(403);
        assertThat(bearer("GET", "api/audit", token.secret()).statusCode()).as("the central contact's history")
                .isEqualTo(403);

        JsonObject listed = only(bearer("GET", TOKENS, token.secret()), token.id());
        assertThat(listed.getString("status")).isEqualTo("ACTIVE");
        assertThat(listed.isNull("lastUsedAt")).as("the calls above used it").isFalse();
    }

    @Test
    void theTokenIsShownOnceAndOnlyItsHashIsStored() throws Exception {
        String contact = newUser("UNIVERSITY", null);
        PageClient browser = new PageClient(base.toURI(), contact, Fixtures.PASSWORD);
        assertThat(browser.open("api-tokens.xhtml").statusCode()).isEqualTo(200);
        HttpResponse<byte[]> made = browser.press("api-tokens.xhtml", "tokenForm:createToken",
                Map.of("tokenForm:name", "Kalenderexport", "tokenForm:expiresOn", ""));
        String page = new String(made.body(), StandardCharsets.UTF_8);
        java.util.regex.Matcher shown = java.util.regex.Pattern.compile("vfu_[A-Za-z0-9_-]{43}").matcher(page);
        assertThat(shown.find()).as("the new token on the page").isTrue();
        String secret = shown.group();
        assertThat(bearer("GET", "api/terms", secret).statusCode()).isEqualTo(200);

        String again = browser.open("api-tokens.xhtml").body();
        assertThat(again).contains("Kalenderexport").doesNotContain(secret).doesNotContain(ApiTokens.hash(secret));
        HttpResponse<String> list = http.get(TOKENS, contact, Fixtures.PASSWORD);
        assertThat(list.body()).contains("Kalenderexport").doesNotContain(secret)
                .doesNotContain(ApiTokens.hash(secret)).doesNotContain("\"token\"");

        long id = Http.array(list).getJsonObject(0).getJsonNumber("id").longValue();
        String stored = http.get("api/it/tokens/" + id + "/stored", Fixtures.ADMIN, Fixtures.PASSWORD).body();
        assertThat(stored).contains(ApiTokens.hash(secret)).doesNotContain(secret.substring(4));
    }

    @Test
    void aTokenValidThroughADayIsListedWithThatDayNotTheMidnightAfterIt() throws Exception {
        String contact = newUser("UNIVERSITY", null);
        LocalDate lastDay = LocalDate.now(StockholmTime.ZONE).plusDays(30);
        PageClient browser = new PageClient(base.toURI(), contact, Fixtures.PASSWORD);
        assertThat(browser.open("api-tokens.xhtml").statusCode()).isEqualTo(200);
        browser.press("api-tokens.xhtml", "tokenForm:createToken",
                Map.of("tokenForm:name", "Terminsexport", "tokenForm:expiresOn", lastDay.toString()));

        String page = browser.open("api-tokens.xhtml").body();
        assertThat(page).contains("Giltig till och med").contains("Terminsexport").contains(lastDay.toString())
                .doesNotContain(lastDay.plusDays(1) + " 00:00");
        JsonObject listed = Http.array(http.get(TOKENS, contact, Fixtures.PASSWORD)).getJsonObject(0);
        assertThat(listed.getString("validThrough")).isEqualTo(lastDay.toString());
        assertThat(Instant.parse(listed.getString("expiresAt")))
                .isEqualTo(lastDay.plusDays(1).atStartOfDay(StockholmTime.ZONE).toInstant());
    }

    @Test
    void aRevokedTokenStopsAtOnce() throws Exception {
        String contact = newUser("CENTRAL", null);
        Made token = create(contact, "Integration", null);
        assertThat(bearer("GET", ALLOCATION, token.secret()).statusCode()).isEqualTo(200);

        assertThat(bearer("DELETE", TOKENS + "/" + token.id(), token.secret()).statusCode()).isEqualTo(204);

        assertUnauthorized(bearer("GET", ALLOCATION, token.secret()));
        assertThat(only(http.get(TOKENS, contact, Fixtures.PASSWORD), token.id()).getString("status"))
                .isEqualTo("REVOKED");
    }

    @Test
    void aDisabledUsersTokenStopsAtOnceAndForGood() throws Exception {
        String contact = newUser("DISTRICT", "SO");
        Made token = create(contact, "Integration", null);
        assertThat(bearer("GET", "api/terms", token.secret()).statusCode()).isEqualTo(200);

        admin("it/users/" + contact + "/disable");

        assertUnauthorized(bearer("GET", "api/terms", token.secret()));
        admin("it/users/" + contact + "/enable");
        assertUnauthorized(bearer("GET", "api/terms", token.secret()));
        assertRevokedByTheAdministrator(contact, token);
    }

    /**
     * An administrator's new password for a user (the account may be in someone else's hands) revokes the user's
     * tokens for good: the real user's new password gives none of them back (before, a token was refused only until
     * then).
     */
    @Test
    void aPasswordResetRevokesTheUsersTokensForGood() throws Exception {
        String contact = newUser("DISTRICT", "SO");
        Made token = create(contact, "Integration", null);
        assertThat(bearer("GET", PLACES, token.secret()).statusCode()).isEqualTo(200);

        HttpResponse<String> reset = http.send(HttpRequest.newBuilder(http.uri("api/it/users/" + contact + "/password"))
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString(RESET_PASSWORD)),
                Fixtures.ADMIN, Fixtures.PASSWORD);
        assertThat(reset.statusCode()).as(reset.body()).isEqualTo(204);
        assertThat(bearer("GET", PLACES, token.secret()).statusCode()).isIn(401, 403);
        String change = "{\"currentPassword\":\"" + RESET_PASSWORD + "\",\"newPassword\":\"" + OWN_PASSWORD + "\"}";
        HttpResponse<String> changed = http.send(HttpRequest.newBuilder(http.uri("api/me/password"))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(change)),
                contact, RESET_PASSWORD);
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(204);

        assertUnauthorized(bearer("GET", PLACES, token.secret()));
        JsonObject listed = only(http.get(TOKENS, contact, OWN_PASSWORD), token.id());
        assertThat(listed.getString("status")).isEqualTo("REVOKED");
        JsonObject history = Http.object(http.get("api/audit?type=api_token&recordId=" + token.id(), Fixtures.CENTRAL,
                Fixtures.PASSWORD));
        assertThat(history.getJsonArray("rows").getValuesAs(JsonObject.class))
                .as("the revocation in the token's change history, by the administrator")
                .anySatisfy(r -> assertThat(r.getString("action") + " " + r.getString("username"))
                        .isEqualTo("MOD " + Fixtures.ADMIN));
    }

    /**
     * A token asked for while an administrator takes the user's access back, the change committing after the request
     * began and before the token is written (so its revocation found no token): the token is refused (before, it was
     * made, live, in the old scope).
     */
    @Test
    void aTokenAskedForWhileTheUsersAccessIsTakenBackIsRefused() throws Exception {
        String contact = newUser("DISTRICT", "SO");

        HttpResponse<String> made = http.send(HttpRequest.newBuilder(http.uri("api/it/token-race/moved-meanwhile"))
                .POST(HttpRequest.BodyPublishers.noBody()), contact, Fixtures.PASSWORD);

        assertThat(made.statusCode()).as(made.body()).isEqualTo(403);
        assertThat(Http.array(http.get(TOKENS, contact, Fixtures.PASSWORD))).as("no token of the user").isEmpty();
    }

    /**
     * A token written, not yet committed, when an administrator disables its user: the disabling waits for it and
     * revokes it with the rest (before, the disabling passed it by, and the token lived on once the user was enabled
     * again). The disabling is given up to half a second before the token's transaction is let go: without the lock
     * it is done by then; with it, the result is the same however long it waited.
     */
    @Test
    void aTokenBeingMadeWhenItsUserIsDisabledIsRevokedToo() throws Exception {
        String contact = newUser("DISTRICT", "SO");
        ExecutorService calls = Executors.newFixedThreadPool(2);
        try {
            Future<HttpResponse<String>> held = calls.submit(() -> http.send(HttpRequest.newBuilder(
                    http.uri("api/it/token-race/held")).POST(HttpRequest.BodyPublishers.noBody()), contact,
                    Fixtures.PASSWORD));
            HttpResponse<String> written = http.get("api/it/token-race/held/" + contact + "/made", Fixtures.ADMIN,
                    Fixtures.PASSWORD);
            assertThat(written.statusCode()).as(written.body()).isEqualTo(204);
            Future<?> disabling = calls.submit(() -> {
                admin("it/users/" + contact + "/disable");
                return null;
            });
            try {
                disabling.get(500, TimeUnit.MILLISECONDS);
            } catch (TimeoutException waitingForTheToken) {
                // the disabling waits for the token's transaction: let it go
            }
            admin("it/token-race/held/" + contact + "/release");
            HttpResponse<String> token = held.get(30, TimeUnit.SECONDS);
            assertThat(token.statusCode()).as(token.body()).isEqualTo(200);
            disabling.get(30, TimeUnit.SECONDS);

            admin("it/users/" + contact + "/enable");
            assertUnauthorized(bearer("GET", "api/terms", Http.object(token).getString("token")));
        } finally {
            calls.shutdownNow();
        }
    }

    /**
     * A token made for a district contact's scope: once the user is moved to another district it must not read or
     * change the new district's places (before, it acted in the new scope at once).
     */
    @Test
    void aTokenOfAUserMovedToAnotherDistrictIsRevoked() throws Exception {
        String contact = newUser("DISTRICT", "SO");
        Made token = create(contact, "Integration", null);
        assertThat(bearer("GET", TERM + "/districts/" + districtId("SO"), token.secret()).statusCode()).isEqualTo(200);
        assertThat(bearer("GET", PLACES, token.secret()).statusCode()).isEqualTo(200);

        admin("it/users/" + contact + "/role?role=DISTRICT&district=RK");

        assertUnauthorized(bearer("GET", PLACES, token.secret()));
        assertUnauthorized(bearer("GET", TERM + "/districts/" + districtId("RK"), token.secret()));
        assertRevokedByTheAdministrator(contact, token);
        Made fresh = create(contact, "Ny", null);
        assertThat(bearer("GET", TERM + "/districts/" + districtId("RK"), fresh.secret()).statusCode())
                .as("a token made in the new district").isEqualTo(200);
    }

    @Test
    void anExpiredTokenGets401() throws Exception {
        String contact = newUser("UNIVERSITY", null);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Stockholm"));
        Made token = create(contact, "Kortlivad", today);
        assertThat(bearer("GET", "api/terms", token.secret()).statusCode()).as("valid through today").isEqualTo(200);

        admin("it/tokens/" + token.id() + "/expire");

        assertUnauthorized(bearer("GET", "api/terms", token.secret()));
        assertThat(only(http.get(TOKENS, contact, Fixtures.PASSWORD), token.id()).getString("status"))
                .isEqualTo("EXPIRED");
        HttpResponse<String> past = post(contact, "{\"name\":\"Bakåt\",\"expiresOn\":\"" + today.minusDays(1) + "\"}");
        assertThat(past.statusCode()).as(past.body()).isEqualTo(400);
        assertThat(Http.object(past).getString("field")).isEqualTo("expiresOn");
    }

    @Test
    void aTokenCallCarryingAnotherUsersSessionCookieActsAsTheTokenAndLeavesTheSessionAlone() throws Exception {
        String contact = newUser("DISTRICT", "SO");
        Made token = create(contact, "Med kaka", null);
        PageClient session = new PageClient(base.toURI(), Fixtures.SU, Fixtures.PASSWORD);

        HttpResponse<String> both = session.send("GET", session.uri(TOKENS), null, null, "Accept", "application/json",
                "Authorization", "Bearer " + token.secret());
        assertThat(both.statusCode()).as(both.body()).isEqualTo(200);
        assertThat(both.body()).contains("Med kaka");

        HttpResponse<String> cookieOnly = session.send("GET", session.uri(TOKENS), null, null, "Accept",
                "application/json");
        assertThat(cookieOnly.statusCode()).as("the session still works, as its own user").isEqualTo(200);
        assertThat(cookieOnly.body()).doesNotContain("Med kaka");
    }

    @Test
    void unknownAndMalformedTokensGet401() throws Exception {
        assertUnauthorized(bearer("GET", "api/terms", ApiTokens.newToken()));
        assertUnauthorized(bearer("GET", "api/terms", "not-a-token"));
    }

    /** Another user's token, by role, list and revocation on every channel: {@link ApiTokenScopeMatrixApiIT}. */
    @Test
    void theAdministratorPagesThroughEveryonesActiveTokensNewestFirst() throws Exception {
        String marker = "Sida " + UUID.randomUUID().toString().substring(0, 8);
        String first = newUser("DISTRICT", "SO");
        String second = newUser("UNIVERSITY", null);
        Made one = create(first, marker + " 1", null);
        create(second, marker + " 2", null);
        create(first, marker + " 3", null);
        Made revoked = create(second, marker + " återkallad", null);
        assertThat(bearer("DELETE", TOKENS + "/" + revoked.id(), revoked.secret()).statusCode()).isEqualTo(204);
        String search = "api/tokens?size=2&text=" + enc(marker);

        JsonObject page1 = Http.object(http.get(search, Fixtures.ADMIN, Fixtures.PASSWORD));
        assertThat(page1.getJsonNumber("total").longValue()).as("active ones only").isEqualTo(3);
        assertThat(names(page1)).containsExactly(marker + " 3", marker + " 2");
        assertThat(page1.getJsonArray("rows").getJsonObject(1).getString("username")).isEqualTo(second);
        JsonObject page2 = Http.object(http.get(search + "&first=2", Fixtures.ADMIN, Fixtures.PASSWORD));
        assertThat(page2.getJsonNumber("total").longValue()).isEqualTo(3);
        assertThat(names(page2)).containsExactly(marker + " 1");
        assertThat(page2.toString()).doesNotContain(one.secret()).doesNotContain(ApiTokens.hash(one.secret()));

        JsonObject byUser = Http.object(http.get("api/tokens?size=50&text=" + first, Fixtures.ADMIN, Fixtures.PASSWORD));
        assertThat(names(byUser)).as("a search by username").containsExactly(marker + " 3", marker + " 1");
        JsonObject byName = Http.object(http.get(search + "&sort=name", Fixtures.ADMIN, Fixtures.PASSWORD));
        assertThat(names(byName)).as("sorted by name on request").containsExactly(marker + " 1", marker + " 2");
        assertThat(http.get(search, first, Fixtures.PASSWORD).statusCode()).as("anyone but the administrator")
                .isEqualTo(403);

        PageClient admin = new PageClient(base.toURI(), Fixtures.ADMIN, Fixtures.PASSWORD);
        String html = admin.open("api-tokens.xhtml").body();
        assertThat(html).as("the page's table is paged").contains("tokenForm:everyone").contains("ui-paginator");
        assertThat(html).as("the portal's paginator (<v:paging>): its page report and rows-per-page choice")
                .contains("ui-paginator-current").containsPattern("\\d+–\\d+ av \\d+")
                .contains("ui-paginator-rpp-options").contains("<option value=\"100\"");
    }

    @Test
    void anAdministratorDemotedWhileATokenIsOutLosesIt() throws Exception {
        String admin = newUser("ADMIN", null);
        Made token = create(admin, "Drift", null);
        HttpResponse<String> before = bearer("GET", "api/tokens?size=1", token.secret());
        assertThat(before.statusCode()).as(before.body()).isEqualTo(200);

        admin("it/users/" + admin + "/role?role=DISTRICT&district=SO");

        assertUnauthorized(bearer("GET", "api/tokens?size=1", token.secret()));
        assertUnauthorized(bearer("GET", TERM + "/districts/" + districtId("SO"), token.secret()));
    }

    @Test
    void everyDemoLoginHasAnActiveARevokedAndAnExpiredToken() throws Exception {
        HttpResponse<String> central = http.get(TOKENS, "central", DEMO_PASSWORD);
        Assumptions.assumeTrue(central.statusCode() == 200,
                "the demo data is only in the embedded default (not on MariaDB)");
        for (String login : DEMO_LOGINS) {
            List<JsonObject> own = Http.array(http.get(TOKENS, login, DEMO_PASSWORD)).getValuesAs(JsonObject.class);
            assertThat(own).extracting(o -> o.getString("status")).as(login)
                    .contains("ACTIVE", "REVOKED", "EXPIRED");
            assertThat(own.toString()).as(login + ": never a secret").doesNotContain("vfu_").doesNotContain("\"token\"");
        }
        assertThat(Http.array(central).getValuesAs(JsonObject.class)).anySatisfy(o -> {
            assertThat(o.getString("name")).isEqualTo("Rapportverktyg");
            assertThat(o.getString("status")).isEqualTo("ACTIVE");
        });
        JsonObject everyone = Http.object(http.get("api/tokens?size=50&text=sodermalm", Fixtures.ADMIN, Fixtures.PASSWORD));
        assertThat(names(everyone)).as("the administrator's table").contains("Platsrapportering Södermalm");
    }

    @Test
    void creationAndRevocationAreInTheChangeHistory() throws Exception {
        String contact = newUser("DISTRICT", "RK");
        Made token = create(contact, "Historik", null);
        assertThat(bearer("DELETE", TOKENS + "/" + token.id(), token.secret()).statusCode()).isEqualTo(204);

        JsonObject history = Http.object(http.get("api/audit?type=api_token&recordId=" + token.id(), Fixtures.CENTRAL,
                Fixtures.PASSWORD));
        List<JsonObject> rows = history.getJsonArray("rows").getValuesAs(JsonObject.class);
        assertThat(rows).extracting(r -> r.getString("action")).containsExactlyInAnyOrder("ADD", "MOD");
        assertThat(rows).allSatisfy(r -> assertThat(r.getString("username")).isEqualTo(contact));
        assertThat(history.toString()).doesNotContain(ApiTokens.hash(token.secret()));
    }

    @Test
    void aTokenNeverSignsInToThePages() throws Exception {
        String contact = newUser("DISTRICT", "SO");
        Made token = create(contact, "Inte för sidor", null);

        HttpResponse<String> page = bearer("GET", "district/overview.xhtml", token.secret());
        assertThat(page.body()).as("a page with the token").contains("j_security_check")
                .doesNotContain("id=\"current-role\"");
        assertThat(http.get("api/terms", contact, token.secret()).statusCode()).as("the token as a password")
                .isEqualTo(401);

        HttpClient browser = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        browser.send(HttpRequest.newBuilder(http.uri("")).GET().build(), HttpResponse.BodyHandlers.discarding());
        browser.send(HttpRequest.newBuilder(http.uri("j_security_check"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("j_username=" + enc(contact) + "&j_password="
                        + enc(token.secret()))).build(), HttpResponse.BodyHandlers.discarding());
        HttpResponse<String> after = browser.send(HttpRequest.newBuilder(http.uri("district/overview.xhtml")).GET()
                .build(), HttpResponse.BodyHandlers.ofString());
        // the container answers a page without a signed-in user with the login form itself
        assertThat(after.body()).as("a page after the login form with the token").contains("j_security_check")
                .doesNotContain("id=\"current-role\"");
    }

    private record Made(long id, String secret) {
    }

    private Made create(String username, String name, LocalDate expiresOn) throws Exception {
        HttpResponse<String> made = post(username, "{\"name\":\"" + name + "\""
                + (expiresOn == null ? "" : ",\"expiresOn\":\"" + expiresOn + "\"") + "}");
        assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
        JsonObject body = Http.object(made);
        return new Made(body.getJsonNumber("id").longValue(), body.getString("token"));
    }

    private HttpResponse<String> post(String username, String json) throws Exception {
        return http.send(HttpRequest.newBuilder(http.uri(TOKENS)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)), username, Fixtures.PASSWORD);
    }

    private HttpResponse<String> bearer(String method, String path, String token) throws Exception {
        return http.send(HttpRequest.newBuilder(http.uri(path)).method(method, HttpRequest.BodyPublishers.noBody())
                .header("Authorization", "Bearer " + token), null, null);
    }

    private static List<String> names(JsonObject page) {
        return page.getJsonArray("rows").getValuesAs(JsonObject.class).stream().map(o -> o.getString("name")).toList();
    }

    private static JsonObject only(HttpResponse<String> list, long id) {
        assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
        return Http.array(list).getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getJsonNumber("id").longValue() == id).findFirst().orElseThrow();
    }

    private void assertRevokedByTheAdministrator(String username, Made token) throws Exception {
        JsonObject listed = only(http.get(TOKENS, username, Fixtures.PASSWORD), token.id());
        assertThat(listed.getString("status")).isEqualTo("REVOKED");
        String stored = http.get("api/it/tokens/" + token.id() + "/stored", Fixtures.ADMIN, Fixtures.PASSWORD).body();
        assertThat(stored).as("revoked_by").endsWith(",\"" + Fixtures.ADMIN + "\"]");
    }

    private static void assertUnauthorized(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).contains("application/problem+json"));
    }

    private long districtId(String code) throws Exception {
        return Http.array(http.get("api/districts", Fixtures.CENTRAL, Fixtures.PASSWORD)).getValuesAs(JsonObject.class)
                .stream().filter(o -> o.getString("code").equals(code)).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
    }

    private String newUser(String role, String district) throws Exception {
        String username = "it-tok-" + UUID.randomUUID().toString().substring(0, 8);
        if ("UNIVERSITY".equals(role)) {
            admin("it/users/" + username + "?role=UNIVERSITY&university=SU");
        } else {
            admin("it/users/" + username + "?role=" + role + (district == null ? "" : "&district=" + district));
        }
        return username;
    }

    private void admin(String path) throws Exception {
        HttpResponse<String> done = http.send(HttpRequest.newBuilder(http.uri("api/" + path))
                .POST(HttpRequest.BodyPublishers.noBody()), Fixtures.ADMIN, Fixtures.PASSWORD);
        // a new user is answered with its id; a change to one (disable, role) or a token's expiry with no content
        boolean createsUser = path.matches("it/users/[^/?]+\\?.*");
        assertThat(done.statusCode()).as(path + ": " + done.body()).isEqualTo(createsUser ? 200 : 204);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
