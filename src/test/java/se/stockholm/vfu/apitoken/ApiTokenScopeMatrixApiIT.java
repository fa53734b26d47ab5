package se.stockholm.vfu.apitoken;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;
import se.stockholm.vfu.it.Fixtures;
import se.stockholm.vfu.it.Http;
import se.stockholm.vfu.scope.ScopeMatrix;

import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same scope matrix as {@link ApiTokenScopeMatrixIT}, over the JSON API ({@code /api/me/tokens},
 * {@code /api/tokens}) as each caller on two channels: HTTP Basic with the password, and a Bearer token of the
 * caller's own. Each case on a fresh token of the owner's and of the caller's: the stated status (2xx counted as 200,
 * a refusal as problem+json), lists showing a token exactly to those who may see it, and a refused revocation
 * leaving the owner's token working while an allowed one stops it at once.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiTokenScopeMatrixApiIT {

    private static final String TOKENS = "api/me/tokens";
    private static final String BASIC = "basic";
    private static final String BEARER = "bearer";

    /** The owner and the callers of this test run (fresh users) and each one's standing Bearer token. */
    private static final Map<String, String> USERS = new ConcurrentHashMap<>();
    private static final Map<String, String> KEYS = new ConcurrentHashMap<>();
    private static final String OWNER = "owner";

    @ArquillianResource
    URL base;

    @TestFactory
    Stream<DynamicTest> everyCallerGetsExactlyItsScopeOfTheTokensOverTheApi() {
        return ApiTokenScopeMatrix.cases(ScopeMatrix.API_TOKEN_API, BASIC, BEARER).stream()
                .map(c -> DynamicTest.dynamicTest(c.toString(), () -> check(c)));
    }

    private record Made(long id, String secret) {
    }

    private void check(ApiTokenScopeMatrix.Case c) throws Exception {
        Http http = new Http(base.toURI());
        String owner = user(http, OWNER, "DISTRICT", "SO", null);
        String caller = user(http, c.who().name(), c.who().role, c.who().district, c.who().university);
        Made others = create(http, owner, "IT Ägarens");
        Made own = create(http, caller, "IT Egen");
        try {
            HttpResponse<String> answer = switch (c.op().operation()) {
                case ApiTokenScopeMatrix.LIST_OWN -> call(http, c, caller, "GET", TOKENS, null);
                case ApiTokenScopeMatrix.LIST_EVERYONES -> call(http, c, caller, "GET", "api/tokens?size=500&text=" + owner,
                        null);
                case ApiTokenScopeMatrix.CREATE -> call(http, c, caller, "POST", TOKENS, "{\"name\":\"IT Ny\"}");
                case ApiTokenScopeMatrix.REVOKE_OWN -> call(http, c, caller, "DELETE", TOKENS + "/" + own.id(), null);
                default -> call(http, c, caller, "DELETE", TOKENS + "/" + others.id(), null);
            };
            int status = answer.statusCode() / 100 == 2 ? 200 : answer.statusCode();
            if (status != 200) {
                assertThat(answer.headers().firstValue("Content-Type").orElse("")).as(c + ": a refusal's body")
                        .startsWith("application/problem+json");
            }
            switch (c.op().operation()) {
                case ApiTokenScopeMatrix.LIST_OWN -> {
                    assertThat(status).as(c + ": " + answer.body()).isEqualTo(200);
                    List<Long> ids = ids(Http.array(answer).getValuesAs(JsonObject.class));
                    assertThat(ids).as(c + ": the owner's token").doesNotContain(others.id());
                    assertThat(ids.contains(own.id()) ? 200 : 404).as(c + ": its own listed").isEqualTo(c.expected());
                }
                case ApiTokenScopeMatrix.LIST_EVERYONES -> {
                    int listed = status != 200 ? status : ids(Http.object(answer).getJsonArray("rows")
                            .getValuesAs(JsonObject.class)).contains(others.id()) ? 200 : 404;
                    assertThat(listed).as(c + ": " + answer.body()).isEqualTo(c.expected());
                    assertThat(answer.body()).as(c + ": never a secret").doesNotContain(others.secret())
                            .doesNotContain(ApiTokens.hash(others.secret()));
                }
                case ApiTokenScopeMatrix.CREATE -> {
                    assertThat(status).as(c + ": " + answer.body()).isEqualTo(c.expected());
                    long made = Http.object(answer).getJsonNumber("id").longValue();
                    assertThat(ids(Http.array(bearer(http, "GET", TOKENS, KEYS.get(caller))).getValuesAs(JsonObject.class)))
                            .contains(made);
                }
                case ApiTokenScopeMatrix.REVOKE_OWN -> {
                    assertThat(status).as(c + ": " + answer.body()).isEqualTo(c.expected());
                    assertThat(bearer(http, "GET", "api/terms", own.secret()).statusCode()).as(c + ": stopped")
                            .isEqualTo(401);
                }
                default -> {
                    assertThat(status).as(c + ": " + answer.body()).isEqualTo(c.expected());
                    assertThat(bearer(http, "GET", "api/terms", others.secret()).statusCode())
                            .as(c + ": the owner's token afterwards").isEqualTo(c.expected() == 200 ? 401 : 200);
                }
            }
            if (!c.op().operation().equals(ApiTokenScopeMatrix.REVOKE_OWN)) {
                assertThat(bearer(http, "GET", "api/terms", own.secret()).statusCode()).as(c + ": the caller's token")
                        .isEqualTo(200);
            }
        } finally {
            // a user may hold only ten active tokens: each case leaves none behind but the standing ones
            revokeAllBut(http, owner);
            revokeAllBut(http, caller);
        }
    }

    private HttpResponse<String> call(Http http, ApiTokenScopeMatrix.Case c, String caller, String method, String path,
                                      String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(http.uri(path)).method(method,
                json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (c.channel().equals(BEARER)) {
            return http.send(request.header("Authorization", "Bearer " + KEYS.get(caller)), null, null);
        }
        return http.send(request, caller, Fixtures.PASSWORD);
    }

    /** The user of this role for the test run, made the first time with a standing Bearer token. */
    private static String user(Http http, String key, String role, String district, String university) throws Exception {
        String existing = USERS.get(key);
        if (existing != null) {
            return existing;
        }
        String username = "it-tokma-" + UUID.randomUUID().toString().substring(0, 8);
        String query = "?role=" + role + (district == null ? "" : "&district=" + district)
                + (university == null ? "" : "&university=" + university);
        HttpResponse<String> made = http.send(HttpRequest.newBuilder(http.uri("api/it/users/" + username + query))
                .POST(HttpRequest.BodyPublishers.noBody()), Fixtures.ADMIN, Fixtures.PASSWORD);
        assertThat(made.statusCode()).as("a new user is answered with its id: " + made.body()).isEqualTo(200);
        HttpResponse<String> keyToken = http.send(HttpRequest.newBuilder(http.uri(TOKENS))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"IT Matrisnyckel\"}")), username, Fixtures.PASSWORD);
        assertThat(keyToken.statusCode()).as(keyToken.body()).isEqualTo(201);
        KEYS.put(username, Http.object(keyToken).getString("token"));
        USERS.put(key, username);
        return username;
    }

    private static Made create(Http http, String username, String name) throws Exception {
        HttpResponse<String> made = http.send(HttpRequest.newBuilder(http.uri(TOKENS))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + KEYS.get(username))
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"" + name + "\"}")), null, null);
        assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
        JsonObject body = Http.object(made);
        return new Made(body.getJsonNumber("id").longValue(), body.getString("token"));
    }

    private static void revokeAllBut(Http http, String username) throws Exception {
        String key = KEYS.get(username);
        for (JsonObject row : Http.array(bearer(http, "GET", TOKENS, key)).getValuesAs(JsonObject.class)) {
            if (row.getString("status").equals("ACTIVE") && !row.getString("name").equals("IT Matrisnyckel")) {
                assertThat(bearer(http, "DELETE", TOKENS + "/" + row.getJsonNumber("id"), key).statusCode()).isEqualTo(204);
            }
        }
    }

    private static HttpResponse<String> bearer(Http http, String method, String path, String token) throws Exception {
        return http.send(HttpRequest.newBuilder(http.uri(path)).method(method, HttpRequest.BodyPublishers.noBody())
                .header("Authorization", "Bearer " + token), null, null);
    }

    private static List<Long> ids(List<JsonObject> rows) {
        return rows.stream().map(o -> o.getJsonNumber("id").longValue()).toList();
    }
}
