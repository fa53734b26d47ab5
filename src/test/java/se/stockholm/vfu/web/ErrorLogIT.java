package se.stockholm.vfu.web;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.servlet.ServletContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.stockholm.vfu.it.Deployments;
import se.stockholm.vfu.it.FailingService;
import se.stockholm.vfu.it.Fixtures;
import se.stockholm.vfu.it.Http;
import se.stockholm.vfu.it.PageClient;
import se.stockholm.vfu.it.ServerLog;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the server log says when something fails inside a service (wildfly-config/60-logging.cli): a caller refused for
 * their role is one WARNING line, a concurrent change answered 409 is not an error at all, and a failure nobody
 * expected is logged with its stack trace: once when an API call met it, by OmniFaces and Undertow when a page did.
 * Before, the EJB container logged the refusal and the 409 as ERROR with a stack trace, and the unexpected failure once
 * more. Only the loggers a service's failure can reach are counted (other threads write to the same log). Runs inside
 * the test server to read its log file ({@link ServerLog}) and calls the portal over HTTP, as its users do.
 */
@ExtendWith(ArquillianExtension.class)
class ErrorLogIT {

    /** The loggers a failure in a service can reach: the portal's, the EJB container's, Undertow's, OmniFaces'. */
    private static final String LOGGERS =
            " +\\[(se\\.stockholm\\.vfu|org\\.jboss\\.as\\.ejb3|io\\.undertow\\.request|org\\.omnifaces)";
    private static final Pattern ERROR_LINE = Pattern.compile("(?m)^\\S+ \\S+ (ERROR|SEVERE)" + LOGGERS);
    private static final Pattern WARNING_LINE = Pattern.compile("(?m)^\\S+ \\S+ (WARN|WARNING)" + LOGGERS);
    /** The EJB container's own line for a failure leaving a bean: it must not appear (60-logging.cli). */
    private static final String CONTAINER_LINE = "WFLYEJB0034";
    private static final Duration PATIENCE = Duration.ofSeconds(10);
    private static final String REQUESTS = "api/terms/" + Fixtures.REQUEST_TERM + "/requests";

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Inject
    ServletContext servletContext;

    URI base;
    Http http;

    @BeforeEach
    void client() {
        base = URI.create("http://127.0.0.1:" + (8080 + Integer.getInteger("jboss.socket.binding.port-offset", 0))
                + servletContext.getContextPath() + "/");
        http = new Http(base);
    }

    @Test
    void aCallerRefusedForTheirRoleIsOneWarningLineWithoutAStackTrace() throws Exception {
        ServerLog log = ServerLog.mark();
        HttpResponse<String> refused = http.get("api/terms/" + Fixtures.TERM + "/allocation", Fixtures.SODERMALM,
                Fixtures.PASSWORD);
        assertThat(refused.statusCode()).as("a district contact asking for the central allocation").isEqualTo(403);

        String written = log.awaitQuiet(PATIENCE).gained();
        assertThat(ERROR_LINE.matcher(written).find()).as("an ERROR line in:%n%s", written).isFalse();
        assertThat(written).as("the container's line, or the refusal's stack trace").doesNotContain(CONTAINER_LINE)
                .doesNotContain("EJBAccessException");
        List<String> warnings = lines(written, WARNING_LINE).stream()
                .filter(line -> line.contains("Refused for the caller's role")).toList();
        assertThat(warnings).as("the refusal, once, naming the service's method, in:%n%s", written).hasSize(1);
        assertThat(warnings.get(0)).contains("Refused for the caller's role (API)").contains("AllocationService")
                .contains("summary");
    }

    @Test
    void aConcurrentChangeAnswered409IsNotAnError() throws Exception {
        String ref = "it-errlog-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = send("POST", REQUESTS, """
                {"studentRef":"%s","studentName":"IT Errlog Student","studentEmail":"%s@it.example",
                 "noPreference":true,"languages":"sv"}""".formatted(ref, ref));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonObject request = Http.object(created);
        long id = request.getJsonNumber("id").longValue();
        long readVersion = request.getJsonNumber("version").longValue();
        HttpResponse<String> changed = send("PUT", REQUESTS + "/" + id, """
                {"version":%d,"studentRef":"%s","studentName":"IT Errlog Changed","studentEmail":"%s@it.example",
                 "noPreference":true,"languages":"sv"}""".formatted(readVersion, ref, ref));
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);

        ServerLog log = ServerLog.mark();
        HttpResponse<String> stale = send("POST", REQUESTS + "/" + id + "/withdraw",
                Json.createObjectBuilder().add("version", readVersion).add("reason", "Byter termin").build().toString());
        assertThat(stale.statusCode()).as("withdrawn on the version read before the change: " + stale.body())
                .isEqualTo(409);

        String written = log.awaitQuiet(PATIENCE).gained();
        assertThat(ERROR_LINE.matcher(written).find()).as("an ERROR line in:%n%s", written).isFalse();
        assertThat(written).as("the container's line, or the conflict's stack trace").doesNotContain(CONTAINER_LINE)
                .doesNotContain("OptimisticLockException");
    }

    @Test
    void aFailureNobodyExpectedInAnApiCallIsLoggedOnceWithItsStackTrace() throws Exception {
        ServerLog log = ServerLog.mark();
        HttpResponse<String> failed = send("POST", "api/it/faults/unexpected", "{}", Fixtures.CENTRAL);
        assertThat(failed.statusCode()).isEqualTo(500);
        assertThat(failed.body()).as("nothing of the failure told to the client").doesNotContain(FailingService.FAILURE);

        String written = log.awaitQuiet(PATIENCE).gained();
        assertThat(lines(written, ERROR_LINE)).as("ERROR lines in:%n%s", written).hasSize(1)
                .allSatisfy(line -> assertThat(line).contains("Unexpected failure in an API call"));
        assertThat(written).as("the stack trace, down to where it failed")
                .contains(FailingService.FAILURE).contains(FailingService.class.getName() + ".fail(");
        assertThat(written).as("the container's line").doesNotContain(CONTAINER_LINE);
    }

    @Test
    void aFailureNobodyExpectedOnAPageIsLoggedWithItsStackTrace() throws Exception {
        PageClient central = new PageClient(base, Fixtures.CENTRAL, Fixtures.PASSWORD);
        ServerLog log = ServerLog.mark();
        HttpResponse<String> failed = central.open("it-failing.xhtml");
        assertThat(failed.statusCode()).as("the error page").isEqualTo(500);
        assertThat(failed.body()).as("nothing of the failure shown to the user").doesNotContain(FailingService.FAILURE);

        String written = log.awaitQuiet(PATIENCE).gained();
        // OmniFaces' FacesExceptionFilter and Undertow each log it, the EJB container no longer does
        assertThat(ERROR_LINE.matcher(written).find()).as("an ERROR line in:%n%s", written).isTrue();
        assertThat(written).as("the container's line").doesNotContain(CONTAINER_LINE);
        assertThat(written).as("the stack trace, down to where it failed")
                .contains(FailingService.FAILURE).contains(FailingService.class.getName() + ".fail(");
    }

    private HttpResponse<String> send(String method, String path, String json) throws Exception {
        return send(method, path, json, Fixtures.SU);
    }

    private HttpResponse<String> send(String method, String path, String json, String user) throws Exception {
        return http.send(HttpRequest.newBuilder(http.uri(path)).header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json)), user, Fixtures.PASSWORD);
    }

    private static List<String> lines(String written, Pattern start) {
        return written.lines().filter(line -> start.matcher(line).lookingAt()).toList();
    }
}
