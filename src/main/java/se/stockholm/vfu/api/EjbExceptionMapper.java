package se.stockholm.vfu.api;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Failures the EJB container wraps: a role the caller lacks is 403, invalid parameters 400, a
 * concurrent change 409. Anything else is a 500 with no detail for the client and the cause in the log.
 */
@Provider
public class EjbExceptionMapper implements ExceptionMapper<EJBException> {

    private static final Logger LOG = Logger.getLogger(EjbExceptionMapper.class.getName());

    @Override
    public Response toResponse(EJBException exception) {
        if (exception instanceof EJBAccessException) {
            return problem(Response.Status.FORBIDDEN, "Not allowed for your role.");
        }
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConstraintViolationException invalid) {
                return ConstraintViolationMapper.response(invalid);
            }
            if (cause instanceof OptimisticLockException) {
                return problem(Response.Status.CONFLICT, "Someone else changed this record; read it again.");
            }
        }
        LOG.log(Level.SEVERE, "Unexpected failure in an API call", exception);
        return problem(Response.Status.INTERNAL_SERVER_ERROR, "Something went wrong; it has been logged.");
    }

    private static Response problem(Response.Status status, String detail) {
        return Response.status(status).type(BusinessExceptionMapper.PROBLEM_JSON)
                .entity(new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(), detail, null))
                .build();
    }
}
