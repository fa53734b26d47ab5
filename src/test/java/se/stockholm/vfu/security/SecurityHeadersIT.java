package se.stockholm.vfu.security;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.stockholm.vfu.it.Deployments;
import se.stockholm.vfu.it.Fixtures;
import se.stockholm.vfu.it.Http;
import se.stockholm.vfu.it.PageClient;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every answer carries the security headers: a Content-Security-Policy that allows no inline script (pages: only
 * scripts with the page's nonce) and no framing by another site, nosniff, a referrer policy, no caching of anything
 * behind the login, and HSTS only over HTTPS. Checked on the login page, a page, an API answer, the API's 401, error
 * pages and a static resource.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecurityHeadersIT {

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
    void theLoginPage() throws Exception {
        HttpResponse<String> login = http.get("login.xhtml", null, null);

        assertThat(login.statusCode()).isEqualTo(200);
        assertPageHeaders(login);
    }

    @Test
    void aPageBehindTheLogin() throws Exception {
        PageClient central = new PageClient(base.toURI(), Fixtures.CENTRAL, Fixtures.PASSWORD);
        HttpResponse<String> page = central.open("central/overview.xhtml");

        assertThat(page.statusCode()).isEqualTo(200);
        assertPageHeaders(page);
        // PrimeFaces' scripts on the page carry the nonce the policy names
        Matcher nonce = Pattern.compile("'nonce-([^']+)'").matcher(csp(page));
        assertThat(nonce.find()).isTrue();
        assertThat(page.body()).contains("nonce=\"" + nonce.group(1) + "\"");
    }

    @Test
    void errorPages() throws Exception {
        PageClient district = new PageClient(base.toURI(), Fixtures.SODERMALM, Fixtures.PASSWORD);

        HttpResponse<String> refused = district.open("central/overview.xhtml");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertPageHeaders(refused);
        HttpResponse<String> missing = district.open("no-such-page.xhtml");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertPageHeaders(missing);
    }

    @Test
    void apiAnswers() throws Exception {
        HttpResponse<String> terms = http.get("api/terms", Fixtures.CENTRAL, Fixtures.PASSWORD);
        assertThat(terms.statusCode()).isEqualTo(200);
        assertStrictHeaders(terms);
        assertThat(terms.headers().firstValue("Cache-Control")).hasValue("no-store");

        HttpResponse<String> anonymous = http.get("api/terms", null, null);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertStrictHeaders(anonymous);
        HttpResponse<String> wrongPassword = http.get("api/terms", Fixtures.CENTRAL, "wrong-password");
        assertThat(wrongPassword.statusCode()).isEqualTo(401);
        assertThat(wrongPassword.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    @Test
    void staticResourcesAreCacheableButHardenedToo() throws Exception {
        HttpResponse<String> css = http.get("resources/css/portal.css", null, null);

        assertThat(css.statusCode()).isEqualTo(200);
        assertStrictHeaders(css);
        assertThat(css.headers().firstValue("Cache-Control")).isNotEqualTo(java.util.Optional.of("no-store"));
    }

    /** Every page's request for /favicon.ico answered 404 (a console error for every role). */
    @Test
    void theIconAnswersWithoutSignInAndEveryPageLinksIt() throws Exception {
        HttpResponse<String> icon = http.get("favicon.ico", null, null);

        assertThat(icon.statusCode()).isEqualTo(200);
        assertThat(icon.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("image/"));
        assertStrictHeaders(icon);
        assertThat(icon.headers().firstValue("Cache-Control")).isNotEqualTo(java.util.Optional.of("no-store"));
        HttpResponse<String> login = http.get("login.xhtml", null, null);
        assertThat(login.body()).contains("rel=\"icon\"");
        Matcher svg = Pattern.compile("<link rel=\"icon\" href=\"[^\"]*/(resources/[^\"]+\\.svg)\"").matcher(login.body());
        assertThat(svg.find()).as("the SVG icon linked from the login page").isTrue();
        HttpResponse<String> vector = http.get(svg.group(1), null, null);
        assertThat(vector.statusCode()).isEqualTo(200);
        assertThat(vector.body()).startsWith("<svg");
        PageClient central = new PageClient(base.toURI(), Fixtures.CENTRAL, Fixtures.PASSWORD);
        assertThat(central.open("central/overview.xhtml").body()).contains("/favicon.ico\"");
    }

    @Test
    void hstsOnlyOverHttps() throws Exception {
        assertThat(http.get("login.xhtml", null, null).headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    private static void assertPageHeaders(HttpResponse<String> page) {
        assertCommonHeaders(page);
        String policy = csp(page);
        assertThat(policy).contains("frame-ancestors 'none'").contains("script-src 'self' 'nonce-")
                .doesNotContain("unsafe-inline' 'nonce").doesNotContain("unsafe-eval");
        assertThat(scriptSource(policy)).doesNotContain("unsafe-inline");
        assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-store");
    }

    private static void assertStrictHeaders(HttpResponse<String> answer) {
        assertCommonHeaders(answer);
        assertThat(csp(answer)).isEqualTo("default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'");
    }

    private static void assertCommonHeaders(HttpResponse<String> answer) {
        assertThat(answer.headers().allValues("X-Content-Type-Options")).containsExactly("nosniff");
        assertThat(answer.headers().allValues("Referrer-Policy")).containsExactly("same-origin");
        assertThat(answer.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    private static String csp(HttpResponse<String> answer) {
        List<String> policies = answer.headers().allValues("Content-Security-Policy");
        assertThat(policies).as("one Content-Security-Policy header").hasSize(1);
        return policies.get(0);
    }

    private static String scriptSource(String policy) {
        for (String directive : policy.split(";")) {
            if (directive.trim().startsWith("script-src")) {
                return directive.trim();
            }
        }
        return "";
    }
}
