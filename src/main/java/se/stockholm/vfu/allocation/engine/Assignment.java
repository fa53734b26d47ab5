package se.stockholm.vfu.allocation.engine;

/**
 * A student placed at a place.
 *
 * @param rank  the rank the student's request gives the place, {@code 1..lastRank}; 0 only for a
 *              fixed assignment to a place the request does not accept (or without a request)
 * @param fixed whether it was fixed before the run rather than chosen by the engine
 */
public record Assignment(String studentKey, String placeKey, int rank, boolean fixed) {

    /** The rank of a fixed assignment that lies outside the student's acceptable places. */
    public static final int OUTSIDE_PREFERENCES = 0;
}
