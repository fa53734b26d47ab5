package se.stockholm.vfu.overview;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import se.stockholm.vfu.allocation.AllocationService;
import se.stockholm.vfu.allocation.AllocationSummary;
import se.stockholm.vfu.common.NotFoundException;
import se.stockholm.vfu.notification.Notice;
import se.stockholm.vfu.notification.NotificationService;
import se.stockholm.vfu.place.PlaceStatus;
import se.stockholm.vfu.placement.PlacementStatus;
import se.stockholm.vfu.recruitment.FunnelService;
import se.stockholm.vfu.reference.District;
import se.stockholm.vfu.reference.University;
import se.stockholm.vfu.request.RequestStatus;
import se.stockholm.vfu.security.Caller;
import se.stockholm.vfu.security.CurrentUser;
import se.stockholm.vfu.security.Role;
import se.stockholm.vfu.supervisor.TrainingStatus;
import se.stockholm.vfu.term.Term;
import se.stockholm.vfu.term.TermStatus;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The follow-up dashboard of a term, for each role's landing page and the term report: what awaits the user, the
 * pipeline against the target and the ceiling, deadlines, who has not reported or sent requests (with reminders),
 * breakdowns per district, university and area of work, supervisor-training coverage, and the trend over terms.
 * <p>
 * Scope is checked before anything is read: the central contact sees the city, a district contact its own district
 * beside the city's total (the total only: no other district is named), a university coordinator its own students.
 * Every figure comes from a fixed number of aggregate queries (grouped by district, university, area, term or
 * status), whatever the number of districts, terms or rows.
 */
@Stateless
@RolesAllowed({Role.CENTRAL_NAME, Role.ADMIN_NAME, Role.DISTRICT_NAME, Role.UNIVERSITY_NAME})
public class DashboardService {

    /** Offers older than this without the district's answer are the central contact's to chase. */
    public static final Duration UNANSWERED_AFTER = Duration.ofDays(3);
    /** How many terms a trend shows, ending with the term of the dashboard. */
    public static final int TREND_TERMS = 8;

    private static final Logger LOG = Logger.getLogger(DashboardService.class.getName());
    private static final Set<PlacementStatus> PLACED = Set.of(PlacementStatus.CONFIRMED, PlacementStatus.STARTED,
            PlacementStatus.COMPLETED, PlacementStatus.INTERRUPTED);
    private static final Set<PlacementStatus> SUPERVISING = Set.of(PlacementStatus.CONFIRMED, PlacementStatus.STARTED,
            PlacementStatus.COMPLETED);
    private static final Set<TermStatus> RUNNING = Set.of(TermStatus.OPEN, TermStatus.ALLOCATION, TermStatus.PUBLISHED);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private FunnelService funnelService;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Clock clock;

    @EJB
    private AllocationService allocationService;

    @EJB
    private NotificationService notificationService;

    /** The city's dashboard (central contact and administrator). */
    @RolesAllowed({Role.CENTRAL_NAME, Role.ADMIN_NAME})
    public Dashboard city(long termId) {
        currentUser.get().requireCityWide();
        return city(term(termId), allocationService.summary(termId).ceiling());
    }

    /** The term report of the city's dashboard, with where places are short, in the reader's language. */
    @RolesAllowed({Role.CENTRAL_NAME, Role.ADMIN_NAME})
    public TermReport report(long termId, Locale locale) {
        currentUser.get().requireCityWide();
        Term term = term(termId);
        AllocationSummary summary = allocationService.summary(termId);
        return new TermReport(city(term, summary.ceiling()), summary.shortage(), funnelService.funnel(), locale,
                LocalDate.now(clock));
    }

