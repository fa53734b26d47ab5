package se.stockholm.vfu.web;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.FacesContext;
import org.omnifaces.exceptionhandler.FullAjaxExceptionHandler;

/**
 * An ajax request that failed unexpectedly: OmniFaces' handler shows the error page in place of the page's update and
 * gives the failure a reference, which the error page shows; this subclass logs it once, by that reference and without
 * the client's IP address, which OmniFaces puts in its own line (personal data). Installed by
 * {@link AjaxFailureHandlerFactory} (faces-config.xml).
 */
public class AjaxFailureHandler extends FullAjaxExceptionHandler {

    public AjaxFailureHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    protected void logException(FacesContext context, Throwable exception, String location, String message,
            Object... parameters) {
        String reference = (String) context.getExternalContext().getRequestMap().get(EXCEPTION_UUID);
        PageFailureFilter.log("an ajax request", reference, exception, String.format(message, parameters));
    }
}
