package se.stockholm.vfu.common;

/** What a failure was, looked for through its causes (the EJB container, JPA and JSON-B wrap what was thrown). */
public final class Causes {

    private Causes() {
    }

    /** The first of {@code failure} and its causes that is a {@code type}, or null. */
    public static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }
}
