package se.stockholm.vfu.placement;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.NotNull;
import se.stockholm.vfu.common.Filters;
import se.stockholm.vfu.common.InvalidInputException;
import se.stockholm.vfu.common.NotFoundException;
import se.stockholm.vfu.common.Page;
import se.stockholm.vfu.common.PageRequest;
import se.stockholm.vfu.common.StockholmTime;
import se.stockholm.vfu.readlog.ReadLog;
import se.stockholm.vfu.security.Caller;
import se.stockholm.vfu.security.CurrentUser;
import se.stockholm.vfu.security.Role;
import se.stockholm.vfu.supervisor.Supervisor;
import se.stockholm.vfu.supervisor.SupervisorChoice;
import se.stockholm.vfu.supervisor.TrainingStatus;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Placements after a run: who sees which, and who may move them along their lifecycle.
 * <ul>
 *   <li>The central contact sees all, proposals included, and may make every change.</li>
 *   <li>A district contact sees its own district's placements once they are offered; it confirms (naming a
 *       supervisor with room left) or declines them, and marks them started. After the start only the central
 *       contact changes a placement.</li>
 *   <li>A university coordinator sees its own students' placements once they are offered; it changes nothing.</li>
 * </ul>
 * Every list applies the scope in the query; a placement outside the caller's scope is "not found".
 * Two people answering the same offer at once: the placement's version lets exactly one of them win.
 */
@Stateless
@RolesAllowed({Role.CENTRAL_NAME, Role.ADMIN_NAME, Role.DISTRICT_NAME, Role.UNIVERSITY_NAME})
public class PlacementService {

    /** No district or university has this id. */
    private static final Long NOTHING = -1L;

    private static final Map<String, String> SORTABLE = Map.of(
            "studentName", "r.studentName",
            "universityCode", "un.code",
            "achievedRank", "pl.achievedRank",
            "districtName", "d.name",
            "unitName", "u.name",
            "status", "pl.status",
            "changedAt", "pl.changedAt");

    private static final String ROW = """
            SELECT NEW se.stockholm.vfu.placement.PlacementRow(pl.id, pl.version, t.code, r.id, r.studentName,
                   r.studentEmail, un.code, r.extraSupport, pl.achievedRank, r.noPreference, o.id, d.id, d.name, u.name, a.nameSv,
                   a.nameEn, s.id, s.name, s.trainingStatus, pl.status, pl.locked, pl.movedByHand, pl.reason,
                   pl.endedOn, pl.changedAt, pl.changedBy)""";

    private static final String FROM = """
             FROM Placement pl JOIN pl.term t JOIN pl.request r JOIN pl.university un JOIN pl.offer o
             JOIN pl.district d JOIN o.unit u JOIN o.area a LEFT JOIN pl.supervisor s""";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Event<PlacementChanged> changes;

    @Inject
    private Event<PlacementCompleted> completions;

    @Inject
    private ReadLog readLog;

    @Inject
    private Clock clock;

