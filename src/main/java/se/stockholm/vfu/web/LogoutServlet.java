package se.stockholm.vfu.web;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import se.stockholm.vfu.config.PortalSettings;
import se.stockholm.vfu.security.OwnOrigin;

import java.io.IOException;

/**
 * "Log out" in the header: ends the user's session completely (the identity and every session-scoped bean go with it)
 * and shows the login page saying the user is logged out. The header's button posts its form here ({@link #PATH}),
 * a path every request may reach (web.xml), not to the page's own Faces action: a press after the session had expired
 * then met the FORM sign-in, which keeps the post's body for itself, and the user was told the session had expired,
 * not that they were logged out (which they are). Only a post: a link elsewhere cannot sign anyone out, and the session
 * cookie (SameSite=Lax) is not sent along another site's post; a post from another origin of the same site (a sibling
 * host, which Lax lets through) is refused by its {@code Origin} header, as the API's posts are.
 */
@WebServlet(urlPatterns = LogoutServlet.PATH)
public class LogoutServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** Where the header's "Log out" posts (below the application). */
    public static final String PATH = "/logout";

    @Inject
    private PortalSettings settings;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        String origin = request.getHeader("Origin");
        if (origin != null && !OwnOrigin.is(origin, request, settings.portalUrl())) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        response.sendRedirect(request.getContextPath() + "/login.xhtml?loggedOut=true");
    }
}
