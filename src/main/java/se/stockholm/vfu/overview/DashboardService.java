package se.stockholm.vfu.overview;

import static se.stockholm.vfu.overview.DashboardFigures.placed;
import static se.stockholm.vfu.overview.DashboardFigures.sum;
import static se.stockholm.vfu.overview.DashboardFigures.total;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import se.stockholm.vfu.allocation.AllocationService;
import se.stockholm.vfu.allocation.AllocationSummary;
import se.stockholm.vfu.common.NotFoundException;
import se.stockholm.vfu.notification.Notice;
import se.stockholm.vfu.notification.NotificationService;
import se.stockholm.vfu.placement.PlacementStatus;
import se.stockholm.vfu.recruitment.FunnelService;
import se.stockholm.vfu.reference.District;
import se.stockholm.vfu.reference.ReferenceLists;
import se.stockholm.vfu.reference.University;
import se.stockholm.vfu.security.Caller;
import se.stockholm.vfu.security.CurrentUser;
import se.stockholm.vfu.security.Role;
import se.stockholm.vfu.term.Term;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;

/**
 * The follow-up dashboard of a term, for each role's landing page and the term report: what awaits the user, the
 * pipeline against the target and the ceiling, deadlines, who has not reported or sent requests (with reminders),
 * breakdowns per district, university and area of work, supervisor-training coverage, and the trend over terms.
 * <p>
 * Scope is checked before anything is read: the central contact sees the city, a district contact its own district
 * beside the city's total (the total only: no other district is named), a university coordinator its own students.
 * Each counts the placements its placements list shows: the central contact's pipeline counts the proposals of a run
 * not yet published, a district's and a university's (and the city's total beside a district's) do not.
 * Every figure comes from a fixed number of aggregate queries (grouped by district, university, area, term or
 * status), whatever the number of districts, terms or rows: {@link DashboardFigures} and {@link DashboardTrend};
 * what awaits each role and the term's deadlines: {@link DashboardTodos}. This service checks the scope, puts them
 * together and sends reminders.
 */
@Stateless
@RolesAllowed({Role.CENTRAL_NAME, Role.ADMIN_NAME, Role.DISTRICT_NAME, Role.UNIVERSITY_NAME})
public class DashboardService {


