package se.stockholm.vfu.web;

import io.undertow.server.HandlerWrapper;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.undertow.util.Methods;
import io.undertow.util.StatusCodes;
import se.stockholm.vfu.common.DatabaseProbe;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import java.util.logging.Logger;

/**
 * Signing in through the form while the database cannot be reached. The server's form mechanism checks the password
 * in the users table before any filter of the portal runs, and when it cannot read the table it ends the request with
 * an empty page. This handler runs before it (an outer handler, named in {@code jboss-web.xml}): for the form's post
 * ({@code j_security_check}) it asks the database whether it answers, one connection check, and when it does not,
 * sends the browser back to the sign-in page, which then says that the portal is temporarily unavailable and that the
 * user may try again in a moment ({@code login.xhtml?unavailable=true}; the page reads nothing from the database).
 * Nothing of the attempt is kept or logged; when the database answers, the post goes on to the form mechanism
 * untouched.
 */
public class SignInDuringOutage implements HandlerWrapper {

    private static final Logger LOG = Logger.getLogger(SignInDuringOutage.class.getName());
    private static final String DATA_SOURCE = "java:jboss/datasources/VfuDS";
    private static final String FORM_POST = "/j_security_check";
    static final String UNAVAILABLE_PAGE = "/login.xhtml?unavailable=true";

    @Override
    public HttpHandler wrap(HttpHandler next) {
        return new HttpHandler() {
            @Override
            public void handleRequest(HttpServerExchange exchange) throws Exception {
                if (!Methods.POST.equals(exchange.getRequestMethod()) || !exchange.getRelativePath().endsWith(FORM_POST)) {
                    next.handleRequest(exchange);
                    return;
                }
                if (exchange.isInIoThread()) {
                    // the check blocks on the network: not on an I/O thread
                    exchange.dispatch(this);
                    return;
                }
                if (databaseAnswers()) {
                    next.handleRequest(exchange);
                    return;
                }
                exchange.setStatusCode(StatusCodes.SEE_OTHER);
                exchange.getResponseHeaders().put(Headers.LOCATION, exchange.getResolvedPath() + UNAVAILABLE_PAGE);
                exchange.endExchange();
            }
        };
    }

    private static boolean databaseAnswers() {
        try {
            return DatabaseProbe.answers((DataSource) new InitialContext().lookup(DATA_SOURCE));
        } catch (NamingException | RuntimeException notFound) {
            LOG.fine(() -> "Sign-in while the datasource cannot be had: " + notFound.getClass().getName());
            return false;
        }
    }
}
