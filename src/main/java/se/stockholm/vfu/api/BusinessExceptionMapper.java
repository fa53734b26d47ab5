package se.stockholm.vfu.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import se.stockholm.vfu.common.AccessDeniedException;
import se.stockholm.vfu.common.BusinessException;
import se.stockholm.vfu.common.ConflictException;
import se.stockholm.vfu.common.InvalidInputException;
import se.stockholm.vfu.common.NotFoundException;
import se.stockholm.vfu.common.Texts;

import java.util.Locale;

/**
 * Broken business rules become problem responses: 403 out of scope, 404 not found, 409 when the state of a record
 * or term forbids the change now (e.g. the reporting deadline has passed), 400 invalid input.
 */
@Provider
public class BusinessExceptionMapper implements ExceptionMapper<BusinessException> {

    @Override
    public Response toResponse(BusinessException exception) {
        Response.Status status;
        if (exception instanceof AccessDeniedException) {
            status = Response.Status.FORBIDDEN;
        } else if (exception instanceof NotFoundException) {
            status = Response.Status.NOT_FOUND;
        } else if (exception instanceof ConflictException) {
            // the request is well formed; the record's or the term's state forbids it now
            status = Response.Status.CONFLICT;
        } else {
            status = Response.Status.BAD_REQUEST;
        }
        String field = exception instanceof InvalidInputException invalid ? invalid.getField() : null;
        return Problem.portal(exception.getMessageKey(), status, text(exception), field).answer().build();
    }

    private static String text(BusinessException exception) {
        return Texts.text(Locale.ENGLISH, exception.getMessageKey(), exception.getArguments());
    }
}
