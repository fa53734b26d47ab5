package se.stockholm.vfu.web;

import io.undertow.servlet.ExceptionLog;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.jboss.logging.Logger;
import org.omnifaces.exceptionhandler.FullAjaxExceptionHandler;
import org.omnifaces.filter.FacesExceptionFilter;
import org.omnifaces.util.Utils;
import se.stockholm.vfu.common.UnexpectedFailure;

import java.io.IOException;

/**
 * A page request that failed unexpectedly (not an ajax request: {@link AjaxFailureHandler} takes those): OmniFaces'
 * filter finds the root cause and the error page for it and gives the failure a reference, which the error page
 * shows; this subclass logs it once, by that reference and without the client's IP address, which OmniFaces puts in
 * its own line (personal data). The container then shows the error page as before, and would log the same failure a
 * second time with its stack trace (Undertow's UT005023): the failure goes on wrapped in {@link AlreadyLogged}, which
 * Undertow logs at DEBUG only. Registered in web.xml, first of all filters, where OmniFaces would register its own
 * (it does not when a subclass is there).
 */
public class PageFailureFilter extends FacesExceptionFilter {

    private Class<? extends Throwable>[] exceptionTypesNotLogged;

    @Override
    public void init() throws ServletException {
        super.init();
        exceptionTypesNotLogged = FullAjaxExceptionHandler.getExceptionTypesToIgnoreInLogging(getServletContext());
    }

    @Override
    public void doFilter(HttpServletRequest request, HttpServletResponse response, HttpSession session,
            FilterChain chain) throws ServletException, IOException {
        try {
            super.doFilter(request, response, session, chain);
        } catch (ServletException | IOException | RuntimeException failure) {
            if (request.getAttribute(FullAjaxExceptionHandler.EXCEPTION_UUID) == null) {
                throw failure;
            }
            throw new AlreadyLogged(failure);
        }
    }

    @Override
    protected void logException(HttpServletRequest request, Throwable exception, String location, String message,
            Object... parameters) {
        if (!Utils.isOneInstanceOf(exception.getClass(), exceptionTypesNotLogged)) {
            String reference = (String) request.getAttribute(FullAjaxExceptionHandler.EXCEPTION_UUID);
            UnexpectedFailure.log("a page request", reference, exception, String.format(message, parameters));
        }
    }

    /**
     * A failure this filter has logged, on its way to the container's error page (which Undertow finds by its root
     * cause, as for any {@link ServletException}).
     */
    @ExceptionLog(value = Logger.Level.DEBUG, stackTraceLevel = Logger.Level.TRACE, category = "io.undertow.request")
    static final class AlreadyLogged extends ServletException {

        AlreadyLogged(Throwable failure) {
            super(failure);
        }
    }
}