    private Dashboard city(Term term, int ceiling) {
        long termId = term.getId();
        Map<Long, Long> reported = reportedByDistrict(termId);
        Map<Long, Map<PlacementStatus, Long>> placedByDistrict = placementsBy("pl.district.id", termId, null, null);
        Map<Long, Long> firstChoices = firstChoicesByDistrict(termId);
        List<Breakdown> byDistrict = new ArrayList<>();
        List<Party> notReported = new ArrayList<>();
        for (District district : districts()) {
            long places = reported.getOrDefault(district.getId(), 0L);
            Map<PlacementStatus, Long> statuses = placedByDistrict.getOrDefault(district.getId(), Map.of());
            byDistrict.add(new Breakdown(district.getId(), district.getCode(), district.getName(), places,
                    firstChoices.getOrDefault(district.getId(), 0L), placed(statuses),
                    statuses.getOrDefault(PlacementStatus.COMPLETED, 0L)));
            if (places == 0) {
                notReported.add(new Party(district.getId(), district.getCode(), district.getName()));
            }
        }
        Map<Long, Long> requests = requestsByUniversity(termId);
        Map<Long, Map<PlacementStatus, Long>> placedByUniversity = placementsBy("pl.university.id", termId, null, null);
        List<Breakdown> byUniversity = new ArrayList<>();
        List<Party> noRequests = new ArrayList<>();
        for (University university : universities()) {
            long sent = requests.getOrDefault(university.getId(), 0L);
            Map<PlacementStatus, Long> statuses = placedByUniversity.getOrDefault(university.getId(), Map.of());
            byUniversity.add(new Breakdown(university.getId(), university.getCode(), university.getNameSv(), -1, sent, placed(statuses),
                    statuses.getOrDefault(PlacementStatus.COMPLETED, 0L)));
            if (sent == 0) {
                noRequests.add(new Party(university.getId(), university.getCode(), university.getNameSv()));
            }
        }
        Pipeline pipeline = Pipeline.of(sum(reported), sum(requests), total(placedByDistrict));
        return new Dashboard(term.getCode(), term.getStatus().name(), Dashboard.CITY, null, term.getTargetPlaces(),
                ceiling, pipeline, null, deadlines(term), centralTodos(term, notReported.size()), notReported,
                noRequests, byDistrict, byUniversity, byArea(termId, null, null), training(termId, null),
                trend(term, null, null), List.of());
    }

    /** A district's dashboard: its own figures beside the city's total, never another district's. */
    public Dashboard district(long termId, long districtId) {
        currentUser.get().requireDistrict(districtId);
        Term term = term(termId);
        District district = em.find(District.class, districtId);
        if (district == null) {
            throw new NotFoundException();
        }
        Map<Long, Long> reported = reportedByDistrict(termId);
        Map<Long, Map<PlacementStatus, Long>> placedByDistrict = placementsBy("pl.district.id", termId, null, null);
        Map<Long, Long> firstChoices = firstChoicesByDistrict(termId);
        Map<PlacementStatus, Long> own = placedByDistrict.getOrDefault(districtId, Map.of());
        Map<PlacementStatus, Long> city = total(placedByDistrict);
        long ownReported = reported.getOrDefault(districtId, 0L);
        long ownFirstChoices = firstChoices.getOrDefault(districtId, 0L);
        List<Breakdown> byDistrict = List.of(
                new Breakdown(district.getId(), district.getCode(), district.getName(), ownReported, ownFirstChoices, placed(own),
                        own.getOrDefault(PlacementStatus.COMPLETED, 0L)),
                new Breakdown(0, Breakdown.CITY, null, sum(reported), sum(firstChoices), placed(city),
                        city.getOrDefault(PlacementStatus.COMPLETED, 0L)));
        Map<Long, Map<PlacementStatus, Long>> byUniversityStatus = placementsBy("pl.university.id", termId, districtId,
                null);
        List<Breakdown> byUniversity = new ArrayList<>();
        for (University university : universities()) {
            Map<PlacementStatus, Long> statuses = byUniversityStatus.getOrDefault(university.getId(), Map.of());
            byUniversity.add(new Breakdown(university.getId(), university.getCode(), university.getNameSv(), -1, -1, placed(statuses),
                    statuses.getOrDefault(PlacementStatus.COMPLETED, 0L)));
        }
        long cityRequests = sum(requestsByUniversity(termId));
        return new Dashboard(term.getCode(), term.getStatus().name(), Dashboard.DISTRICT, district.getName(),
                term.getTargetPlaces(), null, Pipeline.of(ownReported, ownFirstChoices, own),
                Pipeline.of(sum(reported), cityRequests, city), deadlines(term), districtTodos(districtId, term, ownReported),
                List.of(), List.of(), byDistrict, byUniversity, byArea(termId, districtId, null),
                training(termId, districtId), trend(term, districtId, null), trend(term, null, null));
    }

