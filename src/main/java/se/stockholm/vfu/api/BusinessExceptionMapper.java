package se.stockholm.vfu.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import se.stockholm.vfu.common.AccessDeniedException;
import se.stockholm.vfu.common.BusinessException;
import se.stockholm.vfu.common.InvalidInputException;
import se.stockholm.vfu.common.NotFoundException;

import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Broken business rules become problem responses: 403 out of scope, 404 not found, 400 invalid input. */
@Provider
public class BusinessExceptionMapper implements ExceptionMapper<BusinessException> {

    static final String PROBLEM_JSON = "application/problem+json";

    @Override
    public Response toResponse(BusinessException exception) {
        Response.Status status;
        if (exception instanceof AccessDeniedException) {
            status = Response.Status.FORBIDDEN;
        } else if (exception instanceof NotFoundException) {
            status = Response.Status.NOT_FOUND;
        } else {
            status = Response.Status.BAD_REQUEST;
        }
        String field = exception instanceof InvalidInputException invalid ? invalid.getField() : null;
        Problem problem = new Problem("urn:vfu:" + exception.getMessageKey(), status.getReasonPhrase(),
                status.getStatusCode(), text(exception), field);
        return Response.status(status).type(PROBLEM_JSON).entity(problem).build();
    }

    /** The message in English, from the portal's bundle or a feature's own (student requests keep theirs apart). */
    private static String text(BusinessException exception) {
        for (String name : List.of("se.stockholm.vfu.i18n.messages", "se.stockholm.vfu.i18n.requests")) {
            try {
                ResourceBundle bundle = ResourceBundle.getBundle(name, Locale.ENGLISH);
                return java.text.MessageFormat.format(bundle.getString(exception.getMessageKey()),
                        exception.getArguments());
            } catch (MissingResourceException missing) {
                // try the next bundle
            }
        }
        return exception.getMessageKey();
    }
}
