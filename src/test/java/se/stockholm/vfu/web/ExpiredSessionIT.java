package se.stockholm.vfu.web;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import se.stockholm.vfu.it.Deployments;
import se.stockholm.vfu.it.Fixtures;
import se.stockholm.vfu.it.PageClient;
import se.stockholm.vfu.it.ServerLog;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A form posted after the session is gone (the cookie deleted, the session timed out while the page stood open): the
 * user lands on the login page, which says the session expired and that what was typed is lost, and the server log has
 * no ERROR for it; signed in again, the user is back on the page (with its term or record, never with what was typed).
 * Before, the ajax post logged an ERROR with a stack trace (Weld's ContextNotActiveException as OmniFaces ended the
 * session the login page had been rendered in) and the login page said nothing; then the user was sent to the start
 * page. "Log out" pressed after the session expired says the user is logged out. Runs inside the test server to read
 * its log.
 */
@ExtendWith(ArquillianExtension.class)
class ExpiredSessionIT {

    private static final Pattern ERROR_LINE = Pattern.compile("(?m)^\\S+ \\S+ (ERROR|SEVERE) ");
    private static final Duration PATIENCE = Duration.ofSeconds(10);
    private static final String PAGE = "university/request.xhtml";
    private static final String EXPIRED_SV = "Din session har gått ut – logga in igen.";
    private static final String LOST_SV = "Det du hade skrivit eller ändrat på sidan sparades inte.";
    private static final String LOGGED_OUT_SV = "Du är utloggad.";
    private static final String FORM = "application/x-www-form-urlencoded";
    private static final String TYPED = "Expired Session";
    /** The header's "Log out" button, with where it posts the form when it names a place of its own (formaction). */
    private static final Pattern LOGOUT_BUTTON = Pattern.compile("<button id=\"header:logout\"(?:[^>]*formaction=\"([^\"]*)\")?");

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