    /** A university's dashboard: its own students' requests and placements; the city's places for context. */
    public Dashboard university(long termId, long universityId) {
        currentUser.get().requireUniversity(universityId);
        Term term = term(termId);
        University university = em.find(University.class, universityId);
        if (university == null) {
            throw new NotFoundException();
        }
        long requests = requestsByUniversity(termId).getOrDefault(universityId, 0L);
        Map<Long, Map<PlacementStatus, Long>> byDistrictStatus = placementsBy("pl.district.id", termId, null,
                universityId);
        List<Breakdown> byDistrict = new ArrayList<>();
        for (District district : districts()) {
            Map<PlacementStatus, Long> statuses = byDistrictStatus.getOrDefault(district.getId(), Map.of());
            if (!statuses.isEmpty()) {
                byDistrict.add(new Breakdown(district.getId(), district.getCode(), district.getName(), -1, -1, placed(statuses),
                        statuses.getOrDefault(PlacementStatus.COMPLETED, 0L)));
            }
        }
        Map<PlacementStatus, Long> own = total(byDistrictStatus);
        List<Breakdown> byUniversity = List.of(new Breakdown(university.getId(), university.getCode(), university.getNameSv(), -1, requests,
                placed(own), own.getOrDefault(PlacementStatus.COMPLETED, 0L)));
        return new Dashboard(term.getCode(), term.getStatus().name(), Dashboard.UNIVERSITY, university.getNameSv(),
                term.getTargetPlaces(), null, Pipeline.of(sum(reportedByDistrict(termId)), requests, own), null,
                deadlines(term), universityTodos(universityId, term, requests), List.of(), List.of(), byDistrict,
                byUniversity, byArea(termId, null, universityId), List.of(), trend(term, null, universityId), List.of());
    }

    /** The dashboard the caller's role and scope give: the city, the caller's district or the caller's university. */
    public Dashboard forCaller(long termId) {
        Caller caller = currentUser.get();
        if (caller.role() == Role.DISTRICT) {
            return district(termId, caller.districtId());
        }
        if (caller.role() == Role.UNIVERSITY) {
            return university(termId, caller.universityId());
        }
        return city(termId);
    }

    /**
     * Reminds a district that has not reported places for the term: an in-app notice and a mail to its contacts.
     * Returns false, sending nothing, when the district has reported since the page was shown. Logged without
     * personal data; the notices themselves are the record of who was reminded when.
     */
    @RolesAllowed({Role.CENTRAL_NAME, Role.ADMIN_NAME})
    public boolean remindDistrict(long termId, long districtId) {
        Caller caller = currentUser.get();
        caller.requireCityWide();
        Term term = term(termId);
        District district = em.find(District.class, districtId);
        if (district == null) {
            throw new NotFoundException();
        }
        if (reportedByDistrict(termId).getOrDefault(districtId, 0L) > 0) {
            return false;
        }
        notificationService.notifyDistrict(districtId, new Notice("notice.remindPlaces.subject",
                "notice.remindPlaces.body", List.of(term.getCode(), String.valueOf(term.getReportingDeadline())),
                "/district/places.xhtml"));
        LOG.info(() -> "Reminder to report places for " + term.getCode() + " sent to district " + district.getCode()
                + " by " + caller.username());
        return true;
    }

    /** Reminds a university that has sent no requests for the term; as {@link #remindDistrict}. */
    @RolesAllowed({Role.CENTRAL_NAME, Role.ADMIN_NAME})
    public boolean remindUniversity(long termId, long universityId) {
        Caller caller = currentUser.get();
        caller.requireCityWide();
        Term term = term(termId);
        University university = em.find(University.class, universityId);
        if (university == null) {
            throw new NotFoundException();
        }
        if (requestsByUniversity(termId).getOrDefault(universityId, 0L) > 0) {
            return false;
        }
        notificationService.notifyUniversity(universityId, new Notice("notice.remindRequests.subject",
                "notice.remindRequests.body", List.of(term.getCode(), String.valueOf(term.getRequestDeadline())),
                "/university/requests.xhtml"));
        LOG.info(() -> "Reminder to send requests for " + term.getCode() + " sent to university "
                + university.getCode() + " by " + caller.username());
        return true;
    }

