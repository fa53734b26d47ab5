package se.stockholm.vfu.web;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.stockholm.vfu.it.Deployments;
import se.stockholm.vfu.it.Fixtures;
import se.stockholm.vfu.it.PageClient;
import se.stockholm.vfu.it.ServerLog;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A form posted after the session is gone (the cookie deleted, the session timed out while the page stood open): the
 * user lands on the login page, which says the session expired, and the server log has no ERROR for it. Before, the
 * ajax post logged an ERROR with a stack trace (Weld's ContextNotActiveException as OmniFaces ended the session the
 * login page had been rendered in) and the login page said nothing. Runs inside the test server to read its log.
 */
@ExtendWith(ArquillianExtension.class)
class ExpiredSessionIT {

    private static final Pattern ERROR_LINE = Pattern.compile("(?m)^\\S+ \\S+ (ERROR|SEVERE) ");
    private static final Duration PATIENCE = Duration.ofSeconds(10);
    private static final String PAGE = "university/request.xhtml";
    private static final String EXPIRED_SV = "Din session har gått ut – logga in igen.";

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Inject
    ServletContext servletContext;

    URI base;

    @BeforeEach
    void client() {
        base = Deployments.baseFromInside(servletContext);
    }

    @Test
    void anAjaxSaveWithoutASessionGoesToTheLoginPageThatSaysSoAndLogsNoError() throws Exception {
        PageClient su = new PageClient(base, Fixtures.SU, Fixtures.PASSWORD);
        assertThat(su.open(PAGE).body()).contains("requestForm:save");
        su.forgetSession();
        ServerLog log = ServerLog.mark();

        HttpResponse<String> saved = su.ajax(PAGE, "requestForm:save", "click", Map.of("requestForm:save",
                "requestForm:save", "requestForm:studentName", "Expired Session", "jakarta.faces.partial.execute",
                "@form", "jakarta.faces.partial.render", "requestForm"));
        assertThat(PageClient.redirectOf(saved)).as("the page is sent somewhere: " + saved.body()).isPresent();
        HttpResponse<String> landed = follow(su, PageClient.redirectOf(saved).orElseThrow());
        assertThat(landed.body()).as("the login page, saying why").contains("login-form").contains(EXPIRED_SV);
        HttpResponse<String> signedIn = su.send("POST", su.uri("j_security_check"), "application/x-www-form-urlencoded",
                "j_username=" + Fixtures.SU + "&j_password=" + Fixtures.PASSWORD);
        HttpResponse<String> start = follow(su, signedIn.headers().firstValue("Location").orElseThrow());
        for (int hops = 0; hops < 3 && start.statusCode() / 100 == 3; hops++) {
            start = follow(su, start.headers().firstValue("Location").orElseThrow()); // the start page of the role
        }
        assertThat(start.statusCode()).as("signed in again: a page, not a replay of the old post").isEqualTo(200);
        assertThat(start.body()).doesNotContain("partial-response").doesNotContain("login-form");

        String written = log.awaitQuiet(PATIENCE).gained();
        assertThat(ERROR_LINE.matcher(written).find()).as("an ERROR line in:%n%s", written).isFalse();
        assertThat(written).as("a stack trace").doesNotContain("ContextNotActiveException")
                .doesNotContain("\tat ");
    }

    @Test
    void aFormPostWithoutASessionShowsTheLoginPageThatSaysSoAndLogsNoError() throws Exception {
        PageClient su = new PageClient(base, Fixtures.SU, Fixtures.PASSWORD);
        assertThat(su.open(PAGE).body()).contains("requestForm:save");
        su.forgetSession();
        ServerLog log = ServerLog.mark();

        HttpResponse<byte[]> posted = su.press(PAGE, "requestForm:save",
                Map.of("requestForm:studentName", "Expired Session"));
        String body = new String(posted.body(), java.nio.charset.StandardCharsets.UTF_8);
        if (posted.statusCode() == 302 || posted.statusCode() == 303) {
            body = follow(su, posted.headers().firstValue("Location").orElseThrow()).body();
        }
        assertThat(body).as("the login page, saying why").contains("login-form").contains(EXPIRED_SV);

        String written = log.awaitQuiet(PATIENCE).gained();
        assertThat(ERROR_LINE.matcher(written).find()).as("an ERROR line in:%n%s", written).isFalse();
    }

    @Test
    void theLoginPageOpenedOnItsOwnSaysNothingOfAnExpiredSession() throws Exception {
        PageClient nobody = new PageClient(base, Fixtures.SU, Fixtures.PASSWORD);
        nobody.forgetSession();
        HttpResponse<String> login = nobody.open("university/requests.xhtml");
        assertThat(login.body()).contains("login-form").doesNotContain(EXPIRED_SV);
    }

    /** Opens where a redirect sends the browser (a path of this application), in the same client. */
    private HttpResponse<String> follow(PageClient client, String location) throws Exception {
        return client.open(base.relativize(base.resolve(location)).toString());
    }
}
