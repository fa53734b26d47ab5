package se.stockholm.vfu.common;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

/**
 * Whether a failure means that the database cannot be reached (stopped, restarting, the network to it broken, or
 * no connection to be had from the pool), as opposed to a fault of the request or of the portal. Such a failure is
 * answered with 503 "temporarily unavailable" ({@code web.DatabaseOutageFilter}, {@code api.EjbExceptionMapper});
 * the pool's connection validation lets the portal recover by itself once the database is back (README, "Database
 * outages").
 */
public final class DatabaseOutage {

    /**
     * Failures known only by name (the portal does not compile against Hibernate's or the pool's classes): Hibernate's
     * translation of an 08xxx state, and the pool's "no managed connection" (IronJacamar), which is what a request
     * gets when no connection can be opened or none is free within the pool's wait.
     */
    private static final Set<String> BY_NAME = Set.of(
            "org.hibernate.exception.JDBCConnectionException",
            "jakarta.resource.ResourceException");

    private DatabaseOutage() {
    }

    /** True if {@code failure} or any of its causes says the database is out of reach. */
    public static boolean isCause(Throwable failure) {
        int depth = 0;
        for (Throwable cause = failure; cause != null && depth < 50; cause = cause.getCause(), depth++) {
            if (isConnectionFailure(cause)) {
                return true;
            }
        }
        return false;
    }

    /**
     * What the deepest cause says, for the one log line an outage gets (the EJB container no longer logs the stack,
     * wildfly-config/60-logging.cli): refused connection, no connection from the pool in time, credentials refused.
     */
    public static String reason(Throwable failure) {
        Throwable deepest = failure;
        for (int depth = 0; deepest.getCause() != null && deepest.getCause() != deepest && depth < 50; depth++) {
            deepest = deepest.getCause();
        }
        return deepest.getClass().getName() + (deepest.getMessage() == null ? "" : ": " + deepest.getMessage());
    }

    private static boolean isConnectionFailure(Throwable cause) {
        if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException
                || cause instanceof SQLRecoverableException) {
            return true;
        }
        if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
            return true; // SQL's class 08: connection exception
        }
        for (Class<?> type = cause.getClass(); type != null; type = type.getSuperclass()) {
            if (BY_NAME.contains(type.getName())) {
                return true;
            }
        }
        return false;
    }
}
