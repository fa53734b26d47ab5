package se.stockholm.vfu.web;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.stockholm.vfu.it.Deployments;
import se.stockholm.vfu.it.Fixtures;
import se.stockholm.vfu.it.PageClient;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The language a user chose outlives the session: after the session expired (or the user logged out) the login page
 * and the next session are in that language, not in Swedish again. The choice is kept in a cookie that holds the
 * language alone, unreadable by scripts and not sent along cross-site sub-requests.
 */
@ExtendWith(ArquillianExtension.class)
class LanguageCookieIT {

    private static final String PAGE = "university/requests.xhtml";
    private static final String FORM = "application/x-www-form-urlencoded";
    /** Where the login page's header form (its language switch) posts: a browser posts there, not to the page asked for. */
    private static final Pattern HEADER_ACTION = Pattern.compile("<form id=\"header\"[^>]*action=\"([^\"]+)\"");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    @Test
    void aNewSessionAfterTheOldOneExpiredIsInTheLanguageChosenBefore() throws Exception {
        PageClient su = new PageClient(base.toURI(), Fixtures.SU, Fixtures.PASSWORD);
        assertThat(su.open(PAGE).body()).contains("lang=\"sv\"").contains("header:lang-en");

        HttpResponse<byte[]> switched = su.press(PAGE, "header:lang-en", Map.of());
        String cookie = switched.headers().allValues("Set-Cookie").stream()
                .filter(header -> header.startsWith(Language.COOKIE + "=")).findFirst()
                .orElseThrow(() -> new AssertionError("no language cookie in " + switched.headers().map()));
        assertThat(cookie.toLowerCase(Locale.ROOT)).as("the language alone, kept from scripts and cross-site requests")
                .startsWith(Language.COOKIE + "=en;").contains("httponly").contains("samesite=lax").contains("max-age=")
                .doesNotContain("secure"); // over plain HTTP, as the test server is reached
        assertThat(su.open(PAGE).body()).contains("lang=\"en\"").contains("Log out");

        su.forgetSession();
        HttpResponse<String> login = su.open(PAGE);
        assertThat(login.body()).as("the login page of a new session").contains("login-form").contains("lang=\"en\"")
                .contains("Log in");
        HttpResponse<String> signedIn = su.send("POST", su.uri("j_security_check"), FORM,
                "j_username=" + Fixtures.SU + "&j_password=" + Fixtures.PASSWORD);
        assertThat(signedIn.statusCode()).isIn(302, 303);
        assertThat(su.open(PAGE).body()).as("signed in again").contains("lang=\"en\"").contains("Log out")
                .doesNotContain("Logga ut");
    }

    /**
     * English chosen on the login page itself, shown after the session expired, is the signed-in session's language and
     * kept for the next one: the login page's switch posts its own form (to the login page, not the page asked for)
     * and answers with the cookie, as the portal's header does.
     */
    @Test
    void englishChosenOnTheLoginPageAfterTheSessionExpiredIsKept() throws Exception {
        PageClient su = new PageClient(base.toURI(), Fixtures.SU, Fixtures.PASSWORD);
        assertThat(su.open(PAGE).body()).contains("lang=\"sv\"").contains("Logga ut");

        su.forgetSession();
        HttpResponse<String> login = su.open(PAGE);
        assertThat(login.body()).as("the login page, in Swedish").contains("login-form").contains("lang=\"sv\"")
                .contains("header:lang-en");
        Matcher action = HEADER_ACTION.matcher(login.body());
        assertThat(action.find()).as("the login page's language form").isTrue();
        String posted = base.toURI().relativize(base.toURI().resolve(action.group(1).replace("&amp;", "&"))).toString();
        HttpResponse<byte[]> switched = su.press(posted, "header:lang-en", Map.of());
        assertThat(switched.statusCode()).as("the switch answers by reloading the page").isIn(302, 303);
        assertThat(switched.headers().allValues("Set-Cookie")).as("the choice kept in the browser")
                .anySatisfy(header -> assertThat(header).startsWith(Language.COOKIE + "=en;"));
        String reloaded = switched.headers().firstValue("Location").orElseThrow();
        assertThat(su.send("GET", base.toURI().resolve(reloaded), null, null).body()).as("the login page again")
                .contains("login-form").contains("lang=\"en\"").contains("Log in");

        HttpResponse<String> signedIn = su.send("POST", su.uri("j_security_check"), FORM,
                "j_username=" + Fixtures.SU + "&j_password=" + Fixtures.PASSWORD);
        assertThat(signedIn.statusCode()).isIn(302, 303);
        assertThat(su.open(PAGE).body()).as("signed in").contains("lang=\"en\"").contains("Log out")
                .doesNotContain("Logga ut");

        su.forgetSession();
        assertThat(su.open(PAGE).body()).as("the next session's login page").contains("login-form")
                .contains("lang=\"en\"");
    }

    @Test
    void switchingBackToSwedishIsKeptToo() throws Exception {
        PageClient su = new PageClient(base.toURI(), Fixtures.SU, Fixtures.PASSWORD);
        su.open(PAGE);
        su.press(PAGE, "header:lang-en", Map.of());
        su.open(PAGE);
        su.press(PAGE, "header:lang-sv", Map.of());

        su.forgetSession();
        assertThat(su.open(PAGE).body()).contains("login-form").contains("lang=\"sv\"").contains("Logga in");
    }

    @Test
    void aBrowserThatNeverChoseStartsInSwedish() throws Exception {
        PageClient su = new PageClient(base.toURI(), Fixtures.SU, Fixtures.PASSWORD);
        assertThat(su.open(PAGE).body()).contains("lang=\"sv\"").contains("Logga ut");
    }
}