    private static final Logger LOG = Logger.getLogger(DashboardService.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private FunnelService funnelService;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private DashboardFigures figures;

    @Inject
    private DashboardTrend trend;

    @Inject
    private DashboardTodos todos;

    @Inject
    private Clock clock;

    @EJB
    private AllocationService allocationService;

    @Inject
    private ReferenceLists referenceLists;

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
                referenceLists, LocalDate.now(clock));
    }

    private Dashboard city(Term term, int ceiling) {
        long termId = term.getId();
        Map<Long, Long> reported = figures.reportedByDistrict(termId);
        Map<Long, Map<PlacementStatus, Long>> placedByDistrict = figures.placementsBy("pl.district.id", termId, null, null,
                true);
        Map<Long, Long> firstChoices = figures.firstChoicesByDistrict(termId);
        List<Breakdown> byDistrict = new ArrayList<>();
        List<Party> notReported = new ArrayList<>();
        for (District district : figures.districts()) {
            long places = reported.getOrDefault(district.getId(), 0L);
            Map<PlacementStatus, Long> statuses = placedByDistrict.getOrDefault(district.getId(), Map.of());
            byDistrict.add(new Breakdown(district.getId(), district.getCode(), district.getName(), places,
                    firstChoices.getOrDefault(district.getId(), 0L), placed(statuses),
                    statuses.getOrDefault(PlacementStatus.COMPLETED, 0L)));
            if (places == 0) {
                notReported.add(new Party(district.getId(), district.getCode(), district.getName()));
            }
        }
        Map<Long, Long> requests = figures.requestsByUniversity(termId);
        Map<Long, Map<PlacementStatus, Long>> placedByUniversity = figures.placementsBy("pl.university.id", termId, null,
                null, true);
        List<Breakdown> byUniversity = new ArrayList<>();
        List<Party> noRequests = new ArrayList<>();
        for (University university : figures.universities()) {
            long sent = requests.getOrDefault(university.getId(), 0L);
            Map<PlacementStatus, Long> statuses = placedByUniversity.getOrDefault(university.getId(), Map.of());
            byUniversity.add(new Breakdown(university.getId(), university.getCode(), university.getNameSv(), null, sent, placed(statuses),
                    statuses.getOrDefault(PlacementStatus.COMPLETED, 0L)));
            if (sent == 0) {
                noRequests.add(new Party(university.getId(), university.getCode(), university.getNameSv()));
            }
        }
        Pipeline pipeline = Pipeline.of(sum(reported), sum(requests), total(placedByDistrict));
        return new Dashboard(term.getCode(), term.getStatus().name(), Dashboard.CITY, null, null, term.getTargetPlaces(),
                ceiling, pipeline, null, todos.deadlines(term), todos.centralTodos(term, notReported.size()), notReported,
                noRequests, byDistrict, byUniversity, figures.byArea(termId, null, null), figures.training(termId, null),
                trend.of(term, null, null), List.of());
    }

    /** A district's dashboard: its own figures beside the city's total, never another district's. */
    public Dashboard district(long termId, long districtId) {
        currentUser.get().requireDistrict(districtId);
        Term term = term(termId);
        District district = em.find(District.class, districtId);
        if (district == null) {
            throw new NotFoundException();
        }
        Map<Long, Long> reported = figures.reportedByDistrict(termId);
        Map<Long, Map<PlacementStatus, Long>> placedByDistrict = figures.placementsBy("pl.district.id", termId, null, null,
                false);
        Map<Long, Long> firstChoices = figures.firstChoicesByDistrict(termId);
        Map<PlacementStatus, Long> own = placedByDistrict.getOrDefault(districtId, Map.of());
        Map<PlacementStatus, Long> city = total(placedByDistrict);
        long ownReported = reported.getOrDefault(districtId, 0L);
        long ownFirstChoices = firstChoices.getOrDefault(districtId, 0L);
        List<Breakdown> byDistrict = List.of(
                new Breakdown(district.getId(), district.getCode(), district.getName(), ownReported, ownFirstChoices, placed(own),
                        own.getOrDefault(PlacementStatus.COMPLETED, 0L)),
                new Breakdown(0, Breakdown.CITY, null, sum(reported), sum(firstChoices), placed(city),
                        city.getOrDefault(PlacementStatus.COMPLETED, 0L)));
        Map<Long, Map<PlacementStatus, Long>> byUniversityStatus = figures.placementsBy("pl.university.id", termId, districtId,
                null, false);
        List<Breakdown> byUniversity = new ArrayList<>();
        for (University university : figures.universities()) {
            Map<PlacementStatus, Long> statuses = byUniversityStatus.getOrDefault(university.getId(), Map.of());
            byUniversity.add(new Breakdown(university.getId(), university.getCode(), university.getNameSv(), null, null, placed(statuses),
                    statuses.getOrDefault(PlacementStatus.COMPLETED, 0L)));
        }
        long cityRequests = sum(figures.requestsByUniversity(termId));
        return new Dashboard(term.getCode(), term.getStatus().name(), Dashboard.DISTRICT, district.getCode(),
                district.getName(), term.getTargetPlaces(), null, Pipeline.of(ownReported, ownFirstChoices, own),
                Pipeline.of(sum(reported), cityRequests, city), todos.deadlines(term), todos.districtTodos(districtId, term, ownReported),
                List.of(), List.of(), byDistrict, byUniversity, figures.byArea(termId, districtId, null),
                figures.training(termId, districtId), trend.of(term, districtId, null), trend.of(term, null, null));
    }

    /**
     * A district's trend over the terms up to this one, as its dashboard shows it ({@link #district}): for the chart
     * the central contact switches between districts, without computing the rest of that district's dashboard.
     */
    public List<TrendPoint> districtTrend(long termId, long districtId) {
        currentUser.get().requireDistrict(districtId);
        Term term = term(termId);
        if (em.find(District.class, districtId) == null) {
            throw new NotFoundException();
        }
        return trend.of(term, districtId, null);
    }

    /** A university's dashboard: its own students' requests and placements; the city's places for context. */
    public Dashboard university(long termId, long universityId) {
        currentUser.get().requireUniversity(universityId);
        Term term = term(termId);
        University university = em.find(University.class, universityId);
        if (university == null) {
            throw new NotFoundException();
        }
        long requests = figures.requestsByUniversity(termId).getOrDefault(universityId, 0L);
        Map<Long, Map<PlacementStatus, Long>> byDistrictStatus = figures.placementsBy("pl.district.id", termId, null,
                universityId, false);
        List<Breakdown> byDistrict = new ArrayList<>();
        for (District district : figures.districts()) {
            Map<PlacementStatus, Long> statuses = byDistrictStatus.getOrDefault(district.getId(), Map.of());
            if (!statuses.isEmpty()) {
                byDistrict.add(new Breakdown(district.getId(), district.getCode(), district.getName(), null, null, placed(statuses),
                        statuses.getOrDefault(PlacementStatus.COMPLETED, 0L)));
            }
        }
        Map<PlacementStatus, Long> own = total(byDistrictStatus);
        List<Breakdown> byUniversity = List.of(new Breakdown(university.getId(), university.getCode(), university.getNameSv(),
                null, requests, placed(own), own.getOrDefault(PlacementStatus.COMPLETED, 0L)));
        return new Dashboard(term.getCode(), term.getStatus().name(), Dashboard.UNIVERSITY, university.getCode(),
                university.getNameSv(), term.getTargetPlaces(), null,
                Pipeline.of(sum(figures.reportedByDistrict(termId)), requests, own), null,
                todos.deadlines(term), todos.universityTodos(universityId, term, requests), List.of(), List.of(), byDistrict,
                byUniversity, figures.byArea(termId, null, universityId), List.of(), trend.of(term, null, universityId), List.of());
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
        if (figures.reportedByDistrict(termId).getOrDefault(districtId, 0L) > 0) {
            return false;
        }
        notificationService.notifyDistrict(districtId, new Notice("notice.remindPlaces.subject",
                "notice.remindPlaces.body", List.of(term.getCode(), String.valueOf(term.getReportingDeadline())),
                Notice.inTerm("/district/places.xhtml", term.getCode())));
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
        if (figures.requestsByUniversity(termId).getOrDefault(universityId, 0L) > 0) {
            return false;
        }
        notificationService.notifyUniversity(universityId, new Notice("notice.remindRequests.subject",
                "notice.remindRequests.body", List.of(term.getCode(), String.valueOf(term.getRequestDeadline())),
                Notice.inTerm("/university/requests.xhtml", term.getCode())));
        LOG.info(() -> "Reminder to send requests for " + term.getCode() + " sent to university "
                + university.getCode() + " by " + caller.username());
        return true;
    }

    private Term term(long termId) {
        Term term = em.find(Term.class, termId);
        if (term == null) {
            throw new NotFoundException();
        }
        return term;
    }
}
