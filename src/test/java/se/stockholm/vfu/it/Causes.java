package se.stockholm.vfu.it;

import jakarta.ejb.EJBAccessException;
import se.stockholm.vfu.common.AccessDeniedException;
import se.stockholm.vfu.common.NotFoundException;

import java.util.Arrays;

/** What a service call's failure was, as the tests ask it (the portal's own look through the causes: common.Causes). */
public final class Causes {

    private Causes() {
    }

    /** Whether {@code failure} or one of its causes is of one of {@code types}. */
    @SafeVarargs
    public static boolean include(Throwable failure, Class<? extends Throwable>... types) {
        return Arrays.stream(types).anyMatch(type -> se.stockholm.vfu.common.Causes.find(failure, type) != null);
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
