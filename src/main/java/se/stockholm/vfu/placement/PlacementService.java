package se.stockholm.vfu.placement;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.NotNull;
import se.stockholm.vfu.common.Filters;
import se.stockholm.vfu.common.JpqlLiterals;
import se.stockholm.vfu.common.Page;
import se.stockholm.vfu.common.PageRequest;
import se.stockholm.vfu.readlog.ReadLog;
import se.stockholm.vfu.retention.AnonymisedName;
import se.stockholm.vfu.security.Caller;
import se.stockholm.vfu.security.CurrentUser;
import se.stockholm.vfu.security.Role;
import se.stockholm.vfu.supervisor.SupervisorChoice;
import se.stockholm.vfu.supervisor.TrainingStatus;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Placements after a run: who sees which, and their history. The steps along their lifecycle (confirm, decline,
 * start, complete, interrupt, cancel) are {@link PlacementLifecycleService}'s.
 * <ul>
 *   <li>The central contact sees all, proposals included.</li>
 *   <li>A district contact sees its own district's placements once they are offered.</li>
 *   <li>A university coordinator sees its own students' placements once they are offered.</li>
 * </ul>
 * Every list applies the scope in the query; a placement outside the caller's scope is "not found"
 * ({@link PlacementAccess}).
 */
@Stateless
@RolesAllowed({Role.CENTRAL_NAME, Role.ADMIN_NAME, Role.DISTRICT_NAME, Role.UNIVERSITY_NAME})
public class PlacementService {

    /** No district or university has this id. */
    private static final Long NOTHING = -1L;

    private static final String SUPERVISED = JpqlLiterals.of(PlacementStatus.SUPERVISED);

    private static final Map<String, String> SORTABLE = Map.of(
            "studentName", "r.studentName",
            "universityCode", "un.code",
            "achievedRank", "pl.achievedRank",
            "districtName", "d.name",
            "unitName", "u.name",
            "status", "pl.status",
            "changedAt", "pl.changedAt");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private PlacementAccess access;

    @Inject
    private ReadLog readLog;

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
        // the statuses as literals: a list parameter would be translated to SQL again on every call (JpqlLiterals)
        String where = " WHERE t.id = :term AND pl.status IN " + JpqlLiterals.of(statuses)
                + " AND (:district IS NULL OR d.id = :district) AND (:university IS NULL OR un.id = :university)"
                + page.containsCondition("text", AnonymisedName.shownIn(page.language()), "r.studentName");
        TypedQuery<PlacementRow> rows = em.createQuery(PlacementAccess.ROW + PlacementAccess.FROM + where
                + page.orderBy(SORTABLE, "r.studentName", "pl.id"), PlacementRow.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(pl)" + PlacementAccess.FROM + where, Long.class);
        // a scoped caller without their district or university sees nothing rather than everything
        Long district = caller.role() == Role.DISTRICT ? Objects.requireNonNullElse(caller.districtId(), NOTHING)
                : cityWideFilter(page, "district", caller);
        Long university = caller.role() == Role.UNIVERSITY ? Objects.requireNonNullElse(caller.universityId(), NOTHING)
                : cityWideFilter(page, "university", caller);
        for (TypedQuery<?> query : List.of(rows, count)) {
            query.setParameter("term", termId);
            query.setParameter("district", district);
            query.setParameter("university", university);
            page.bindContains(query, "text");
        }
        List<PlacementRow> found = rows.setFirstResult(page.first()).setMaxResults(page.size()).getResultList();
        // every row shown names a student: each is a view for the read log
        readLog.placements(found.stream().map(PlacementAccess::read).toList(), "PlacementService.find");
        return new Page<>(found.stream().map(row -> PlacementAccess.visibleTo(row, caller)).toList(), count.getSingleResult());
    }

    /**
     * One placement of the given term (the one a page shows or a URL names), in the caller's scope: a placement of
     * another term is not found.
     */
    public PlacementRow get(long termId, long id) {
        return access.row(access.readable(termId, id));
    }

    /**
     * The supervisors of the placement's district who have room for one more student this term, trained ones
     * first. Supervisors of the offer's unit come before the others of the district.
     * <p>
     * Like every step of {@link PlacementLifecycleService} it takes every role that may read placements, rather
     * than naming the roles that may answer: a placement the caller may not read, or of another term than the given
     * one, is not found whatever the caller's role, and only then is a university (or, for the central contact's
     * steps, a district) refused (the API has always answered so, and a page gets the same "not allowed" message
     * either way).
     */
    public List<SupervisorChoice> supervisorOptions(long termId, long placementId) {
        return supervisorOptions(access.answerable(access.readable(termId, placementId)));
    }

    private List<SupervisorChoice> supervisorOptions(Placement placement) {
        long unitId = placement.getOffer().getUnit().getId();
        List<Tuple> rows = em.createQuery("""
                        SELECT s.id, s.name, u.name, s.trainingStatus, s.maxStudents,
                               (SELECT COUNT(pl) FROM Placement pl WHERE pl.supervisor = s AND pl.term.id = :term
                                AND pl.status IN %s), u.id
                        FROM Supervisor s JOIN s.unit u
                        WHERE u.district.id = :district AND s.active = TRUE
                        ORDER BY s.name, s.id""".formatted(SUPERVISED), Tuple.class)
                .setParameter("term", placement.getTerm().getId())
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

    /** The history of a placement of the given term, oldest first. */
    public List<PlacementEvent> history(long termId, long id) {
        Placement placement = access.readable(termId, id);
        return em.createQuery("SELECT e FROM PlacementEvent e WHERE e.placement = :placement ORDER BY e.changedAt, e.id",
                PlacementEvent.class).setParameter("placement", placement).getResultList();
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
