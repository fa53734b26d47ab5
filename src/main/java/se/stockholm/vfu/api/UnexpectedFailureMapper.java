package se.stockholm.vfu.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import se.stockholm.vfu.common.DatabaseOutage;
import se.stockholm.vfu.common.UnexpectedFailure;

import java.util.logging.Logger;

/**
 * What no other mapper takes: a failure in a resource's own code, outside any service. Without it RESTEasy's default
 * mapper answered 500 with the exception's own message as the body (text a client must not see: it can name the
 * portal's classes, or quote data) and logged it without a reference. Now it is answered as every failure of a
 * service is ({@link EjbExceptionMapper}): 503 while the database is out of reach, otherwise a 500 problem with the
 * reference it was logged under.
 */
@Provider
public class UnexpectedFailureMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedFailureMapper.class.getName());

    @Override
    public Response toResponse(Throwable failure) {
        return answer(failure);
    }

    /** The answer to a failure nobody expected in an API call, logged once here. */
    static Response answer(Throwable failure) {
        if (DatabaseOutage.isCause(failure)) {
            LOG.warning(() -> "The database is unavailable; answered 503 to an API call ("
                    + DatabaseOutage.reason(failure) + ")");
            return Problem.unavailable().answer().header("Retry-After", Problem.RETRY_AFTER_SECONDS).build();
        }
        return logged("an API call", failure).answer().build();
    }

    /** Logs a failure nobody expected in {@code where} under a new reference; the problem that gives the client it. */
    public static Problem logged(String where, Throwable failure) {
        String reference = UnexpectedFailure.newReference();
        UnexpectedFailure.log(where, reference, failure);
        return Problem.unexpected(reference);
    }
}
