package se.stockholm.vfu.placement;

import java.util.Set;

/**
 * Where a placement is in its life. A run proposes; publishing makes the proposal an offer to the district;
 * the district confirms (naming a supervisor) or declines; the placement starts and is completed, or is
 * interrupted; the central contact may cancel it before it starts.
 */
public enum PlacementStatus {
    PROPOSED, OFFERED, CONFIRMED, STARTED, COMPLETED, DECLINED, INTERRUPTED, CANCELLED;

    /** The statuses in which a placement holds its seat and its student. */
    public static final Set<PlacementStatus> LIVE = Set.of(PROPOSED, OFFERED, CONFIRMED, STARTED, COMPLETED);

    /** The statuses a new run must keep as they are: a person has published or confirmed them. */
    public static final Set<PlacementStatus> COMMITTED = Set.of(OFFERED, CONFIRMED, STARTED, COMPLETED);

    /**
     * The statuses in which the student counts as placed: confirmed or later, also when the placement then ended
     * early (the student had their field placement). The dashboard's "placed" and a request's status PLACED.
     */
    public static final Set<PlacementStatus> PLACED = Set.of(CONFIRMED, STARTED, COMPLETED, INTERRUPTED);

    /**
     * The statuses of a placement that has begun: it is no longer cancelled, nor its request withdrawn (the central
     * contact interrupts it instead).
     */
    public static final Set<PlacementStatus> BEGUN = Set.of(STARTED, COMPLETED);

    /** Confirmed placements occupy their supervisor. */
    public static final Set<PlacementStatus> SUPERVISED = Set.of(CONFIRMED, STARTED);

    public boolean isLive() {
        return LIVE.contains(this);
    }
}