    private List<Todo> centralTodos(Term term, int notReported) {
        List<Todo> todos = new ArrayList<>();
        if (term.getStatus() == TermStatus.OPEN && notReported > 0) {
            todos.add(new Todo("dashboard.todo.notReported", notReported, term.getCode(), "#not-reported"));
        }
        em.createQuery("""
                        SELECT t.code, COUNT(pl) FROM Placement pl JOIN pl.term t
                        WHERE pl.status = :offered AND pl.changedAt < :before AND t.status IN :running
                        GROUP BY t.code, t.vfuStart ORDER BY t.vfuStart""", Tuple.class)
                .setParameter("offered", PlacementStatus.OFFERED)
                .setParameter("before", clock.instant().minus(UNANSWERED_AFTER))
                .setParameter("running", RUNNING)
                .getResultList()
                .forEach(row -> todos.add(new Todo("dashboard.todo.unanswered", row.get(1, Long.class),
                        row.get(0, String.class), "/placements.xhtml")));
        LocalDate today = LocalDate.now(clock);
        em.createQuery("""
                        SELECT t.code FROM Term t WHERE t.status IN :preparing AND t.requestDeadline < :today
                        AND NOT EXISTS (SELECT r FROM AllocationRun r WHERE r.term = t) ORDER BY t.vfuStart""", String.class)
                .setParameter("preparing", Set.of(TermStatus.OPEN, TermStatus.ALLOCATION))
                .setParameter("today", today)
                .getResultList()
                .forEach(code -> todos.add(new Todo("dashboard.todo.notRun", 1, code, "/central/allocation.xhtml")));
        em.createQuery("""
                        SELECT t.code, COUNT(pl) FROM Placement pl JOIN pl.term t
                        WHERE pl.status = :proposed AND t.status IN :running
                        GROUP BY t.code, t.vfuStart ORDER BY t.vfuStart""", Tuple.class)
                .setParameter("proposed", PlacementStatus.PROPOSED)
                .setParameter("running", RUNNING)
                .getResultList()
                .forEach(row -> todos.add(new Todo("dashboard.todo.notPublished", row.get(1, Long.class),
                        row.get(0, String.class), "/central/allocation.xhtml")));
        return todos;
    }

    private List<Todo> districtTodos(long districtId, Term term, long reported) {
        List<Todo> todos = new ArrayList<>();
        if (term.isReportingOpen(LocalDate.now(clock)) && reported == 0) {
            todos.add(new Todo("dashboard.todo.reportPlaces", 0, term.getCode(), "/district/places.xhtml"));
        }
        em.createQuery("""
                        SELECT t.code, COUNT(pl) FROM Placement pl JOIN pl.term t
                        WHERE pl.district.id = :district AND pl.status = :offered AND t.status IN :running
                        GROUP BY t.code, t.vfuStart ORDER BY t.vfuStart""", Tuple.class)
                .setParameter("district", districtId)
                .setParameter("offered", PlacementStatus.OFFERED)
                .setParameter("running", RUNNING)
                .getResultList()
                .forEach(row -> todos.add(new Todo("dashboard.todo.answerOffers", row.get(1, Long.class),
                        row.get(0, String.class), "/placements.xhtml")));
        em.createQuery("""
                        SELECT t.code, SUM(p.places) FROM PlaceOffer p JOIN p.term t
                        WHERE p.district.id = :district AND p.status = :active AND p.supervisor IS NULL
                        AND t.status IN :running GROUP BY t.code, t.vfuStart ORDER BY t.vfuStart""", Tuple.class)
                .setParameter("district", districtId)
                .setParameter("active", PlaceStatus.ACTIVE)
                .setParameter("running", RUNNING)
                .getResultList()
                .forEach(row -> todos.add(new Todo("dashboard.todo.nameSupervisors", row.get(1, Number.class).longValue(),
                        row.get(0, String.class), "/district/places.xhtml")));
        return todos;
    }

