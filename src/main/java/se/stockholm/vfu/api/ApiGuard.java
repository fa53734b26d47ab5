package se.stockholm.vfu.api;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import se.stockholm.vfu.common.DatabaseProbe;
import se.stockholm.vfu.config.PortalSettings;
import se.stockholm.vfu.security.OwnOrigin;

import java.io.IOException;
import java.util.Set;

/**
 * The API's door, in front of JAX-RS. web.xml leaves /api/* to this filter rather than to the container's FORM
 * login, which would answer an API call without credentials with the login page and 200; here it is a 401 problem.
 * HTTP Basic credentials are still checked by the container (proactively, on every URL), and so is a session; a
 * personal API token by {@link se.stockholm.vfu.apitoken.ApiTokenFilter}, before this filter.
 * <p>
 * Calls made with the portal's session cookie could be forged by another site the user visits (a bodiless POST
 * needs no CORS preflight). So an unsafe method that carries no {@code Authorization} header must carry
 * {@code X-Requested-With} or {@code X-VFU-CSRF}, headers another site cannot add without a preflight the portal
 * never allows, or an {@code Origin} that is the portal's own; a foreign {@code Origin} is always refused.
 */
public class ApiGuard extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    private static final Set<String> PUBLIC_PATHS = Set.of("/health");

    @Inject
    private PortalSettings settings;

    @Inject
    private DatabaseProbe database;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getPathInfo() == null ? "/" : request.getPathInfo();
        if (PUBLIC_PATHS.contains(path)) {
            chain.doFilter(request, response);
        } else if (request.getUserPrincipal() == null && request.getHeader("Authorization") != null
                && !database.answers()) {
            // HTTP Basic is checked in the server's realm, which lets the call on unsigned when it cannot read the
            // users: the credentials were not refused, they could not be checked (a 401 would say the password is wrong)
            response.setHeader("Retry-After", "10");
            Problem.unavailable().send(response);
        } else if (request.getUserPrincipal() == null) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"VFU-portalen\", charset=\"UTF-8\"");
            Problem.of(401, "Unauthorized", "Sign in: an API token (Authorization: Bearer), HTTP Basic "
                    + "credentials or the portal's session.", null)
                    .send(response);
        } else if (!SAFE_METHODS.contains(request.getMethod()) && request.getHeader("Authorization") == null
                && !sentByThePortalsOwnPages(request)) {
            Problem.of(403, "Forbidden", "A call with the session cookie needs the header X-Requested-With or "
                    + "X-VFU-CSRF, or the portal's own Origin.", null).send(response);
        } else {
            chain.doFilter(request, response);
        }
    }

    private boolean sentByThePortalsOwnPages(HttpServletRequest request) {
        String origin = request.getHeader("Origin");
        if (origin != null) {
            return OwnOrigin.is(origin, request, settings.portalUrl());
        }
        return present(request.getHeader("X-Requested-With")) || present(request.getHeader("X-VFU-CSRF"));
    }

    private static boolean present(String header) {
        return header != null && !header.isBlank();
    }
}
