package se.stockholm.vfu.web;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.ServletContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.stockholm.vfu.it.ChangedRequest;
import se.stockholm.vfu.it.Deployments;
import se.stockholm.vfu.it.FailingApiFilter;
import se.stockholm.vfu.it.FailingService;
import se.stockholm.vfu.it.Fixtures;
import se.stockholm.vfu.it.Http;
import se.stockholm.vfu.it.MessagesPage;
import se.stockholm.vfu.it.PageClient;
import se.stockholm.vfu.it.ServerLog;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the server log says when something fails inside a service (wildfly-config/60-logging.cli): a caller refused for
 * their role is one WARNING line, also when the refusal is deep inside another service's call, a concurrent change
 * answered 409 is not an error at all, and a failure nobody expected is logged once with its stack trace, under a
 * reference the user is shown (an API problem's {@code instance}, the error page) and without the client's address.
 * Before, the EJB container logged the refusal and the 409 as ERROR with a stack trace, and the unexpected failure once
 * more; a page's failure was logged by OmniFaces, with the client's IP address, and by Undertow again. Only the loggers
 * a service's failure can reach are counted (other threads write to the same log). Runs inside the test server to read
 * its log file ({@link ServerLog}) and calls the portal over HTTP, as its users do.
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
    private static final String UUID_PATTERN = Fixtures.FAILURE_REFERENCE;
    /** Where the tests' requests come from, as the server sees it: personal data, so never in the log. */
    private static final String CLIENT_ADDRESS = "127.0.0.1";

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
        base = Deployments.baseFromInside(servletContext);
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
        ChangedRequest request = ChangedRequest.createdAndChangedOnce(http, "Errlog");

        ServerLog log = ServerLog.mark();
        HttpResponse<String> stale = send("POST", request.path() + "/withdraw", Json.createObjectBuilder()
                .add("version", request.firstVersion()).add("reason", "Byter termin").build().toString());
        assertThat(stale.statusCode()).as("withdrawn on the version read before the change: " + stale.body())
                .isEqualTo(409);

        String written = log.awaitQuiet(PATIENCE).gained();
        assertThat(ERROR_LINE.matcher(written).find()).as("an ERROR line in:%n%s", written).isFalse();
        assertThat(written).as("the container's line, or the conflict's stack trace").doesNotContain(CONTAINER_LINE)
                .doesNotContain("OptimisticLockException");
    }

    @Test
    void aRefusalInsideAnotherServicesCallIsA403AndOneWarningLine() throws Exception {
        ServerLog log = ServerLog.mark();
        HttpResponse<String> refused = send("POST", "api/it/faults/refused-inside", "{}", Fixtures.CENTRAL);
        assertThat(refused.statusCode()).as("as for a direct call: " + refused.body()).isEqualTo(403);

        String written = log.awaitQuiet(PATIENCE).gained();
        assertThat(ERROR_LINE.matcher(written).find()).as("an ERROR line in:%n%s", written).isFalse();
        assertThat(lines(written, WARNING_LINE)).as("the refusal, once, in:%n%s", written)
                .filteredOn(line -> line.contains("Refused for the caller's role (API)")).singleElement()
                .satisfies(line -> assertThat(line).contains("UniversityOnlyService"));
    }

    @Test
    void aFailureNobodyExpectedInAnApiCallIsLoggedOnceUnderTheReferenceTheAnswerGives() throws Exception {
        ServerLog log = ServerLog.mark();
        HttpResponse<String> failed = send("POST", "api/it/faults/unexpected", "{}", Fixtures.CENTRAL);
        assertLoggedOnceUnderTheReferenceAnswered(failed, log, "an API call");
        assertThat(log.gained()).as("the stack trace, down to where it failed")
                .contains(FailingService.class.getName() + ".fail(");
    }

    @Test
    void aFailureInAResourcesOwnCodeIsAProblemWithItsReferenceNotAPage() throws Exception {
        ServerLog log = ServerLog.mark();
        HttpResponse<String> failed = send("POST", "api/it/faults/unexpected-in-resource", "{}", Fixtures.CENTRAL);
        // before api.UnexpectedFailureMapper: RESTEasy's default, 500 with the exception's message as the body
        assertThat(failed.headers().firstValue("Content-Type")).as("a problem")
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertLoggedOnceUnderTheReferenceAnswered(failed, log, "an API call");
    }

    @Test
    void aFailureInAServletFilterInFrontOfTheApiIsAProblemWithItsReferenceNotAPage() throws Exception {
        ServerLog log = ServerLog.mark();
        HttpResponse<String> failed = http.get(FailingApiFilter.PATH.substring(1), Fixtures.CENTRAL, Fixtures.PASSWORD);
        // before PageFailureFilter answered the API: the HTML error page, to a JSON client
        assertThat(failed.headers().firstValue("Content-Type")).as("a problem: " + failed.body())
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertLoggedOnceUnderTheReferenceAnswered(failed, log, "an API call");
        assertThat(log.gained()).as("Undertow's second copy").doesNotContain("UT005023");
    }

    @Test
    void anExpiredViewShowsItsPageAndIsNoError() throws Exception {
        PageClient central = new PageClient(base, Fixtures.CENTRAL, Fixtures.PASSWORD);
        ServerLog log = ServerLog.mark();
        // a post back to a view the server no longer holds, as after a session that ended while the page stood open
        HttpResponse<String> expired = central.send("POST", central.uri("central/overview.xhtml"),
                "application/x-www-form-urlencoded", "header=header&jakarta.faces.ViewState=" + "0".repeat(20));
        assertThat(expired.body()).as("the page that says the view expired").contains("Sidan har gått ut")
                .doesNotContain("failure-reference");

        String written = log.awaitQuiet(PATIENCE).gained();
        assertThat(ERROR_LINE.matcher(written).find()).as("an ERROR line in:%n%s", written).isFalse();
        assertThat(written).as("Undertow's line").doesNotContain("UT005023");
    }

    @Test
    void anAnswerThatCannotBeWrittenIsA500LoggedOnceUnderItsReferenceNotTheClientsFault() throws Exception {
        ServerLog log = ServerLog.mark();
        HttpResponse<String> failed = http.get("api/it/faults/unwritable", Fixtures.CENTRAL, Fixtures.PASSWORD);
        // before api.AnswerWriting: 400 "The field 'state' has a value of the wrong type." to a GET, nothing logged
        assertLoggedOnceUnderTheReferenceAnswered(failed, log, "writing an API answer");
    }

    /**
     * The answer is a 500 problem with the reference in {@code instance} and nothing of the failure; the log has one
     * ERROR line for it, by that reference, with the stack trace and without the client's address.
     */
    private static void assertLoggedOnceUnderTheReferenceAnswered(HttpResponse<String> failed, ServerLog log,
            String where) throws Exception {
        assertThat(failed.statusCode()).as(failed.body()).isEqualTo(500);
        assertThat(failed.body()).as("nothing of the failure told to the client").doesNotContain(FailingService.FAILURE);
        String instance = Http.object(failed).getString("instance");
        assertThat(instance).as("the reference to quote to support").matches("urn:uuid:" + UUID_PATTERN);

        String written = log.awaitQuiet(PATIENCE).gained();
        assertThat(lines(written, ERROR_LINE)).as("ERROR lines in:%n%s", written).singleElement()
                .satisfies(line -> assertThat(line).contains("Unexpected failure in " + where + " (reference "
                        + instance.substring("urn:uuid:".length()) + ")").doesNotContain(CLIENT_ADDRESS));
        assertThat(written).as("the stack trace").contains(FailingService.FAILURE);
        assertThat(written).as("the container's line").doesNotContain(CONTAINER_LINE);
    }

    @Test
    void aFailureNobodyExpectedOnAPageIsLoggedOnceUnderTheReferenceTheErrorPageShows() throws Exception {
        PageClient central = new PageClient(base, Fixtures.CENTRAL, Fixtures.PASSWORD);
        ServerLog log = ServerLog.mark();
        HttpResponse<String> failed = central.open("it-failing.xhtml");
        assertThat(failed.statusCode()).as("the error page").isEqualTo(500);
        assertLoggedOnceUnderTheReferenceShown(failed.body(), log, "a page request");
    }

    @Test
    void aFailureNobodyExpectedInAnAjaxRequestIsLoggedOnceUnderTheReferenceTheErrorPageShows() throws Exception {
        PageClient central = new PageClient(base, Fixtures.CENTRAL, Fixtures.PASSWORD);
        assertThat(central.open("it-failing-ajax.xhtml").statusCode()).isEqualTo(200);
        ServerLog log = ServerLog.mark();
        HttpResponse<String> failed = central.ajax("it-failing-ajax.xhtml", "faults:fail", "click",
                Map.of("faults:fail", "faults:fail"));
        assertThat(failed.body()).as("the error page in place of the update").contains("<partial-response")
                .contains("error-heading");
        assertLoggedOnceUnderTheReferenceShown(failed.body(), log, "an ajax request");
    }

    /**
     * The error page shows a reference and nothing of the failure; the log has one ERROR line for it, by that
     * reference, with the stack trace and without the client's address (OmniFaces' own line had it, and Undertow
     * logged the failure a second time).
     */
    private static void assertLoggedOnceUnderTheReferenceShown(String page, ServerLog log, String where)
            throws Exception {
        assertThat(page).as("nothing of the failure shown to the user").doesNotContain(FailingService.FAILURE);
        Matcher shown = Pattern.compile("id=\"failure-reference\">[^<]*?(" + UUID_PATTERN + ")").matcher(page);
        assertThat(shown.find()).as("a reference on the error page:%n%s", page).isTrue();
        String reference = shown.group(1);

        String written = log.awaitQuiet(PATIENCE).gained();
        assertThat(lines(written, ERROR_LINE)).as("ERROR lines in:%n%s", written).singleElement()
                .satisfies(line -> assertThat(line).contains("Unexpected failure in " + where + " (reference "
                        + reference + ")").doesNotContain(CLIENT_ADDRESS));
        assertThat(written).as("Undertow's second copy, OmniFaces' line with the address, the container's line")
                .doesNotContain("UT005023").doesNotContain("[org.omnifaces")
                .doesNotContain(CONTAINER_LINE);
        assertThat(written).as("the stack trace, down to where it failed")
                .contains(FailingService.FAILURE).contains(FailingService.class.getName() + ".fail(");
    }

    @Test
    void aMessageIsKeptForTheNextPageOnlyWhenTheActionRedirects() throws Exception {
        PageClient central = new PageClient(base, Fixtures.CENTRAL, Fixtures.PASSWORD);
        String message = MessagesPage.TERM; // the test page has no language of its own: whichever, the term is named
        assertThat(central.open("it-messages.xhtml").body()).doesNotContain(message);
        ServerLog log = ServerLog.mark();

        HttpResponse<String> said = central.ajax("it-messages.xhtml", "messages:say", "click",
                Map.of("messages:say", "messages:say", "jakarta.faces.partial.render", "messages"));
        assertThat(said.body()).as("the message in the ajax answer").contains(message).doesNotContain("<redirect");
        assertThat(central.open("it-messages.xhtml").body()).as("the next page, not redirected to")
                .doesNotContain(message);

        HttpResponse<String> leaving = central.ajax("it-messages.xhtml", "messages:sayAndLeave", "click",
                Map.of("messages:sayAndLeave", "messages:sayAndLeave"));
        Optional<String> redirect = PageClient.redirectOf(leaving);
        assertThat(redirect).as("a redirect in:%n%s", leaving.body()).isPresent();
        HttpResponse<String> onward = central.open(redirect.get());
        assertThat(onward.statusCode()).as("a page whose view action sends the user on").isIn(302, 303);
        String shown = central.open(onward.headers().firstValue("Location").orElseThrow()).body();
        assertThat(shown).as("the message on the page shown at last, once").containsOnlyOnce(message);
        assertThat(central.open("it-messages.xhtml").body()).as("the page after it").doesNotContain(message);

        // before web.RedirectedMessages every message was kept in the flash, which warned when its page had been sent
        assertThat(log.awaitQuiet(PATIENCE).gained()).as("the flash's warning that it could not set its cookie")
                .doesNotContain("JSF1095");
    }

    @Test
    void theLoginPageShownInPlaceOfAProtectedPageLeavesNoWarning() throws Exception {
        HttpClient anonymous = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        ServerLog log = ServerLog.mark();
        for (String page : List.of("", "central/overview.xhtml", "district/places.xhtml", "login.xhtml")) {
            HttpResponse<String> shown = anonymous.send(HttpRequest.newBuilder(base.resolve(page)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(shown.body()).as("the login page for /" + page).contains("j_security_check");
        }
        PageClient signedIn = new PageClient(base, Fixtures.CENTRAL, Fixtures.PASSWORD);
        assertThat(signedIn.open("central/overview.xhtml").statusCode()).isEqualTo(200);

        String written = log.awaitQuiet(PATIENCE).gained();
        // before web.LoginPageForward: WELD-000717 for every login page shown so, WELD-000335 on the thread's next request
        assertThat(written).as("Weld's warnings about the conversation context").doesNotContain("WELD-000717")
                .doesNotContain("WELD-000335");
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
