package se.stockholm.vfu.place;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A district's (or the city's) active places for a term against the city's target, and whether the district
 * may still change them itself: the reporting deadline.
 */
public record PlaceTotal(String termCode, int target, long places, long offers, long placesWithoutSupervisor,
                         LocalDate reportingDeadline, boolean reportingOpen) implements Serializable {

    /** Whole percent of the target, capped at 100 for a progress bar. */
    public int percentOfTarget() {
        return target == 0 ? 100 : (int) Math.min(100, places * 100 / target);
    }
}
