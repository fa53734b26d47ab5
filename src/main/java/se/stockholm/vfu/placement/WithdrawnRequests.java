package se.stockholm.vfu.placement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import se.stockholm.vfu.common.InvalidInputException;
import se.stockholm.vfu.request.RequestWithdrawn;

import java.time.Clock;

/**
 * A withdrawn request gives up its place: a live placement that has not started is cancelled with the withdrawal's
 * reason, so its seat is free for the next run. Once the placement has started the request cannot simply be
 * withdrawn; the central contact interrupts the placement instead.
 */
@ApplicationScoped
public class WithdrawnRequests {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Event<PlacementChanged> changes;

    @Inject
    private Clock clock;

    void on(@Observes RequestWithdrawn withdrawn) {
        em.createQuery("SELECT pl FROM Placement pl WHERE pl.liveRequestId = :request", Placement.class)
                .setParameter("request", withdrawn.requestId()).getResultList()
                .forEach(placement -> {
                    if (placement.isStarted()) {
                        throw new InvalidInputException("reason", "placement.error.requestHasStartedPlacement");
                    }
                    boolean districtKnew = placement.getStatus() != PlacementStatus.PROPOSED;
                    placement.cancel(withdrawn.reason(), withdrawn.by(), clock.instant());
                    em.persist(PlacementEvent.of(placement));
                    if (districtKnew) {
                        changes.fire(PlacementChanged.of(placement, withdrawn.role()));
                    }
                });
    }
}
