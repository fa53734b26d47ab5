package se.stockholm.vfu.api;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;
import se.stockholm.vfu.it.Deployments;
import se.stockholm.vfu.it.Fixtures;
import se.stockholm.vfu.it.Http;
import se.stockholm.vfu.it.PageClient;
import se.stockholm.vfu.scope.ScopeMatrix;

import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

/**
 * Bad input and missing credentials get an RFC 9457 problem over every operation of the API (listed from its OpenAPI
 * document): 401 without credentials, 400 for a body that is not JSON or has a field of the wrong type (naming the
 * field), 415 for a body that is not JSON at all, never a 500 or the server's own words. Calls are made by the
 * central contact with the session cookie (cheaper than HTTP Basic's password check on every call).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProblemResponsesIT {

    private static final String PROBLEM = "application/problem+json";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    Http http;
    ApiOperations api;

    @BeforeEach
    void client() throws Exception {
        http = new Http(base.toURI());
        api = ApiOperations.read(http);
    }

    @TestFactory
    Stream<DynamicTest> everyOperationWithoutCredentialsIs401Problem() {
        assertThat(api.all()).hasSizeGreaterThanOrEqualTo(40);
        // each case is the scope matrix's rule, labelled so its summary counts it
        return api.all().stream().map(operation -> {
            ScopeMatrix.Rule rule = ScopeMatrix.withoutCredentials(operation.toString());
            return dynamicTest(rule.label(), () -> {
                HttpResponse<String> answer = http.send(HttpRequest.newBuilder(http.uri(operation.path()))
                        .header("Content-Type", "application/json").method(operation.method(),
                                HttpRequest.BodyPublishers.ofString(operation.hasBody() ? "{}" : "")), null, null);
                assertProblem(answer, rule.expect().status);
                assertThat(answer.headers().firstValue("WWW-Authenticate"))
                        .hasValue("Basic realm=\"VFU-portalen\", charset=\"UTF-8\"");
            });
        });
    }

    @Test
    void wrongCredentialsAre401ProblemAndBasicAndTheSessionStillWork() throws Exception {
        HttpResponse<String> wrongPassword = http.get("api/terms", Fixtures.CENTRAL, "wrong-password");
        assertThat(wrongPassword.statusCode()).isEqualTo(401);

        assertThat(http.get("api/terms", Fixtures.CENTRAL, Fixtures.PASSWORD).statusCode()).isEqualTo(200);
        PageClient session = new PageClient(base.toURI(), Fixtures.CENTRAL, Fixtures.PASSWORD);
        assertThat(session.send("GET", session.uri("api/terms"), null, null).statusCode()).isEqualTo(200);
    }

    @Test
    void aPageWithoutASessionStillShowsTheLoginForm() throws Exception {
        HttpResponse<String> page = http.get("central/overview.xhtml", null, null);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("j_security_check");
    }

    @TestFactory
    Stream<DynamicTest> aTruncatedBodyIs400ProblemOnEveryOperationThatTakesOne() throws Exception {
        PageClient session = central();
        List<ApiOperations.Operation> withBody = api.all().stream().filter(ApiOperations.Operation::hasBody).toList();
        assertThat(withBody).hasSizeGreaterThanOrEqualTo(15);
        return withBody.stream().map(operation -> dynamicTest(operation.toString(), () -> {
            HttpResponse<String> answer = session.send(operation.method(), session.uri(operation.path()),
                    "application/json", "{\"version\": 1, \"reason\": \"tru", "X-Requested-With", "test");
            assertProblem(answer, 400);
            assertThat(Http.object(answer).containsKey("field")).isFalse();
        }));
    }

    @TestFactory
    Stream<DynamicTest> aFieldOfTheWrongTypeIs400ProblemNamingTheField() throws Exception {
        PageClient session = central();
        List<ApiOperations.Operation> typed = api.all().stream().filter(o -> o.typedField() != null).toList();
        assertThat(typed).hasSizeGreaterThanOrEqualTo(10);
        return typed.stream().map(operation -> dynamicTest(operation + " with "
                + operation.typedField() + ": " + operation.wrongValue(), () -> {
            String field = operation.typedField();
            HttpResponse<String> answer = session.send(operation.method(), session.uri(operation.path()),
                    "application/json", "{\"" + field + "\": " + operation.wrongValue() + "}", "X-Requested-With", "test");
            assertProblem(answer, 400);
            assertThat(Http.object(answer).getString("field")).isEqualTo(field);
        }));
    }

    @TestFactory
    Stream<DynamicTest> aBodyThatIsNotJsonIs415Problem() throws Exception {
        PageClient session = central();
        return api.all().stream().filter(ApiOperations.Operation::hasBody).map(operation -> dynamicTest(
                operation.toString(), () -> assertProblem(session.send(operation.method(),
                        session.uri(operation.path()), "text/plain", "version=1", "X-Requested-With", "test"), 415)));
    }

    @Test
    void theIssuesExampleAndBeanValidationNameTheField() throws Exception {
        PageClient session = central();
        String decline = "api/terms/" + Fixtures.TERM + "/placements/18/decline";

        HttpResponse<String> truncated = session.send("POST", session.uri(decline), "application/json",
                "{\"version\": 3, \"reason\": \"Ingen handl", "X-Requested-With", "test");
        assertThat(truncated.statusCode()).isEqualTo(400);
        assertThat(truncated.body()).doesNotContain("RESTEASY").doesNotContain("Exception").doesNotContain("jakarta");

        HttpResponse<String> wrongType = session.send("POST", session.uri(decline), "application/json",
                "{\"version\": \"abc\", \"reason\": \"x\"}", "X-Requested-With", "test");
        assertThat(wrongType.statusCode()).isEqualTo(400);
        assertThat(Http.object(wrongType).getString("field")).isEqualTo("version");

        HttpResponse<String> missing = session.send("POST", session.uri(decline), "application/json",
                "{\"reason\": \"x\"}", "X-Requested-With", "test");
        assertThat(missing.statusCode()).as(missing.body()).isEqualTo(400);
        assertThat(missing.headers().firstValue("Content-Type")).hasValue(PROBLEM);
        JsonObject problem = Http.object(missing);
        assertThat(problem.getString("field")).isEqualTo("version");
        assertThat(problem.getInt("status")).isEqualTo(400);

        HttpResponse<String> noBody = session.send("POST", session.uri(decline), "application/json", null,
                "X-Requested-With", "test");
        assertThat(noBody.statusCode()).as(noBody.body()).isEqualTo(400);
        assertThat(noBody.headers().firstValue("Content-Type")).hasValue(PROBLEM);
    }

    @Test
    void jaxRsOwnErrorsAreProblemsToo() throws Exception {
        PageClient session = central();

        HttpResponse<String> noSuchResource = session.send("GET", session.uri("api/no-such-resource"), null, null);
        assertThat(noSuchResource.statusCode()).isEqualTo(404);
        assertThat(noSuchResource.headers().firstValue("Content-Type")).hasValue(PROBLEM);
        HttpResponse<String> wrongMethod = session.send("DELETE", session.uri("api/terms"), null, null,
                "X-Requested-With", "test");
        assertThat(wrongMethod.statusCode()).isEqualTo(405);
        assertThat(wrongMethod.headers().firstValue("Content-Type")).hasValue(PROBLEM);
    }

    private PageClient central() throws Exception {
        return new PageClient(base.toURI(), Fixtures.CENTRAL, Fixtures.PASSWORD);
    }

    /** A problem body with the status, and nothing of the server's own words. */
    private static void assertProblem(HttpResponse<String> answer, int status) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue(PROBLEM);
        assertThat(answer.body()).doesNotContain("RESTEASY").doesNotContain("Exception").doesNotContain("se.stockholm")
                .doesNotContain("j_security_check");
        assertThat(Http.object(answer).getInt("status")).isEqualTo(status);
    }
}
