package se.stockholm.vfu.overview;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import se.stockholm.vfu.common.JpqlLiterals;
import se.stockholm.vfu.place.PlaceStatus;
import se.stockholm.vfu.placement.PlacementStatus;
import se.stockholm.vfu.term.Term;
import se.stockholm.vfu.term.TermStatus;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What awaits each role on the dashboard, over every running term (offers to answer, supervisors to name, declined
 * students to place again, runs to make and publish), and the term's deadlines with the days left. Scope is the
 * caller's as {@link DashboardService} decided it.
 */
@Dependent
class DashboardTodos {

    /** Offers older than this without the district's answer are the central contact's to chase. */
    static final Duration UNANSWERED_AFTER = Duration.ofDays(3);

    /** The terms whose work is under way, as literals of the queries (common.JpqlLiterals). */
    private static final String RUNNING = JpqlLiterals.of(Set.of(TermStatus.OPEN, TermStatus.ALLOCATION,
            TermStatus.PUBLISHED));
    private static final String PREPARING = JpqlLiterals.of(Set.of(TermStatus.OPEN, TermStatus.ALLOCATION));
    private static final String PUBLISHED = JpqlLiterals.of(PlacementStatus.COMMITTED);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    List<Todo> centralTodos(Term term, int notReported) {
        List<Todo> todos = new ArrayList<>();
        if (term.getStatus() == TermStatus.OPEN && notReported > 0) {
            todos.add(new Todo("dashboard.todo.notReported", notReported, term.getCode(), "#not-reported"));
        }
        em.createQuery("""
                        SELECT t.code, COUNT(pl) FROM Placement pl JOIN pl.term t
                        WHERE pl.status = :offered AND pl.changedAt < :before AND t.status IN %s
                        GROUP BY t.code, t.vfuStart ORDER BY t.vfuStart""".formatted(RUNNING), Tuple.class)
                .setParameter("offered", PlacementStatus.OFFERED)
                .setParameter("before", clock.instant().minus(UNANSWERED_AFTER))
                .getResultList()
                .forEach(row -> todos.add(new Todo("dashboard.todo.unanswered", row.get(1, Long.class),
                        row.get(0, String.class), "/placements.xhtml")));
        LocalDate today = LocalDate.now(clock);
        em.createQuery("""
                        SELECT t.code FROM Term t WHERE t.status IN %s AND t.requestDeadline < :today
                        AND NOT EXISTS (SELECT r FROM AllocationRun r WHERE r.term = t)
                        ORDER BY t.vfuStart""".formatted(PREPARING), String.class)
                .setParameter("today", today)
                .getResultList()
                .forEach(code -> todos.add(new Todo("dashboard.todo.notRun", 1, code, "/central/allocation.xhtml")));
        em.createQuery("""
                        SELECT t.code, COUNT(pl) FROM Placement pl JOIN pl.term t
                        WHERE pl.status = :proposed AND t.status IN %s
                        GROUP BY t.code, t.vfuStart ORDER BY t.vfuStart""".formatted(RUNNING), Tuple.class)
                .setParameter("proposed", PlacementStatus.PROPOSED)
                .getResultList()
                .forEach(row -> todos.add(new Todo("dashboard.todo.notPublished", row.get(1, Long.class),
                        row.get(0, String.class), "/central/allocation.xhtml")));
        return todos;
    }

    List<Todo> districtTodos(long districtId, Term term, long reported) {
        List<Todo> todos = new ArrayList<>();
        if (term.isReportingOpen(LocalDate.now(clock)) && reported == 0) {
            todos.add(new Todo("dashboard.todo.reportPlaces", 0, term.getCode(), "/district/places.xhtml"));
        }
        em.createQuery("""
                        SELECT t.code, COUNT(pl) FROM Placement pl JOIN pl.term t
                        WHERE pl.district.id = :district AND pl.status = :offered AND t.status IN %s
                        GROUP BY t.code, t.vfuStart ORDER BY t.vfuStart""".formatted(RUNNING), Tuple.class)
                .setParameter("district", districtId)
                .setParameter("offered", PlacementStatus.OFFERED)
                .getResultList()
                .forEach(row -> todos.add(new Todo("dashboard.todo.answerOffers", row.get(1, Long.class),
                        row.get(0, String.class), "/placements.xhtml")));
        em.createQuery("""
                        SELECT t.code, SUM(p.places) FROM PlaceOffer p JOIN p.term t
                        WHERE p.district.id = :district AND p.status = :active AND p.supervisor IS NULL
                        AND t.status IN %s
                        GROUP BY t.code, t.vfuStart ORDER BY t.vfuStart""".formatted(RUNNING), Tuple.class)
                .setParameter("district", districtId)
                .setParameter("active", PlaceStatus.ACTIVE)
                .getResultList()
                .forEach(row -> todos.add(new Todo("dashboard.todo.nameSupervisors", row.get(1, Number.class).longValue(),
                        row.get(0, String.class), "/district/places.xhtml")));
        return todos;
    }

    List<Todo> universityTodos(long universityId, Term term, long requests) {
        List<Todo> todos = new ArrayList<>();
        if (term.isRequestingOpen(LocalDate.now(clock))) {
            todos.add(new Todo(requests == 0 ? "dashboard.todo.sendRequests" : "dashboard.todo.moreRequests", requests,
                    term.getCode(), "/university/requests.xhtml"));
        }
        // a new placement is one the university can see: a proposal the central contact has not published is not
        // (its placements list and dashboard leave it out), so the student still waits for one there
        em.createQuery("""
                        SELECT t.code, COUNT(DISTINCT pl.request) FROM Placement pl JOIN pl.term t
                        WHERE pl.university.id = :university AND pl.status = :declined AND t.status IN %s
                        AND NOT EXISTS (SELECT other FROM Placement other WHERE other.request = pl.request
                                        AND other.status IN %s)
                        GROUP BY t.code, t.vfuStart ORDER BY t.vfuStart""".formatted(RUNNING, PUBLISHED), Tuple.class)
                .setParameter("university", universityId)
                .setParameter("declined", PlacementStatus.DECLINED)
                .getResultList()
                .forEach(row -> todos.add(new Todo("dashboard.todo.declined", row.get(1, Long.class),
                        row.get(0, String.class), "/placements.xhtml")));
        return todos;
    }

    List<Deadline> deadlines(Term term) {
        LocalDate today = LocalDate.now(clock);
        return List.of(
                deadline("dashboard.deadline.reporting", term.getReportingDeadline(), today),
                deadline("dashboard.deadline.requests", term.getRequestDeadline(), today),
                deadline("dashboard.deadline.vfuStart", term.getVfuStart(), today),
                deadline("dashboard.deadline.vfuEnd", term.getVfuEnd(), today));
    }

    private static Deadline deadline(String key, LocalDate date, LocalDate today) {
        return new Deadline(key, date, ChronoUnit.DAYS.between(today, date));
    }
}
