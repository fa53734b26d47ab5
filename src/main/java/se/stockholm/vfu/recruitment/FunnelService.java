package se.stockholm.vfu.recruitment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import se.stockholm.vfu.common.AccessDeniedException;
import se.stockholm.vfu.common.StockholmTime;
import se.stockholm.vfu.placement.PlacementStatus;
import se.stockholm.vfu.security.Caller;
import se.stockholm.vfu.security.CurrentUser;
import se.stockholm.vfu.security.Role;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The funnel VFU students → trainees → permanent hires → still employed 12 months after the hire, per cohort (the term
 * of the completed placement). Who sees what is decided here, for the pages and the API alike:
 * <ul>
 *   <li>the central contact (and administrator): the city, every district of VFU and every university;</li>
 *   <li>a district contact: the city and its own district;</li>
 *   <li>a university coordinator: only its own students, as aggregates, every figure under 5 suppressed ("fewer than
 *       5"): no count below 5 leaves the server.</li>
 * </ul>
 * A student counts once per cohort whatever the number of posts they were a candidate for: as a trainee if any of
 * their candidacies reached trainee (or a hire), as hired if any reached a permanent hire.
 */
@Stateless
@RolesAllowed({Role.CENTRAL_NAME, Role.ADMIN_NAME, Role.DISTRICT_NAME, Role.UNIVERSITY_NAME})
public class FunnelService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Clock clock;

    public List<FunnelRow> funnel() {
        Caller caller = currentUser.get();
        List<FunnelFact> facts = facts(caller.role() == Role.UNIVERSITY ? caller.universityId() : null);
        if (caller.isCityWide()) {
            return Funnel.rows(facts, List.of(Funnel.Groups.CITY, Funnel.Groups.DISTRICTS, Funnel.Groups.UNIVERSITIES),
                    false);
        }
        if (caller.role() == Role.DISTRICT) {
            String own = caller.districtName();
            return Funnel.rows(facts, List.of(Funnel.Groups.CITY, Funnel.Groups.DISTRICTS), false).stream()
                    .filter(r -> !FunnelRow.DISTRICT.equals(r.groupType()) || r.groupName().equals(own)).toList();
        }
        if (caller.role() == Role.UNIVERSITY && caller.universityId() != null) {
            return Funnel.rows(facts, List.of(Funnel.Groups.UNIVERSITIES), true);
        }
        throw new AccessDeniedException();
    }

    /** The completed placements (of one university, or all) and how far each student came. */
    private List<FunnelFact> facts(Long universityId) {
        LocalDate today = LocalDate.now(clock.withZone(StockholmTime.ZONE));
        Map<Long, boolean[]> stages = new HashMap<>();
        em.createQuery("""
                        SELECT c.placement.id, c.traineeOn, c.hiredOn, c.employmentEndedOn FROM Candidate c
                        WHERE c.placement IS NOT NULL
                        AND (:university IS NULL OR c.placement.university.id = :university)""", Tuple.class)
                .setParameter("university", universityId)
                .getResultStream().forEach(r -> {
                    boolean[] s = stages.computeIfAbsent(r.get(0, Long.class), id -> new boolean[4]);
                    LocalDate traineeOn = r.get(1, LocalDate.class);
                    LocalDate hiredOn = r.get(2, LocalDate.class);
                    s[0] |= traineeOn != null || hiredOn != null;
                    s[1] |= hiredOn != null;
                    s[2] |= Funnel.retained12(hiredOn, r.get(3, LocalDate.class), today);
                    s[3] |= Funnel.retentionPending(hiredOn, r.get(3, LocalDate.class), today);
                });
        return em.createQuery("""
                        SELECT pl.id, t.code, t.vfuStart, d.id, d.name, un.id, un.code
                        FROM Placement pl JOIN pl.term t JOIN pl.district d JOIN pl.university un
                        WHERE pl.status = :completed AND (:university IS NULL OR un.id = :university)""", Tuple.class)
                .setParameter("completed", PlacementStatus.COMPLETED)
                .setParameter("university", universityId)
                .getResultStream().map(r -> {
                    boolean[] s = stages.getOrDefault(r.get(0, Long.class), new boolean[4]);
                    // a student already retained through one candidacy is known, whatever another one's 12 months
                    return new FunnelFact(r.get(1, String.class), r.get(2, LocalDate.class), r.get(3, Long.class),
                            r.get(4, String.class), r.get(5, Long.class), r.get(6, String.class), s[0], s[1], s[2],
                            s[3] && !s[2]);
                }).toList();
    }
}
