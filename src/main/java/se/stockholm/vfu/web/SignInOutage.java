package se.stockholm.vfu.web;

import io.undertow.security.api.SecurityContext;
import io.undertow.server.HttpServerExchange;
import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import jakarta.servlet.ServletContext;
import se.stockholm.vfu.api.Problem;

import java.util.logging.Logger;

/**
 * An API call whose credentials cannot be checked because the database is out of reach is answered 503
 * "temporarily unavailable" (problem+json, {@code Retry-After}), like every other call during an outage, instead of
 * the empty 500 the server gives. HTTP Basic is checked by the server's security (Elytron's jdbc-realm over
 * {@code app_user}) before any filter of the portal runs: when the realm cannot read its table, Elytron sets 500 and
 * the request ends there, so {@link DatabaseOutageFilter} never sees it. A 401 would be wrong too: the credentials
 * were not refused, and the client would think its password wrong.
 * <p>
 * Registered as an Undertow servlet extension (META-INF/services), it puts a listener on every request, outside the
 * server's security handler, that is asked only when a request ends without an answer: an unauthenticated request
 * of {@code /api/*} ending with 500 and nothing written is one whose sign-in failed in the realm. Pages keep the
 * server's answer. (API tokens are looked up by the portal itself, so an outage meets them in the filter.)
 */
public class SignInOutage implements ServletExtension {

    private static final Logger LOG = Logger.getLogger(SignInOutage.class.getName());

    @Override
    public void handleDeployment(DeploymentInfo deployment, ServletContext servletContext) {
        String api = servletContext.getContextPath() + "/api/";
        deployment.addOuterHandlerChainWrapper(next -> exchange -> {
            exchange.addDefaultResponseListener(ended -> answer(ended, api));
            next.handleRequest(exchange);
        });
    }

    private static boolean answer(HttpServerExchange exchange, String api) {
        SecurityContext security = exchange.getSecurityContext();
        if (exchange.isResponseStarted() || exchange.getStatusCode() != 500 || security == null
                || security.isAuthenticated() || !exchange.getRequestURI().startsWith(api)) {
            return false;
        }
        // the path only: no query string, no user (personal data never goes to the log)
        LOG.warning(() -> "The sign-in could not be checked (the database is unavailable?); answered 503 to "
                + exchange.getRequestMethod() + " " + exchange.getRequestPath());
        exchange.setStatusCode(503);
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, Problem.MEDIA_TYPE);
        exchange.getResponseHeaders().put(new HttpString("Retry-After"), DatabaseOutageFilter.RETRY_AFTER);
        exchange.getResponseSender().send(Problem.unavailable().json());
        return true;
    }
}