    /**
     * A term's placements in the caller's scope. Filters: {@code status} (one status, or {@code live}),
     * {@code text} (student name), {@code district} and {@code university} (ids, city-wide callers only).
     * Proposals are visible to city-wide callers only.
     */
    public Page<PlacementRow> find(long termId, @NotNull PageRequest page) {
        Caller caller = currentUser.get();
        String statusFilter = page.filter("status");
        Set<PlacementStatus> statuses = statuses(statusFilter, caller);
        if (statuses.isEmpty()) {
            return new Page<>(List.of(), 0);
        }
        String where = " WHERE t.id = :term AND pl.status IN :statuses"
                + " AND (:district IS NULL OR d.id = :district) AND (:university IS NULL OR un.id = :university)"
                + page.containsCondition("text", "r.studentName");
        TypedQuery<PlacementRow> rows = em.createQuery(ROW + FROM + where
                + page.orderBy(SORTABLE, "r.studentName", "pl.id"), PlacementRow.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(pl)" + FROM + where, Long.class);
        // a scoped caller without their district or university sees nothing rather than everything
        Long district = caller.role() == Role.DISTRICT ? Objects.requireNonNullElse(caller.districtId(), NOTHING)
                : cityWideFilter(page, "district", caller);
        Long university = caller.role() == Role.UNIVERSITY ? Objects.requireNonNullElse(caller.universityId(), NOTHING)
                : cityWideFilter(page, "university", caller);
        for (TypedQuery<?> query : List.of(rows, count)) {
            query.setParameter("term", termId);
            query.setParameter("statuses", statuses);
            query.setParameter("district", district);
            query.setParameter("university", university);
            page.bindContains(query, "text");
        }
        List<PlacementRow> found = rows.setFirstResult(page.first()).setMaxResults(page.size()).getResultList();
        // every row shown names a student: each is a view for the read log
        readLog.placements(found.stream().map(PlacementService::read).toList(), "PlacementService.find");
        return new Page<>(found.stream().map(row -> visibleTo(row, caller)).toList(), count.getSingleResult());
    }

    /**
     * One placement of the given term (the one a page shows or a URL names), in the caller's scope: a placement of
     * another term is not found.
     */
    public PlacementRow get(long termId, long id) {
        return row(readable(termId, id));
    }

    private PlacementRow row(Placement placement) {
        PlacementRow row = em.createQuery(ROW + FROM + " WHERE pl.id = :id", PlacementRow.class)
                .setParameter("id", placement.getId()).getSingleResult();
        readLog.placements(List.of(read(row)), "PlacementService.get");
        return visibleTo(row, currentUser.get());
    }

    private static ReadLog.Read read(PlacementRow row) {
        return new ReadLog.Read(row.requestId(), row.id());
    }

    /**
     * The supervisors of the placement's district who have room for one more student this term, trained ones
     * first. Supervisors of the offer's unit come before the others of the district.
     * <p>
     * Like every change below it takes every role that may read placements, rather than naming the roles that may
     * answer: a placement the caller may not read, or of another term than the given one, is not found whatever
     * the caller's role, and only then is a university (or, for the central contact's steps, a district) refused
     * (the API has always answered so, and a page gets the same "not allowed" message either way).
     */
    public List<SupervisorChoice> supervisorOptions(long termId, long placementId) {
        return supervisorOptions(answerable(readable(termId, placementId)));
    }

    private List<SupervisorChoice> supervisorOptions(Placement placement) {
        long unitId = placement.getOffer().getUnit().getId();
        List<Tuple> rows = em.createQuery("""
                        SELECT s.id, s.name, u.name, s.trainingStatus, s.maxStudents,
                               (SELECT COUNT(pl) FROM Placement pl WHERE pl.supervisor = s AND pl.term.id = :term
                                AND pl.status IN :supervised), u.id
                        FROM Supervisor s JOIN s.unit u
                        WHERE u.district.id = :district AND s.active = TRUE
                        ORDER BY s.name, s.id""", Tuple.class)
                .setParameter("term", placement.getTerm().getId())
                .setParameter("supervised", PlacementStatus.SUPERVISED)
                .setParameter("district", placement.getDistrict().getId())
                .getResultList();
        record Candidate(SupervisorChoice option, boolean ofUnit) {
        }
        return rows.stream()
                .map(row -> new Candidate(new SupervisorChoice(row.get(0, Long.class), row.get(1, String.class),
                        row.get(2, String.class), row.get(3, TrainingStatus.class),
                        row.get(4, Integer.class) - row.get(5, Long.class).intValue()),
                        row.get(6, Long.class) == unitId))
                .filter(candidate -> candidate.option().free() > 0)
                .sorted(Comparator.comparing((Candidate candidate) -> !candidate.ofUnit())
                        .thenComparing(candidate -> !candidate.option().isTrained()))
                .map(Candidate::option)
                .toList();
    }

    /**
     * The district confirms an offered placement of the given term with a named supervisor who has room left.
     * Returns the placement as confirmed, with a warning key when the supervisor has not completed supervisor
     * training (allowed, but the district should know).
     */
    public Confirmation confirm(long termId, long id, long version, Long supervisorId) {
        Placement placement = answerable(readable(termId, id));
        List<String> warnings = confirm(placement, version, supervisorId);
        return new Confirmation(row(placement), warnings);
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
                        AND pl.status IN :supervised""", Long.class)
                .setParameter("supervisor", supervisor).setParameter("term", placement.getTerm())
                .setParameter("supervised", PlacementStatus.SUPERVISED).getSingleResult();
        if (supervised >= supervisor.getMaxStudents()) {
            throw new InvalidInputException("supervisor", "placement.error.supervisorFull", supervisor.getMaxStudents());
        }
        placement.confirm(supervisor, currentUser.get().username(), clock.instant());
        record(placement);
        changes.fire(answer(placement));
        return supervisor.getTrainingStatus() == TrainingStatus.COMPLETED
                ? List.of() : List.of("placement.warning.supervisorUntrained");
    }

    /**
     * The district cannot take the student of an offered placement of the given term: the student returns to the
     * pool for the next run.
     */
    public PlacementRow decline(long termId, long id, long version, String reason) {
        return decline(answerable(readable(termId, id)), version, reason);
    }

    private PlacementRow decline(Placement placement, long version, String reason) {
        placement.requireVersion(version);
        placement.decline(reason, currentUser.get().username(), clock.instant());
        record(placement);
        changes.fire(answer(placement));
        return row(placement);
    }

    /** Records the start of a confirmed placement of the given term. */
    public PlacementRow start(long termId, long id, long version) {
        return start(answerable(readable(termId, id)), version);
    }

    private PlacementRow start(Placement placement, long version) {
        placement.requireVersion(version);
        placement.start(currentUser.get().username(), clock.instant());
        record(placement);
        return row(placement);
    }

    /**
     * Completes a started placement of the given term (city-wide callers), on the given day or, without one, today
     * (the VFU end once the period is over).
     */
    public PlacementRow complete(long termId, long id, long version, LocalDate on) {
        return complete(cityWide(readable(termId, id)), version, on);
    }

    private PlacementRow complete(Placement placement, long version, LocalDate on) {
        placement.requireVersion(version);
        placement.complete(on, startedOn(placement), LocalDate.now(clock.withZone(StockholmTime.ZONE)),
                currentUser.get().username(), clock.instant());
        record(placement);
        completions.fire(new PlacementCompleted(placement.getId()));
        return row(placement);
    }

    /** Interrupts a placement of the given term (city-wide callers). */
    public PlacementRow interrupt(long termId, long id, long version, String reason, LocalDate on) {
        return interrupt(cityWide(readable(termId, id)), version, reason, on);
    }

    private PlacementRow interrupt(Placement placement, long version, String reason, LocalDate on) {
        placement.requireVersion(version);
        placement.interrupt(reason, on, startedOn(placement), LocalDate.now(clock.withZone(StockholmTime.ZONE)),
                currentUser.get().username(), clock.instant());
        record(placement);
        return row(placement);
    }

    /** The day the placement started, as the compensation basis counts it. */
    private LocalDate startedOn(Placement placement) {
        Instant started = em.createQuery("SELECT " + PlacementEvent.startedAt("pl") + " FROM Placement pl WHERE pl = :placement",
                        Instant.class)
                .setParameter("placement", placement).getSingleResult();
        return PlacementEvent.startedOn(started, placement.getTerm());
    }

    /** Cancels a placement of the given term before it starts (city-wide callers). */
    public PlacementRow cancel(long termId, long id, long version, String reason) {
        return cancel(cityWide(readable(termId, id)), version, reason);
    }

    private PlacementRow cancel(Placement placement, long version, String reason) {
        placement.requireVersion(version);
        boolean districtKnew = placement.getStatus() != PlacementStatus.PROPOSED;
        placement.cancel(reason, currentUser.get().username(), clock.instant());
        record(placement);
        if (districtKnew) {
            changes.fire(answer(placement));
        }
        return row(placement);
    }

    /** The history of a placement of the given term, oldest first. */
    public List<PlacementEvent> history(long termId, long id) {
        Placement placement = readable(termId, id);
        return em.createQuery("SELECT e FROM PlacementEvent e WHERE e.placement = :placement ORDER BY e.changedAt, e.id",
                PlacementEvent.class).setParameter("placement", placement).getResultList();
    }

    private void record(Placement placement) {
        em.persist(PlacementEvent.of(placement));
        // surfaces a concurrent change (version) or a full place (database check) inside the call, where the
        // caller turns it into a message, rather than at commit
        em.flush();
    }

    /** The event telling others about a placement's new status. */
    static PlacementChanged answer(Placement placement) {
        return new PlacementChanged(placement.getStatus(), placement.getTerm().getCode(),
                placement.getDistrict().getId(), placement.getUniversity().getId(),
                placement.getRequest().getStudentName(), placement.getDistrict().getName(), 1, placement.getReason());
    }

    /** A placement the caller may read: proposals only city-wide; offered and later ones by district or university. */
    private Placement readable(long id) {
        Placement placement = find(id);
        Caller caller = currentUser.get();
        boolean mayRead = caller.isCityWide()
                || placement.getStatus() != PlacementStatus.PROPOSED
                && (caller.role() == Role.DISTRICT && placement.getDistrict().getId().equals(caller.districtId())
                || caller.role() == Role.UNIVERSITY && placement.getUniversity().getId().equals(caller.universityId()));
        if (!mayRead) {
            throw new NotFoundException();
        }
        return placement;
    }

    /** A placement of the given term that the caller may read: not found otherwise, whoever asks. */
    private Placement readable(long termId, long id) {
        Placement placement = readable(id);
        placement.getTerm().requireId(termId);
        return placement;
    }

    /** A readable placement that only a city-wide caller may change: a district or university is refused. */
    private Placement cityWide(Placement placement) {
        currentUser.get().requireCityWide();
        return placement;
    }

    /** A placement the caller may answer: the district's own once offered, not after its start; or city-wide. */
    private Placement answerable(Placement placement) {
        Caller caller = currentUser.get();
        if (!caller.isCityWide()) {
            caller.requireDistrict(placement.getDistrict().getId());
            if (placement.isStarted()) {
                throw new InvalidInputException(null, "placement.error.startedCentralOnly");
            }
        }
        return placement;
    }

    private Placement find(long id) {
        Placement placement = em.find(Placement.class, id);
        if (placement == null) {
            throw new NotFoundException();
        }
        return placement;
    }

    private static PlacementRow visibleTo(PlacementRow row, Caller caller) {
        return caller.isCityWide() || caller.role() == Role.UNIVERSITY ? row : row.withoutSupport();
    }

    private static Set<PlacementStatus> statuses(String filter, Caller caller) {
        Set<PlacementStatus> visible = caller.isCityWide() ? Set.of(PlacementStatus.values())
                : EnumSet.complementOf(EnumSet.of(PlacementStatus.PROPOSED));
        if (filter == null) {
            return visible;
        }
        if ("live".equals(filter)) {
            return visible.stream().filter(PlacementStatus::isLive).collect(Collectors.toSet());
        }
        Filters.Choice<PlacementStatus> status = Filters.oneOf(PlacementStatus.class, filter);
        if (status.matchesNothing()) {
            return Set.of();
        }
        return status.value().map(one -> visible.contains(one) ? Set.of(one) : Set.<PlacementStatus>of()).orElse(visible);
    }

    /** A district or university filter: honoured for city-wide callers only (the others' scope is fixed above). */
    private static Long cityWideFilter(PageRequest page, String name, Caller caller) {
        return caller.isCityWide() ? Filters.id(page.filter(name)) : null;
    }
}
