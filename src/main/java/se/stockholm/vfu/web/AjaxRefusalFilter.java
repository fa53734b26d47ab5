package se.stockholm.vfu.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import se.stockholm.vfu.security.PartialRedirect;

import java.io.IOException;

/**
 * A page's ajax request the server refuses (403) sends the browser to the page, which then shows why. A refused ajax
 * request got the error page's HTML, which PrimeFaces cannot read: the button kept spinning and nothing was said. It
 * happens to a tab left open on a page of one user while another user signed in in another tab (the tabs share the
 * session): the central contact's allocation page, clicked after a district contact signed in. Asked again by GET,
 * the page answers with the refusal page ("Ingen behörighet", and what to do).
 * <p>
 * Runs on the error dispatch of a 403 only; the page and the API answer everything else as before.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = DispatcherType.ERROR)
public class AjaxRefusalFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        Object refusedUri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (!"partial/ajax".equals(request.getHeader("Faces-Request")) || !Integer.valueOf(403).equals(status)
                || !(refusedUri instanceof String uri) || !uri.startsWith(request.getContextPath() + "/")
                || uri.startsWith("//") || uri.contains("\\")) {
            // only a path of this server: "//host/…" would be a redirect to another (found in review)
            chain.doFilter(request, response);
            return;
        }
        // Faces' own partial response: PrimeFaces follows its redirect (a status other than 200 it would not read)
        PartialRedirect.write(response, uri);
    }
}
