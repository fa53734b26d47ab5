package se.stockholm.vfu.user;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import se.stockholm.vfu.api.Problem;
import se.stockholm.vfu.common.AccessDeniedException;
import se.stockholm.vfu.common.Texts;
import se.stockholm.vfu.security.CurrentUser;
import se.stockholm.vfu.security.PartialRedirect;

import java.io.IOException;
import java.util.Locale;
import java.util.Set;

/**
 * Keeps a user whose password an administrator set to changing it: every page sends them to the change-password
 * page, and every API call but the password change answers 403 problem+json saying so. Read from the users table on
 * every request, so a reset takes hold in a session that is already open: with the rest of the user's row
 * ({@link CurrentUser}, which the session check has read by then), not by a query of its own.
 */
@WebFilter(urlPatterns = "/*")
public class PasswordChangeFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String PAGE = "/password.xhtml";
    private static final Set<String> ALLOWED = Set.of(PAGE, "/api/me/password", "/login.xhtml", "/favicon.ico");

    @Inject
    private CurrentUser currentUser;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String user = request.getRemoteUser();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (user == null || ALLOWED.contains(path) || path.startsWith("/jakarta.faces.resource/")
                || path.startsWith("/resources/") || !mustChangePassword()) {
            chain.doFilter(request, response);
            return;
        }
        if (path.startsWith("/api/")) {
            String key = "user.error.passwordChangeRequired";
            Problem.portal(key, Response.Status.FORBIDDEN, Texts.text(Locale.ENGLISH, key) + " PUT /api/me/password.",
                    null).send(response);
            return;
        }
        String target = request.getContextPath() + PAGE;
        if (PartialRedirect.isAjax(request)) {
            // Faces' own partial-response redirect (an ajax request cannot follow a 303)
            PartialRedirect.write(response, target);
            return;
        }
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", target);
    }

    /** A user that is disabled or gone is not held here: the session check and the services refuse them. */
    private boolean mustChangePassword() {
        try {
            return currentUser.passwordChangeRequired();
        } catch (AccessDeniedException disabledOrRemoved) {
            return false;
        }
    }
}
