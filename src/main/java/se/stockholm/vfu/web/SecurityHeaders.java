package se.stockholm.vfu.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * The security headers of every answer the portal's servlets give: pages, the API, static resources and error
 * pages (mapped in web.xml for requests, forwards and error dispatches, first after {@link PageFailureFilter}). Faces
 * pages get their Content-Security-Policy from PrimeFaces, with a fresh nonce for each page's scripts
 * ({@code primefaces.CSP_POLICY} in web.xml); everything else gets a policy that allows nothing to run and nothing to
 * frame it. What the container answers by itself, before any servlet (a refused TRACE, a failed HTTP Basic login),
 * gets the first two headers from Undertow ({@code wildfly-config/50-undertow.cli}).
 */
public class SecurityHeaders extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String NON_PAGE_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000");
        }
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        if (!path.endsWith(".xhtml") || isStaticResource(path)) {
            response.setHeader("Content-Security-Policy", NON_PAGE_POLICY);
        }
        if (!isStaticResource(path)) {
            // everything behind the login carries personal data; the login page is no worse for not being kept
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, response);
    }

    /** The style sheets, scripts and images every page loads: public, the same for everyone, cacheable. */
    private static boolean isStaticResource(String path) {
        return path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/")
                || path.equals("/favicon.ico");
    }
}
