package se.stockholm.vfu.placement;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import se.stockholm.vfu.common.InvalidInputException;
import se.stockholm.vfu.common.JpqlLiterals;
import se.stockholm.vfu.common.StockholmTime;
import se.stockholm.vfu.security.CurrentUser;
import se.stockholm.vfu.security.Role;
import se.stockholm.vfu.supervisor.Supervisor;
import se.stockholm.vfu.supervisor.TrainingStatus;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A placement's steps after publishing: who may move it along its lifecycle. The reads are {@link PlacementService}'s.
 * <ul>
 *   <li>The central contact may make every change.</li>
 *   <li>A district contact confirms its own district's offered placements (naming a supervisor with room left) or
 *       declines them, and marks them started. After the start only the central contact changes a placement.</li>
 *   <li>A university coordinator changes nothing.</li>
 * </ul>
 * A placement outside the caller's scope is "not found" ({@link PlacementAccess}). Two people answering the same
 * offer at once: the placement's version lets exactly one of them win.
 */
@Stateless
@RolesAllowed({Role.CENTRAL_NAME, Role.ADMIN_NAME, Role.DISTRICT_NAME, Role.UNIVERSITY_NAME})
public class PlacementLifecycleService {

    private static final String SUPERVISED = JpqlLiterals.of(PlacementStatus.SUPERVISED);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private PlacementAccess access;

    @Inject
    private Event<PlacementChanged> changes;

    @Inject
    private Event<PlacementCompleted> completions;

    @Inject
    private Clock clock;

    /**
     * The district confirms an offered placement of the given term with a named supervisor who has room left.
     * Returns the placement as confirmed, with a warning key when the supervisor has not completed supervisor
     * training (allowed, but the district should know).
     */
    public Confirmation confirm(long termId, long id, long version, Long supervisorId) {
        Placement placement = access.answerable(access.readable(termId, id));
        List<String> warnings = confirm(placement, version, supervisorId);
        return new Confirmation(access.row(placement), warnings);
    }

    private List<String> confirm(Placement placement, long version, Long supervisorId) {
        placement.requireVersion(version);
        Supervisor supervisor = supervisorId == null ? null : em.find(Supervisor.class, supervisorId);
        if (supervisor == null) {
            throw new InvalidInputException("supervisor", "placement.error.supervisorRequired");
        }
        // the district first: another district's supervisor is refused before anything about them is counted or said
        if (!Objects.equals(supervisor.getUnit().getDistrict().getId(), placement.getDistrict().getId())) {
            throw new InvalidInputException("supervisor", "district.place.error.supervisorOtherDistrict");
        }
        // two confirmations naming the same supervisor at once: raising the supervisor's version now, under a row
        // lock, makes the second wait for the first and then fail inside this call ("someone changed it meanwhile",
        // a message) instead of both using the last room; a plain count could read an older snapshot (MariaDB's
        // repeatable read)
        em.lock(supervisor, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        long supervised = em.createQuery("""
                        SELECT COUNT(pl) FROM Placement pl WHERE pl.supervisor = :supervisor AND pl.term = :term
                        AND pl.status IN %s""".formatted(SUPERVISED), Long.class)
                .setParameter("supervisor", supervisor).setParameter("term", placement.getTerm()).getSingleResult();
        if (supervised >= supervisor.getMaxStudents()) {
            throw new InvalidInputException("supervisor", "placement.error.supervisorFull", supervisor.getMaxStudents());
        }
        placement.confirm(supervisor, currentUser.get().username(), clock.instant());
        record(placement);
        changes.fire(PlacementChanged.of(placement, currentUser.get().role()));
        return supervisor.getTrainingStatus() == TrainingStatus.COMPLETED
                ? List.of() : List.of("placement.warning.supervisorUntrained");
    }

    /**
     * The district cannot take the student of an offered placement of the given term: the student returns to the
     * pool for the next run.
     */
    public PlacementRow decline(long termId, long id, long version, String reason) {
        return decline(access.answerable(access.readable(termId, id)), version, reason);
    }

    private PlacementRow decline(Placement placement, long version, String reason) {
        placement.requireVersion(version);
        placement.decline(reason, currentUser.get().username(), clock.instant());
        record(placement);
        changes.fire(PlacementChanged.of(placement, currentUser.get().role()));
        return access.row(placement);
    }

    /** Records the start of a confirmed placement of the given term. */
    public PlacementRow start(long termId, long id, long version) {
        return start(access.answerable(access.readable(termId, id)), version);
    }

    private PlacementRow start(Placement placement, long version) {
        placement.requireVersion(version);
        placement.start(currentUser.get().username(), clock.instant());
        record(placement);
        return access.row(placement);
    }

    /**
     * Completes a started placement of the given term (city-wide callers), on the given day or, without one, today
     * (the VFU end once the period is over).
     */
    public PlacementRow complete(long termId, long id, long version, LocalDate on) {
        return complete(access.cityWide(access.readable(termId, id)), version, on);
    }

    private PlacementRow complete(Placement placement, long version, LocalDate on) {
        placement.requireVersion(version);
        placement.complete(on, startedOn(placement), LocalDate.now(clock.withZone(StockholmTime.ZONE)),
                currentUser.get().username(), clock.instant());
        record(placement);
        completions.fire(new PlacementCompleted(placement.getId()));
        return access.row(placement);
    }

    /** Interrupts a placement of the given term (city-wide callers). */
    public PlacementRow interrupt(long termId, long id, long version, String reason, LocalDate on) {
        return interrupt(access.cityWide(access.readable(termId, id)), version, reason, on);
    }

    private PlacementRow interrupt(Placement placement, long version, String reason, LocalDate on) {
        placement.requireVersion(version);
        placement.interrupt(reason, on, startedOn(placement), LocalDate.now(clock.withZone(StockholmTime.ZONE)),
                currentUser.get().username(), clock.instant());
        record(placement);
        return access.row(placement);
    }

    /** The day the placement started, as the compensation basis counts it. */
    private LocalDate startedOn(Placement placement) {
        Instant started = em.createQuery("SELECT " + PlacementEvent.startedAt("pl")
                        + " FROM Placement pl WHERE pl = :placement", Instant.class)
                .setParameter("placement", placement).getSingleResult();
        return PlacementEvent.startedOn(started, placement.getTerm());
    }

    /** Cancels a placement of the given term before it starts (city-wide callers). */
    public PlacementRow cancel(long termId, long id, long version, String reason) {
        return cancel(access.cityWide(access.readable(termId, id)), version, reason);
    }

    private PlacementRow cancel(Placement placement, long version, String reason) {
        placement.requireVersion(version);
        boolean districtKnew = placement.getStatus() != PlacementStatus.PROPOSED;
        placement.cancel(reason, currentUser.get().username(), clock.instant());
        record(placement);
        if (districtKnew) {
            changes.fire(PlacementChanged.of(placement, currentUser.get().role()));
        }
        return access.row(placement);
    }

    private void record(Placement placement) {
        em.persist(PlacementEvent.of(placement));
        // surfaces a concurrent change (version) or a full place (database check) inside the call, where the
        // caller turns it into a message, rather than at commit
        em.flush();
    }
}