    private List<Todo> universityTodos(long universityId, Term term, long requests) {
        List<Todo> todos = new ArrayList<>();
        if (term.isRequestingOpen(LocalDate.now(clock))) {
            todos.add(new Todo(requests == 0 ? "dashboard.todo.sendRequests" : "dashboard.todo.moreRequests", requests,
                    term.getCode(), "/university/requests.xhtml"));
        }
        em.createQuery("""
                        SELECT t.code, COUNT(pl) FROM Placement pl JOIN pl.term t
                        WHERE pl.university.id = :university AND pl.status = :declined AND t.status IN :running
                        AND NOT EXISTS (SELECT other FROM Placement other WHERE other.request = pl.request
                                        AND other.status IN :live)
                        GROUP BY t.code, t.vfuStart ORDER BY t.vfuStart""", Tuple.class)
                .setParameter("university", universityId)
                .setParameter("declined", PlacementStatus.DECLINED)
                .setParameter("running", RUNNING)
                .setParameter("live", PlacementStatus.LIVE)
                .getResultList()
                .forEach(row -> todos.add(new Todo("dashboard.todo.declined", row.get(1, Long.class),
                        row.get(0, String.class), "/placements.xhtml")));
        return todos;
    }

    private List<Deadline> deadlines(Term term) {
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

    private Map<Long, Long> reportedByDistrict(long termId) {
        Map<Long, Long> reported = new HashMap<>();
        em.createQuery("""
                        SELECT p.district.id, SUM(p.places) FROM PlaceOffer p
                        WHERE p.term.id = :term AND p.status = :active GROUP BY p.district.id""", Tuple.class)
                .setParameter("term", termId)
                .setParameter("active", PlaceStatus.ACTIVE)
                .getResultList()
                .forEach(row -> reported.put(row.get(0, Long.class), row.get(1, Number.class).longValue()));
        return reported;
    }

    /** Requests (not withdrawn) by the district they name first: where students want to go. */
    private Map<Long, Long> firstChoicesByDistrict(long termId) {
        Map<Long, Long> wanted = new HashMap<>();
        em.createQuery("""
                        SELECT r.district1.id, COUNT(r) FROM StudentRequest r
                        WHERE r.term.id = :term AND r.status <> :withdrawn AND r.district1 IS NOT NULL
                        GROUP BY r.district1.id""", Tuple.class)
                .setParameter("term", termId)
                .setParameter("withdrawn", RequestStatus.WITHDRAWN)
                .getResultList()
                .forEach(row -> wanted.put(row.get(0, Long.class), row.get(1, Long.class)));
        return wanted;
    }

    private Map<Long, Long> requestsByUniversity(long termId) {
        Map<Long, Long> requests = new HashMap<>();
        em.createQuery("""
                        SELECT r.university.id, COUNT(r) FROM StudentRequest r
                        WHERE r.term.id = :term AND r.status <> :withdrawn GROUP BY r.university.id""", Tuple.class)
                .setParameter("term", termId)
                .setParameter("withdrawn", RequestStatus.WITHDRAWN)
                .getResultList()
                .forEach(row -> requests.put(row.get(0, Long.class), row.get(1, Long.class)));
        return requests;
    }

    /** Placement counts by status, grouped by {@code groupBy}; optionally only a district's or a university's. */
    private Map<Long, Map<PlacementStatus, Long>> placementsBy(String groupBy, long termId, Long districtId,
                                                              Long universityId) {
        Map<Long, Map<PlacementStatus, Long>> counts = new HashMap<>();
        StringBuilder jpql = new StringBuilder("SELECT " + groupBy + ", pl.status, COUNT(pl) FROM Placement pl"
                + " WHERE pl.term.id = :term");
        if (districtId != null) {
            jpql.append(" AND pl.district.id = :district");
        }
        if (universityId != null) {
            jpql.append(" AND pl.university.id = :university");
        }
        jpql.append(" GROUP BY ").append(groupBy).append(", pl.status");
        var query = em.createQuery(jpql.toString(), Tuple.class).setParameter("term", termId);
        if (districtId != null) {
            query.setParameter("district", districtId);
        }
        if (universityId != null) {
            query.setParameter("university", universityId);
        }
        query.getResultList().forEach(row -> counts
                .computeIfAbsent(row.get(0, Long.class), key -> new EnumMap<>(PlacementStatus.class))
                .put(row.get(1, PlacementStatus.class), row.get(2, Long.class)));
        return counts;
    }

    private List<Breakdown> byArea(long termId, Long districtId, Long universityId) {
        Map<Long, Long> reported = new HashMap<>();
        if (universityId == null) {
            var query = em.createQuery("SELECT p.area.id, SUM(p.places) FROM PlaceOffer p WHERE p.term.id = :term"
                            + " AND p.status = :active" + (districtId == null ? "" : " AND p.district.id = :district")
                            + " GROUP BY p.area.id", Tuple.class)
                    .setParameter("term", termId)
                    .setParameter("active", PlaceStatus.ACTIVE);
            if (districtId != null) {
                query.setParameter("district", districtId);
            }
            query.getResultList()
                    .forEach(row -> reported.put(row.get(0, Long.class), row.get(1, Number.class).longValue()));
        }
        Map<Long, Map<PlacementStatus, Long>> placed = placementsBy("pl.offer.area.id", termId, districtId,
                universityId);
        List<Breakdown> lines = new ArrayList<>();
        em.createQuery("SELECT a.id, a.code, a.nameSv FROM AreaOfWork a ORDER BY a.nameSv", Tuple.class)
                .getResultList().forEach(row -> {
                    long id = row.get(0, Long.class);
                    Map<PlacementStatus, Long> statuses = placed.getOrDefault(id, Map.of());
                    long places = universityId == null ? reported.getOrDefault(id, 0L) : -1;
                    if (places > 0 || !statuses.isEmpty()) {
                        lines.add(new Breakdown(id, row.get(1, String.class), row.get(2, String.class), places, -1,
                                placed(statuses), statuses.getOrDefault(PlacementStatus.COMPLETED, 0L)));
                    }
                });
        return lines;
    }

    /** Supervisor-training coverage per district (or the one district), in two grouped queries. */
    private List<TrainingCoverage> training(long termId, Long districtId) {
        String scope = districtId == null ? "" : " AND s.unit.district.id = :district";
        Map<Long, long[]> all = new HashMap<>();
        var active = em.createQuery("""
                        SELECT s.unit.district.id, COUNT(s), SUM(CASE WHEN s.trainingStatus <> :none THEN 1 ELSE 0 END)
                        FROM Supervisor s WHERE s.active = TRUE""" + scope + " GROUP BY s.unit.district.id", Tuple.class)
                .setParameter("none", TrainingStatus.NONE);
        var supervising = em.createQuery("""
                        SELECT s.unit.district.id, COUNT(s), SUM(CASE WHEN s.trainingStatus <> :none THEN 1 ELSE 0 END)
                        FROM Supervisor s WHERE EXISTS (SELECT pl FROM Placement pl WHERE pl.supervisor = s
                              AND pl.term.id = :term AND pl.status IN :supervising)""" + scope
                        + " GROUP BY s.unit.district.id", Tuple.class)
                .setParameter("none", TrainingStatus.NONE)
                .setParameter("term", termId)
                .setParameter("supervising", SUPERVISING);
        if (districtId != null) {
            active.setParameter("district", districtId);
            supervising.setParameter("district", districtId);
        }
        active.getResultList().forEach(row -> {
            long[] counts = all.computeIfAbsent(row.get(0, Long.class), id -> new long[4]);
            counts[0] = row.get(1, Long.class);
            counts[1] = row.get(2, Number.class).longValue();
        });
        supervising.getResultList().forEach(row -> {
            long[] counts = all.computeIfAbsent(row.get(0, Long.class), id -> new long[4]);
            counts[2] = row.get(1, Long.class);
            counts[3] = row.get(2, Number.class).longValue();
        });
        List<TrainingCoverage> lines = new ArrayList<>();
        for (District district : districts()) {
            if (districtId == null || district.getId().equals(districtId)) {
                long[] counts = all.getOrDefault(district.getId(), new long[4]);
                lines.add(new TrainingCoverage(district.getCode(), district.getName(), counts[0], counts[1], counts[2],
                        counts[3]));
            }
        }
        return lines;
    }

    /** The scope's figures over the last {@link #TREND_TERMS} terms up to {@code term}, in three grouped queries. */
    private List<TrendPoint> trend(Term term, Long districtId, Long universityId) {
        List<Term> terms = em.createQuery("SELECT t FROM Term t WHERE t.vfuStart <= :start ORDER BY t.vfuStart DESC",
                        Term.class)
                .setParameter("start", term.getVfuStart()).setMaxResults(TREND_TERMS).getResultList();
        List<Long> ids = terms.stream().map(Term::getId).toList();
        Map<Long, Long> reported = new HashMap<>();
        var reportedQuery = em.createQuery("SELECT p.term.id, SUM(p.places) FROM PlaceOffer p WHERE p.term.id IN :terms"
                        + " AND p.status = :active" + (districtId == null ? "" : " AND p.district.id = :district")
                        + " GROUP BY p.term.id", Tuple.class)
                .setParameter("terms", ids).setParameter("active", PlaceStatus.ACTIVE);
        if (districtId != null) {
            reportedQuery.setParameter("district", districtId);
        }
        reportedQuery.getResultList()
                .forEach(row -> reported.put(row.get(0, Long.class), row.get(1, Number.class).longValue()));
        Map<Long, Long> requests = new HashMap<>();
        String requestScope = districtId != null ? " AND r.district1.id = :scope"
                : universityId != null ? " AND r.university.id = :scope" : "";
        var requestQuery = em.createQuery("SELECT r.term.id, COUNT(r) FROM StudentRequest r WHERE r.term.id IN :terms"
                        + " AND r.status <> :withdrawn" + requestScope + " GROUP BY r.term.id", Tuple.class)
                .setParameter("terms", ids).setParameter("withdrawn", RequestStatus.WITHDRAWN);
        if (districtId != null || universityId != null) {
            requestQuery.setParameter("scope", districtId != null ? districtId : universityId);
        }
        requestQuery.getResultList().forEach(row -> requests.put(row.get(0, Long.class), row.get(1, Long.class)));
        Map<Long, Map<PlacementStatus, Long>> placements = new HashMap<>();
        String placementScope = districtId != null ? " AND pl.district.id = :scope"
                : universityId != null ? " AND pl.university.id = :scope" : "";
        var placementQuery = em.createQuery("SELECT pl.term.id, pl.status, COUNT(pl) FROM Placement pl"
                        + " WHERE pl.term.id IN :terms" + placementScope + " GROUP BY pl.term.id, pl.status", Tuple.class)
                .setParameter("terms", ids);
        if (districtId != null || universityId != null) {
            placementQuery.setParameter("scope", districtId != null ? districtId : universityId);
        }
        placementQuery.getResultList().forEach(row -> placements
                .computeIfAbsent(row.get(0, Long.class), id -> new EnumMap<>(PlacementStatus.class))
                .put(row.get(1, PlacementStatus.class), row.get(2, Long.class)));
        List<TrendPoint> points = new ArrayList<>();
        for (int i = terms.size() - 1; i >= 0; i--) {
            Term t = terms.get(i);
            Map<PlacementStatus, Long> statuses = placements.getOrDefault(t.getId(), Map.of());
            points.add(new TrendPoint(t.getCode(), t.getTargetPlaces(),
                    universityId == null ? reported.getOrDefault(t.getId(), 0L) : -1,
                    requests.getOrDefault(t.getId(), 0L), placed(statuses),
                    statuses.getOrDefault(PlacementStatus.COMPLETED, 0L)));
        }
        return points;
    }

    private List<District> districts() {
        return em.createQuery("SELECT d FROM District d WHERE d.active = TRUE ORDER BY d.name", District.class)
                .getResultList();
    }

    private List<University> universities() {
        return em.createQuery("SELECT u FROM University u WHERE u.active = TRUE ORDER BY u.code", University.class)
                .getResultList();
    }

    private static long placed(Map<PlacementStatus, Long> statuses) {
        return PLACED.stream().mapToLong(s -> statuses.getOrDefault(s, 0L)).sum();
    }

    private static long sum(Map<Long, Long> values) {
        return values.values().stream().mapToLong(Long::longValue).sum();
    }

    private static Map<PlacementStatus, Long> total(Map<Long, Map<PlacementStatus, Long>> grouped) {
        Map<PlacementStatus, Long> total = new EnumMap<>(PlacementStatus.class);
        grouped.values().forEach(statuses -> statuses.forEach((status, count) -> total.merge(status, count, Long::sum)));
        return total;
    }

    private Term term(long termId) {
        Term term = em.find(Term.class, termId);
        if (term == null) {
            throw new NotFoundException();
        }
        return term;
    }
}
