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
