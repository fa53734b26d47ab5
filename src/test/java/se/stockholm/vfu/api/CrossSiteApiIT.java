package se.stockholm.vfu.api;

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
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

/**
 * Another site cannot make a signed-in user's browser change anything through the API: a call with the session
 * cookie and an unsafe method needs X-Requested-With (or X-VFU-CSRF) or the portal's own Origin. Clients that send
 * credentials (HTTP Basic) are not affected. Checked over every unsafe operation of the API (from its OpenAPI
 * document), and end to end on "mark all my notifications read", which changes the caller's own data.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CrossSiteApiIT {

    private static final String MARK_ALL_READ = "api/notifications/read";
    private static final String FOREIGN = "https://evil.example";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    Http http;
    PageClient session;

    @BeforeEach
    void client() throws Exception {
        http = new Http(base.toURI());
        session = new PageClient(base.toURI(), Fixtures.CENTRAL, Fixtures.PASSWORD);
    }

    @TestFactory
    Stream<DynamicTest> everyUnsafeOperationWithTheSessionCookieAndNoHeaderIsRefused() throws Exception {
        List<ApiOperations.Operation> unsafe = ApiOperations.read(http).all().stream()
                .filter(ApiOperations.Operation::isUnsafe).toList();
        assertThat(unsafe).hasSizeGreaterThanOrEqualTo(25);
        List<DynamicTest> cases = new ArrayList<>();
        for (ApiOperations.Operation operation : unsafe) {
            for (String[] headers : new String[][] {{}, {"Origin", FOREIGN}, {"Origin", FOREIGN, "X-Requested-With", "x"}}) {
                // the scope matrix's rule, labelled so its summary counts the case
                ScopeMatrix.Rule rule = ScopeMatrix.crossSite(operation.toString(), String.join(" ", headers));
                cases.add(dynamicTest(rule.label(), () -> {
                    HttpResponse<String> answer = session.send(operation.method(), session.uri(operation.path()),
                            operation.hasBody() ? "application/json" : null, operation.hasBody() ? "{}" : null, headers);
                    assertThat(answer.statusCode()).isEqualTo(rule.expect().status);
                    assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
                    assertThat(answer.body()).contains("X-Requested-With");
                }));
            }
        }
        return cases.stream();
    }

    @Test
    void aForgedCallChangesNothingAndTheRealOnesWork() throws Exception {
        long unread = unread();

        assertThat(post(MARK_ALL_READ).statusCode()).isEqualTo(403);
        assertThat(post(MARK_ALL_READ, "Origin", FOREIGN).statusCode()).isEqualTo(403);
        assertThat(unread()).isEqualTo(unread);

        assertThat(post(MARK_ALL_READ, "X-Requested-With", "XMLHttpRequest").statusCode()).isEqualTo(200);
        assertThat(post(MARK_ALL_READ, "X-VFU-CSRF", "1").statusCode()).isEqualTo(200);
        String own = base.getProtocol() + "://" + base.getHost() + ":" + base.getPort();
        assertThat(post(MARK_ALL_READ, "Origin", own).statusCode()).isEqualTo(200);
        assertThat(unread()).isZero();
    }

    @Test
    void safeMethodsAndHttpBasicNeedNoHeader() throws Exception {
        assertThat(session.send("GET", session.uri("api/notifications/unread"), null, null).statusCode()).isEqualTo(200);

        HttpResponse<String> basic = http.send(HttpRequest.newBuilder(http.uri(MARK_ALL_READ))
                .POST(HttpRequest.BodyPublishers.noBody()), Fixtures.SU, Fixtures.PASSWORD);
        assertThat(basic.statusCode()).isEqualTo(200);
    }

    private long unread() throws Exception {
        HttpResponse<String> count = session.send("GET", session.uri("api/notifications/unread"), null, null);
        return Http.object(count).getJsonNumber("unread").longValue();
    }

    private HttpResponse<String> post(String path, String... headers) throws Exception {
        return session.send("POST", session.uri(path), null, null, headers);
    }
}
