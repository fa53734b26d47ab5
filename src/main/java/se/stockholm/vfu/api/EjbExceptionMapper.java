package se.stockholm.vfu.api;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import se.stockholm.vfu.common.DatabaseOutage;
import se.stockholm.vfu.common.UnexpectedFailure;
import se.stockholm.vfu.security.RefusedAccess;

import java.util.logging.Logger;

/**
 * Failures the EJB container wraps: a role the caller lacks is 403, invalid parameters 400, a
 * concurrent change 409, a database out of reach 503 (temporarily unavailable, as web.DatabaseOutageFilter answers
 * what fails outside an EJB). Anything else is a 500 with no detail for the client and the cause in the log: this is
 * where an API call's unexpected failure is logged, once, under a reference the answer gives (the EJB container does
 * not log it, wildfly-config/60-logging.cli).
 */
@Provider
public class EjbExceptionMapper implements ExceptionMapper<EJBException> {

    private static final Logger LOG = Logger.getLogger(EjbExceptionMapper.class.getName());

    /** Seconds a client is asked to wait while the database is out of reach (as web.DatabaseOutageFilter). */
    static final String RETRY_AFTER = "10";

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
        if (DatabaseOutage.isCause(exception)) {
            LOG.warning(() -> "The database is unavailable; answered 503 to an API call ("
                    + DatabaseOutage.reason(exception) + ")");
            return Response.status(Response.Status.SERVICE_UNAVAILABLE).type(BusinessExceptionMapper.PROBLEM_JSON)
                    .header("Retry-After", RETRY_AFTER).entity(Problem.unavailable()).build();
        }
        String reference = UnexpectedFailure.newReference();
        UnexpectedFailure.log("an API call", reference, exception);
        return Response.serverError().type(BusinessExceptionMapper.PROBLEM_JSON)
                .entity(Problem.unexpected(reference)).build();
    }

    private static Response problem(Response.Status status, String detail) {
        return Response.status(status).type(BusinessExceptionMapper.PROBLEM_JSON).entity(new Problem("about:blank",
                status.getReasonPhrase(), status.getStatusCode(), detail, null, null)).build();
    }
}