    @Test
    void signedInAgainAfterAnExpiredPostTheUserIsBackOnThePageWithItsTermButNotWhatWasTyped() throws Exception {
        PageClient su = new PageClient(base, Fixtures.SU, Fixtures.PASSWORD);
        String page = PAGE + "?term=" + Fixtures.TERM;
        assertThat(su.open(page).body()).contains("requestForm:save");
        su.forgetSession();

        HttpResponse<String> posted = su.send("POST", su.uri(PAGE), FORM, "requestForm=requestForm&requestForm%3AstudentName="
                + TYPED.replace(' ', '+') + "&requestForm%3Asave=requestForm%3Asave", "Referer", su.uri(page).toString());
        String back = posted.headers().firstValue("Location").orElseThrow(() -> new AssertionError("not sent anywhere: "
                + posted.statusCode()));
        assertThat(back).as("the page's own address, with its term but nothing typed").endsWith("/" + page)
                .doesNotContain("Expired");
        HttpResponse<String> login = follow(su, back);
        assertThat(login.body()).as("the login page in place of the page, saying why").contains("login-form")
                .contains(EXPIRED_SV).contains(LOST_SV);

        HttpResponse<String> signedIn = su.send("POST", su.uri("j_security_check"), FORM,
                "j_username=" + Fixtures.SU + "&j_password=" + Fixtures.PASSWORD);
        String landing = signedIn.headers().firstValue("Location").orElseThrow();
        assertThat(landing).as("signed in again: back on the page").endsWith("/" + page);
        HttpResponse<String> again = follow(su, landing);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).contains("requestForm:save").doesNotContain("login-form").doesNotContain(TYPED);
    }

    /**
     * The request list links a request as {@code ?id=…&term=…}: an ajax save there after the session expired was
     * answered with a partial response whose redirect URL held a bare "&", which is no XML; the browser could not
     * read it and the button kept spinning. The answer is well-formed and sends the browser to the page with both.
     */
    @Test
    void anAjaxPostAfterTheSessionExpiredOnAPageWithTwoParametersIsAnsweredSoTheBrowserCanRead() throws Exception {
        PageClient su = new PageClient(base, Fixtures.SU, Fixtures.PASSWORD);
        assertThat(su.open(PAGE).body()).contains("requestForm:save");
        su.forgetSession();

        HttpResponse<String> saved = su.send("POST", su.uri(PAGE), FORM, "jakarta.faces.partial.ajax=true"
                + "&jakarta.faces.source=requestForm%3Asave&requestForm=requestForm&requestForm%3AstudentName=x",
                "Faces-Request", "partial/ajax", "Referer", base.resolve(PAGE + "?id=789&term=" + Fixtures.TERM).toString());
        Document answer = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new InputSource(new StringReader(saved.body())));
        String url = answer.getElementsByTagName("redirect").item(0).getAttributes().getNamedItem("url").getNodeValue();
        assertThat(url).as("the redirect, read as XML").endsWith("/" + PAGE + "?id=789&term=" + Fixtures.TERM);
    }

    @Test
    void anAjaxPostAfterTheSessionExpiredSendsTheBrowserToItsPageTakingNothingFromAnotherSite() throws Exception {
        PageClient su = new PageClient(base, Fixtures.SU, Fixtures.PASSWORD);
        assertThat(su.open(PAGE).body()).contains("requestForm:save");
        su.forgetSession();

        HttpResponse<String> saved = su.send("POST", su.uri(PAGE), FORM, "jakarta.faces.partial.ajax=true"
                + "&jakarta.faces.source=requestForm%3Asave&requestForm=requestForm&requestForm%3AstudentName=x",
                "Faces-Request", "partial/ajax", "Referer", "https://evil.example/" + PAGE + "?term=" + Fixtures.TERM);
        String sentTo = PageClient.redirectOf(saved).orElseThrow(() -> new AssertionError("not sent anywhere: " + saved.body()));
        assertThat(sentTo).as("the page's own address, nothing of another site's").endsWith("/" + PAGE)
                .doesNotContain("evil").doesNotContain("term");
    }

    @Test
    void logOutPressedAfterTheSessionExpiredSaysTheUserIsLoggedOut() throws Exception {
        PageClient su = new PageClient(base, Fixtures.SU, Fixtures.PASSWORD);
        Matcher button = LOGOUT_BUTTON.matcher(su.open(PAGE).body());
        assertThat(button.find()).as("the header's Log out button").isTrue();
        String action = button.group(1) == null ? "/" + PAGE : button.group(1); // where the press posts the header form
        su.forgetSession();

        HttpResponse<String> pressed = su.send("POST", base.resolve(action), FORM, "header=header&header%3Alogout=");
        String location = pressed.headers().firstValue("Location").orElseThrow(() -> new AssertionError(
                "not sent anywhere: " + pressed.statusCode()));
        HttpResponse<String> login = follow(su, location);
        assertThat(login.body()).contains("login-form").contains(LOGGED_OUT_SV).doesNotContain(EXPIRED_SV);
        assertThat(su.open("university/requests.xhtml").body()).as("still signed out").contains("login-form");
    }

    /**
     * "Log out" posts to its own address, outside Faces' view-state check: a post from another origin of the same site
     * (a sibling host, which the SameSite=Lax cookie still goes along with) must not sign the user out; the portal's
     * own origin does.
     */
    @Test
    void logOutFromAnotherOriginIsRefusedAndFromThePortalsOwnWorks() throws Exception {
        PageClient su = new PageClient(base, Fixtures.SU, Fixtures.PASSWORD);
        assertThat(su.open(PAGE).statusCode()).isEqualTo(200);
        URI logout = base.resolve("logout");

        HttpResponse<String> foreign = su.send("POST", logout, FORM, "header=header&header%3Alogout=",
                "Origin", "https://elsewhere.stockholm.se");
        assertThat(foreign.statusCode()).as("a sibling site's post").isEqualTo(403);
        assertThat(su.open(PAGE).statusCode()).as("still signed in").isEqualTo(200);

        String own = base.getScheme() + "://" + base.getAuthority();
        HttpResponse<String> pressed = su.send("POST", logout, FORM, "header=header&header%3Alogout=", "Origin", own);
        assertThat(pressed.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login.xhtml?loggedOut=true"));
        assertThat(su.open("university/requests.xhtml").body()).as("signed out").contains("login-form");
    }

    /** Opens where a redirect sends the browser (a path of this application), in the same client. */
    private HttpResponse<String> follow(PageClient client, String location) throws Exception {
        return client.open(base.relativize(base.resolve(location)).toString());
    }
}
