package se.stockholm.vfu.web;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jboss.weld.context.http.HttpConversationContext;

import java.io.IOException;

/**
 * The login page shown in place of a protected page (the FORM sign-in forwards to it) renders without Weld's
 * conversation context. After that forward the server ends the exchange, and so clears the request's attributes,
 * before the request listeners hear that the request is over (Undertow's {@code ServletBlockingHttpExchange.close});
 * Weld then could not find the conversation the page's header form had looked at: every such page logged WELD-000717
 * and left the context active on the worker thread, which that thread's next request reported as WELD-000335 (two
 * warnings for every sign-in). The portal has no conversation-scoped beans and never uses {@code Conversation};
 * deactivated before the page renders, as Weld does itself at the end of a request that never looked at it, the
 * context leaves nothing behind. (Should the login page ever use the conversation scope, it would meet a
 * ContextNotActiveException here.) The FORM sign-in's pages (the login page, and it with {@code ?failed=true}) are the
 * only forwards to {@code /login.xhtml}.
 */
@WebFilter(urlPatterns = "/login.xhtml", dispatcherTypes = DispatcherType.FORWARD)
public class LoginPageForward extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    private HttpConversationContext conversations;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (conversations.isActive()) {
            conversations.deactivate();
        }
        chain.doFilter(request, response);
    }
}
