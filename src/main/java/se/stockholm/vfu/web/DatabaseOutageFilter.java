package se.stockholm.vfu.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import se.stockholm.vfu.api.Problem;
import se.stockholm.vfu.common.DatabaseOutage;
import se.stockholm.vfu.security.PartialRedirect;
import se.stockholm.vfu.security.SessionGuard;

import java.io.IOException;
import java.util.logging.Logger;

/**
 * While the database cannot be reached, a request that needed it is answered "temporarily unavailable" (503 with
 * {@code Retry-After}) instead of the generic error page: a page gets the friendly page
 * {@code /WEB-INF/errors/unavailable.xhtml} (web.xml's error page for 503), the API an RFC 9457 problem, an ajax
 * request of a page a redirect to the page itself (which then shows the friendly page, or the page again once the
 * database is back). The session is kept: {@code security.SessionGuard}'s reading of the user fails the same way and
 * ends up here, so the user is not signed out by an outage. Nothing half done is left: the failed request's
 * transaction was rolled back. Mapped in web.xml right after the security headers, before everything that reads the
 * database.
 */
public class DatabaseOutageFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private static final Logger LOG = Logger.getLogger(DatabaseOutageFilter.class.getName());

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException failure) {
            if (response.isCommitted() || !DatabaseOutage.isCause(failure)) {
                throw failure;
            }
            // the path only: no query string, no user (personal data never goes to the log)
            LOG.warning(() -> "The database is unavailable; answered 503 to " + request.getMethod() + " "
                    + request.getServletPath() + " (" + failure.getClass().getSimpleName() + ")");
            unavailable(request, response);
        }
    }

    private static void unavailable(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.resetBuffer();
        response.setHeader("Retry-After", Problem.RETRY_AFTER_SECONDS);
        if (SessionGuard.isApi(request)) {
            Problem.unavailable().send(response);
        } else if (PartialRedirect.isAjax(request)) {
            // an ajax request cannot show a page: Faces' own partial response sends the browser to the page, by GET
            PartialRedirect.write(response, request.getRequestURI());
        } else {
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        }
    }
}
