package se.stockholm.vfu.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import se.stockholm.vfu.common.AccessDeniedException;
import se.stockholm.vfu.common.BusinessException;
import se.stockholm.vfu.common.InvalidInputException;
import se.stockholm.vfu.common.NotFoundException;
import se.stockholm.vfu.common.Texts;
import se.stockholm.vfu.place.DeadlinePassedException;
import se.stockholm.vfu.request.RequestDeadlinePassedException;

import java.util.Locale;

/**
 * Broken business rules become problem responses: 403 out of scope, 404 not found, 409 when the term's reporting or
 * request deadline has passed (or the term is closed to requests), 400 invalid input.
 */
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
        } else if (exception instanceof DeadlinePassedException || exception instanceof RequestDeadlinePassedException) {
            // the request is well formed; the term's state forbids it now (and the central contact may still do it)
            status = Response.Status.CONFLICT;
        } else {
            status = Response.Status.BAD_REQUEST;
        }
        String field = exception instanceof InvalidInputException invalid ? invalid.getField() : null;
        Problem problem = new Problem("urn:vfu:" + exception.getMessageKey(), status.getReasonPhrase(),
                status.getStatusCode(), text(exception), field);
        return Response.status(status).type(PROBLEM_JSON).entity(problem).build();
    }

    private static String text(BusinessException exception) {
        return Texts.text(Locale.ENGLISH, exception.getMessageKey(), exception.getArguments());
    }
}
