package se.stockholm.vfu.api;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import se.stockholm.vfu.security.RefusedAccess;

/**
 * Failures the EJB container wraps: a role the caller lacks is 403, invalid parameters 400, a
 * concurrent change 409, a database out of reach 503 (temporarily unavailable, as web.DatabaseOutageFilter answers
 * what fails outside an EJB). Anything else is a 500 with no detail for the client and the cause in the log, once,
 * under a reference the answer gives ({@link UnexpectedFailureMapper#answer}; the EJB container does not log it,
 * wildfly-config/60-logging.cli).
 */
@Provider
public class EjbExceptionMapper implements ExceptionMapper<EJBException> {

    @Override
    public Response toResponse(EJBException exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            // also a refusal inside another service's call, as the pages' BusinessExceptionHandler finds it
            if (cause instanceof EJBAccessException refused) {
                RefusedAccess.log("API", refused);
                return problem(Response.Status.FORBIDDEN, "Not allowed for your role.");
            }
            if (cause instanceof ConstraintViolationException invalid) {
                return ConstraintViolationMapper.response(invalid);
            }
            if (cause instanceof OptimisticLockException) {
                return problem(Response.Status.CONFLICT, "Someone else changed this record; read it again.");
            }
        }
        return UnexpectedFailureMapper.answer(exception);
    }

    private static Response problem(Response.Status status, String detail) {
        return Problem.of(status, detail).answer().build();
    }
}
