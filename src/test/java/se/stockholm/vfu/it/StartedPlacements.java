package se.stockholm.vfu.it;

import jakarta.persistence.EntityManager;
import se.stockholm.vfu.place.PlaceOffer;
import se.stockholm.vfu.placement.Placement;
import se.stockholm.vfu.request.StudentRequest;
import se.stockholm.vfu.supervisor.Supervisor;

import java.time.Instant;

/** Test fixtures: a placement taken through its steps to started, as the allocation and the district would. */
public final class StartedPlacements {

    private StartedPlacements() {
    }

    /**
     * The student proposed for the offer (their first choice), published, confirmed with the supervisor and started,
     * every step at {@code now} by "it"; persisted, not flushed.
     */
    public static Placement of(EntityManager em, StudentRequest request, PlaceOffer offer, Supervisor supervisor,
                               Instant now) {
        Placement placement = Placement.propose(request, offer, null, 1, "it", now);
        em.persist(placement);
        placement.publish("it", now);
        placement.confirm(supervisor, "it", now);
        placement.start("it", now);
        return placement;
    }
}
