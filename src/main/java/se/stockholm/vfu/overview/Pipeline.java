package se.stockholm.vfu.overview;

import se.stockholm.vfu.placement.PlacementStatus;

import java.io.Serializable;
import java.util.Map;

/**
 * A term's way from places to finished placements. Each placement stage counts the placements that have reached it
 * (a completed placement was also proposed, offered, confirmed and started); declined and interrupted ones are
 * counted at the stage they reached and shown beside. Cancelled placements are not counted.
 *
 * @param reported places reported (active offers)
 * @param requests requests received (not withdrawn); in a district's own pipeline those naming the district first
 *                 choice (the page says "first choices"), in the city's beside it all requests sent
 */
public record Pipeline(long reported, long requests, long proposed, long offered, long confirmed, long started,
                       long completed, long declined, long interrupted) implements Serializable {

    public static Pipeline of(long reported, long requests, Map<PlacementStatus, Long> byStatus) {
        long completed = count(byStatus, PlacementStatus.COMPLETED);
        long interrupted = count(byStatus, PlacementStatus.INTERRUPTED);
        long started = completed + interrupted + count(byStatus, PlacementStatus.STARTED);
        long confirmed = started + count(byStatus, PlacementStatus.CONFIRMED);
        long declined = count(byStatus, PlacementStatus.DECLINED);
        long offered = confirmed + declined + count(byStatus, PlacementStatus.OFFERED);
        long proposed = offered + count(byStatus, PlacementStatus.PROPOSED);
        return new Pipeline(reported, requests, proposed, offered, confirmed, started, completed, declined, interrupted);
    }

    /** Students placed: confirmed by the district, whatever happened next. */
    public long placed() {
        return confirmed;
    }

    private static long count(Map<PlacementStatus, Long> byStatus, PlacementStatus status) {
        return byStatus.getOrDefault(status, 0L);
    }
}
