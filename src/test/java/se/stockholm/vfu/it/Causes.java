package se.stockholm.vfu.it;

import jakarta.ejb.EJBAccessException;
import se.stockholm.vfu.common.AccessDeniedException;
import se.stockholm.vfu.common.NotFoundException;

import java.util.Arrays;

/** What a service call's failure was, looked for through its causes (the EJB container wraps what a bean throws). */
public final class Causes {

    private Causes() {
    }

    /** Whether {@code failure} or one of its causes is of one of {@code types}. */
    @SafeVarargs
    public static boolean include(Throwable failure, Class<? extends Throwable>... types) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            Throwable found = cause;
            if (Arrays.stream(types).anyMatch(type -> type.isInstance(found))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The status a page or the API answers a refused call with, as the scope matrices write it: 404 for a record not
     * found (or not in the caller's scope), 403 for a caller refused; anything else fails the test.
     */
    public static int refusalStatus(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof NotFoundException) {
                return 404;
            }
            if (cause instanceof AccessDeniedException || cause instanceof EJBAccessException) {
                return 403;
            }
        }
        throw new AssertionError("neither allowed nor refused", thrown);
    }
}
