package se.stockholm.vfu.allocation;

/**
 * How one student's outcome differs between a run and the run before it.
 *
 * @param before  "District – unit" before, or null when the student was not placed
 * @param after   "District – unit" now, or null when the student is no longer placed
 */
public record DiffLine(long requestId, String studentName, String before, String after) {

    public enum Kind { NEWLY_PLACED, NO_LONGER_PLACED, MOVED }

    public Kind kind() {
        return before == null ? Kind.NEWLY_PLACED : after == null ? Kind.NO_LONGER_PLACED : Kind.MOVED;
    }
}
