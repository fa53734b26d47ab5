package se.stockholm.vfu.allocation;

import se.stockholm.vfu.allocation.engine.UnplacedReason;

/** A student a run could not place, and why. */
public record UnplacedLine(long requestId, String studentName, String universityCode, UnplacedReason reason,
                           String detail) {
}
