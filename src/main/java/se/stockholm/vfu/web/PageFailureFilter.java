package se.stockholm.vfu.web;

import io.undertow.servlet.ExceptionLog;
import jakarta.faces.application.ViewExpiredException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.jboss.logging.Logger;
import org.omnifaces.exceptionhandler.FullAjaxExceptionHandler;
import org.omnifaces.filter.FacesExceptionFilter;
import se.stockholm.vfu.api.Problem;
import se.stockholm.vfu.api.UnexpectedFailureMapper;
import se.stockholm.vfu.common.UnexpectedFailure;
import se.stockholm.vfu.security.SessionGuard;

import java.io.IOException;
import java.util.logging.Level;

/**
 * A request that failed with an exception no one caught before the container: OmniFaces' filter finds the root cause
 * and the error page for it and gives the failure a reference, which the error page shows; this subclass logs it once,
 * by that reference and without the client's IP address, which OmniFaces puts in its own line (personal data). A page
 * request then gets the container's error page, as before, and the failure goes on wrapped in {@link AlreadyLogged},
 * which Undertow logs at DEBUG only (it logged the same failure again with its stack trace, UT005023). The JSON API
 * answers its own failures (its exception mappers, {@code api.UnexpectedFailureMapper} last of all); one in the servlet
 * filters before it is answered here, as a problem too. Ajax requests are {@link AjaxFailureHandler}'s.
 * <p>
 * Registered in web.xml, first of all filters: OmniFaces registers its own filter only beside its own exception
 * handler factory, which faces-config.xml replaces ({@link AjaxFailureHandlerFactory}).
 */
public class PageFailureFilter extends FacesExceptionFilter {

    private static final java.util.logging.Logger LOG =
            java.util.logging.Logger.getLogger(PageFailureFilter.class.getName());

    /** Set on a request whose failure this filter has written to the log. */
    private static final String LOGGED = PageFailureFilter.class.getName() + ".logged";

    @Override
    public void doFilter(HttpServletRequest request, HttpServletResponse response, HttpSession session,
            FilterChain chain) throws ServletException, IOException {
        if (SessionGuard.isApi(request)) {
            answerApiFailures(request, response, chain);
            return;
        }
        try {
            super.doFilter(request, response, session, chain);
        } catch (ServletException | IOException | RuntimeException | Error failure) {
            if (request.getAttribute(LOGGED) == null) {
                throw failure; // not logged here (OmniFaces failed itself): the container logs it
            }
            throw new AlreadyLogged(failure);
        }
    }

    /**
     * A failure in a servlet filter in front of the API (JAX-RS answers its own) is answered as the API answers any
     * failure nobody expected: a 500 problem with the reference it was logged under, not the HTML error page. A client
     * gone mid-answer ({@link IOException}) is the container's. A failure once the answer has started is logged here
     * all the same (its reference reaches no one) and goes on marked as logged.
     */
    private static void answerApiFailures(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException | Error failure) {
            Problem logged = UnexpectedFailureMapper.logged("an API call", failure);
            if (response.isCommitted()) {
                throw new AlreadyLogged(failure);
            }
            logged.send(response);
        }
    }

    @Override
    protected void logException(HttpServletRequest request, Throwable exception, String location, String message,
            Object... parameters) {
        String reference = (String) request.getAttribute(FullAjaxExceptionHandler.EXCEPTION_UUID);
        log("a page request", reference, exception, String.format(message, parameters)); // API: answerApiFailures
        request.setAttribute(LOGGED, Boolean.TRUE);
    }

    /**
     * One line for a failure on its way to an error page. A view expired (the session ended while the page stood
     * open) is routine: the user is told and signs in again, so a FINE line without a stack trace.
     */
    static void log(String where, String reference, Throwable failure, String note) {
        if (failure instanceof ViewExpiredException) {
            LOG.log(Level.FINE, () -> "A view expired in " + where + " (reference " + reference + "): " + note);
        } else {
            UnexpectedFailure.log(where, reference, failure, note);
        }
    }

    /**
     * A failure this filter has logged, on its way to the container's error page (which Undertow finds by its root
     * cause, as for any {@link ServletException}).
     */
    @ExceptionLog(value = Logger.Level.DEBUG, stackTraceLevel = Logger.Level.TRACE, category = "io.undertow.request")
    static final class AlreadyLogged extends ServletException {

        private static final long serialVersionUID = 1L;

        AlreadyLogged(Throwable failure) {
            super(failure);
        }
    }
}
