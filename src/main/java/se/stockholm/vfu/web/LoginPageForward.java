package se.stockholm.vfu.web;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.jboss.weld.context.http.HttpConversationContext;
import se.stockholm.vfu.security.PartialRedirect;

import java.io.IOException;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The login page shown in place of a protected page (the FORM sign-in forwards to it).
 * <p>
 * A form post that arrives without a signed-in session (the session timed out or its cookie was lost while the page
 * stood open) is not given the login page in its place. The session the sign-in made for the post is ended here
 * (before the conversation context is put aside: it holds the post for replay after the sign-in, against a view the
 * new session would not have), and the browser is sent to the page's own GET address ({@link ReturnAddress}): asking
 * for it, the container's FORM sign-in keeps that address and shows the login page, so signed in again the user is back
 * on the page (what was typed is lost with the old session, and the login page says so). A mark in the new session
 * tells the login page, shown in place of that page, to say why ({@link #EXPIRED}); a post to anything but a page goes
 * to the login page with {@code ?expired=true}, and then to the start page. Before, an ajax post got the login
 * page rendered into it, and OmniFaces (which turns that into a redirect) invalidated the session the sign-in had just
 * made: Weld's session end then met the conversation context deactivated below and the log got an ERROR with a
 * ContextNotActiveException's stack trace, for a routine event. A failed sign-in (a post of {@code j_security_check})
 * is the login page's own.
 * <p>
 * The login page renders without Weld's conversation context. After that forward the server ends the exchange, and so
 * clears the request's attributes, before the request listeners hear that the request is over (Undertow's
 * {@code ServletBlockingHttpExchange.close}); Weld then could not find the conversation the page's header form had
 * looked at: every such page logged WELD-000717 and left the context active on the worker thread, which that thread's
 * next request reported as WELD-000335 (two warnings for every sign-in). The portal has no conversation-scoped beans
 * and never uses {@code Conversation}; deactivated before the page renders, as Weld does itself at the end of a request
 * that never looked at it, the context leaves nothing behind. (Should the login page ever use the conversation scope,
 * it would meet a ContextNotActiveException here.) The FORM sign-in's pages (the login page, and it with
 * {@code ?failed=true}) are the only forwards to {@code /login.xhtml}.
 */
@WebFilter(urlPatterns = "/login.xhtml", dispatcherTypes = DispatcherType.FORWARD)
public class LoginPageForward extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private static final Logger LOG = Logger.getLogger(LoginPageForward.class.getName());

    /**
     * The request attribute that tells the login page a form was posted after the session expired, set from the mark the
     * post left in the new session (read once: the mark goes with it).
     */
    public static final String EXPIRED = LoginPageForward.class.getName() + ".expired";

    @Inject
    private HttpConversationContext conversations;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if ("POST".equals(request.getMethod()) && !isSignIn(request)) {
            sendBack(request, response);
            return;
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(EXPIRED) != null) {
            session.removeAttribute(EXPIRED);
            request.setAttribute(EXPIRED, Boolean.TRUE);
        }
        if (conversations.isActive()) {
            conversations.deactivate();
        }
        chain.doFilter(request, response);
    }

    private static boolean isSignIn(HttpServletRequest request) {
        Object uri = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        return uri instanceof String path && path.endsWith("/j_security_check");
    }

    private static void sendBack(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(false);
        if (session != null) {
            // the session the sign-in just made holds its copy of this post (the container's own attribute, which the
            // application may not remove): ended here, while Weld's contexts are all still active
            session.invalidate();
        }
        Object posted = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        Optional<String> page = ReturnAddress.of(request.getContextPath(), request.getHeader("Host"),
                posted instanceof String uri ? uri : null, request.getHeader("Referer"));
        LOG.log(Level.FINE, "A form post without a signed-in session: sent to {0}",
                page.isPresent() ? "its page" : "the login page");
        if (page.isPresent()) {
            request.getSession(true).setAttribute(EXPIRED, Boolean.TRUE);
        }
        String target = page.orElse(request.getContextPath() + "/login.xhtml?expired=true");
        // an ajax request cannot follow a redirect: it gets Faces' own partial-response redirect, the URL escaped
        PartialRedirect.send(request, response, target);
    }
}
