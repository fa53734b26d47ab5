package se.stockholm.vfu.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * HSTS is sent only over HTTPS (the integration tests' server speaks plain HTTP, so the HTTPS side is shown here,
 * with the filter given a request that says it is secure).
 */
class SecurityHeadersTest {

    @Test
    void hstsOverHttpsOnly() throws Exception {
        assertThat(headers(true, "/central/overview.xhtml")).containsEntry("Strict-Transport-Security", "max-age=31536000");
        assertThat(headers(false, "/central/overview.xhtml")).doesNotContainKey("Strict-Transport-Security");
    }

    @Test
    void pagesLeaveThePolicyToPrimeFacesAndEverythingElseGetsTheStrictOne() throws Exception {
        assertThat(headers(false, "/central/overview.xhtml")).doesNotContainKey("Content-Security-Policy")
                .containsEntry("Cache-Control", "no-store");
        assertThat(headers(false, "/api/terms")).containsEntry("Content-Security-Policy", SecurityHeaders.NON_PAGE_POLICY)
                .containsEntry("Cache-Control", "no-store");
        assertThat(headers(false, "/jakarta.faces.resource/theme.css.xhtml"))
                .containsEntry("Content-Security-Policy", SecurityHeaders.NON_PAGE_POLICY)
                .doesNotContainKey("Cache-Control");
    }

    private static Map<String, String> headers(boolean secure, String path) throws Exception {
        Map<String, String> set = new HashMap<>();
        HttpServletRequest request = (HttpServletRequest) Proxy.newProxyInstance(SecurityHeadersTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "isSecure" -> secure;
                    case "getServletPath" -> path;
                    default -> null;
                });
        HttpServletResponse response = (HttpServletResponse) Proxy.newProxyInstance(SecurityHeadersTest.class.getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> {
                    if (method.getName().equals("setHeader")) {
                        set.put((String) args[0], (String) args[1]);
                    }
                    return null;
                });
        FilterChain chain = (req, res) -> { };
        new SecurityHeaders().doFilter(request, response, chain);
        return set;
    }
}
