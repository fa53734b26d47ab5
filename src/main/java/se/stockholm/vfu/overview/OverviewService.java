package se.stockholm.vfu.overview;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import se.stockholm.vfu.common.NotFoundException;
import se.stockholm.vfu.common.Page;
import se.stockholm.vfu.common.PageRequest;
import se.stockholm.vfu.place.PlaceStatus;
import se.stockholm.vfu.reference.District;
import se.stockholm.vfu.reference.University;
import se.stockholm.vfu.request.RequestStatus;
import se.stockholm.vfu.request.ShownStatus;
import se.stockholm.vfu.retention.AnonymisedName;
import se.stockholm.vfu.security.Caller;
import se.stockholm.vfu.security.CurrentUser;
import se.stockholm.vfu.security.Role;
import se.stockholm.vfu.supervisor.TrainingStatus;
import se.stockholm.vfu.term.Term;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The numbers each role's landing page shows. Each method checks the caller's scope before it reads:
 * a district contact gets its own district or nothing, a coordinator its own university or nothing.
 * Every figure is one aggregate query, whatever the number of districts or rows.
 */
@Stateless
@RolesAllowed({Role.CENTRAL_NAME, Role.ADMIN_NAME, Role.DISTRICT_NAME, Role.UNIVERSITY_NAME})
public class OverviewService {

    private static final Map<String, String> REQUEST_SORTABLE = Map.of(
            "studentRef", "r.studentRef",
            "studentName", "r.studentName");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    @RolesAllowed({Role.CENTRAL_NAME, Role.ADMIN_NAME})
    public CityOverview city(long termId) {
        currentUser.get().requireCityWide();
        Term term = term(termId);
        List<DistrictPlaces> districts = em.createQuery("""
                SELECT NEW se.stockholm.vfu.overview.DistrictPlaces(d.id, d.code, d.name,
                       COALESCE(SUM(p.places), 0), COUNT(p))
                FROM District d LEFT JOIN PlaceOffer p
                     ON p.district = d AND p.term.id = :term AND p.status = :active
                WHERE d.active = TRUE
                GROUP BY d.id, d.code, d.name
                ORDER BY d.name""", DistrictPlaces.class)
                .setParameter("term", termId)
                .setParameter("active", PlaceStatus.ACTIVE)
                .getResultList();
        Map<String, Long> requests = new LinkedHashMap<>();
        em.createQuery("""
                SELECT un.code, COUNT(r) FROM University un LEFT JOIN StudentRequest r
                     ON r.university = un AND r.term.id = :term AND r.status <> :withdrawn
                WHERE un.active = TRUE GROUP BY un.code ORDER BY un.code""", Tuple.class)
                .setParameter("term", termId)
                .setParameter("withdrawn", RequestStatus.WITHDRAWN)
                .getResultList()
                .forEach(row -> requests.put(row.get(0, String.class), row.get(1, Long.class)));
        return new CityOverview(term.getCode(), term.getTargetPlaces(), districts, requests);
    }

    public DistrictOverview district(long termId, long districtId) {
        currentUser.get().requireDistrict(districtId);
        Term term = term(termId);
        District district = em.find(District.class, districtId);
        if (district == null) {
            throw new NotFoundException();
        }
        List<PlaceLine> places = em.createQuery("""
                SELECT NEW se.stockholm.vfu.overview.PlaceLine(p.id, u.name, a.code, a.nameSv, a.nameEn, p.places,
                       s.name, s.trainingStatus, p.status)
                FROM PlaceOffer p JOIN p.unit u JOIN p.area a LEFT JOIN p.supervisor s
                WHERE p.term.id = :term AND p.district.id = :district AND p.status = :active
                ORDER BY u.name""", PlaceLine.class)
                .setParameter("term", termId)
                .setParameter("district", districtId)
                .setParameter("active", PlaceStatus.ACTIVE)
                .getResultList();
        long units = em.createQuery(
                        "SELECT COUNT(u) FROM Unit u WHERE u.district.id = :district AND u.active = TRUE", Long.class)
                .setParameter("district", districtId).getSingleResult();
        Tuple supervisors = em.createQuery("""
                SELECT COUNT(s), SUM(CASE WHEN s.trainingStatus <> :none THEN 1 ELSE 0 END)
                FROM Supervisor s WHERE s.unit.district.id = :district AND s.active = TRUE""", Tuple.class)
                .setParameter("district", districtId)
                .setParameter("none", TrainingStatus.NONE)
                .getSingleResult();
        Number trained = supervisors.get(1, Number.class);
        return new DistrictOverview(districtId, district.getName(), term.getCode(), term.getTargetPlaces(), places,
                units, supervisors.get(0, Long.class), trained == null ? 0 : trained.longValue());
    }

    public UniversityOverview university(long termId, long universityId) {
        currentUser.get().requireUniversity(universityId);
        Term term = term(termId);
        University university = em.find(University.class, universityId);
        if (university == null) {
            throw new NotFoundException();
        }
        Map<String, Long> byStatus = new LinkedHashMap<>();
        for (RequestStatus status : RequestStatus.values()) {
            byStatus.put(status.name(), 0L);
        }
        em.createQuery("""
                SELECT r.status, COUNT(r) FROM StudentRequest r
                WHERE r.term.id = :term AND r.university.id = :university GROUP BY r.status""", Tuple.class)
                .setParameter("term", termId)
                .setParameter("university", universityId)
                .getResultList()
                .forEach(row -> byStatus.put(row.get(0, RequestStatus.class).name(), row.get(1, Long.class)));
        // PLACED is never stored: the sent requests with a placement confirmed or later are counted apart
        long placed = em.createQuery("SELECT COUNT(r) FROM StudentRequest r WHERE r.term.id = :term"
                        + " AND r.university.id = :university AND " + ShownStatus.is(RequestStatus.PLACED, "r"), Long.class)
                .setParameter("term", termId)
                .setParameter("university", universityId)
                .getSingleResult();
        byStatus.merge(RequestStatus.SENT.name(), -placed, Long::sum);
        byStatus.put(RequestStatus.PLACED.name(), placed);
        return new UniversityOverview(universityId, university.getCode(), university.getNameSv(), term.getCode(),
                byStatus);
    }

    /** One page of a university's requests for a term, for its landing page table. */
    public Page<RequestLine> universityRequests(long termId, long universityId, PageRequest page) {
        Caller caller = currentUser.get();
        caller.requireUniversity(universityId);
        String where = " WHERE r.term.id = :term AND r.university.id = :university"
                + page.containsCondition("text", AnonymisedName.shownIn(page.language()), "r.studentName", "r.studentRef");
        String order = page.orderBy(REQUEST_SORTABLE, "r.studentName", "r.id");
        List<RequestLine> rows = page.bindContains(em.createQuery("SELECT NEW se.stockholm.vfu.overview.RequestLine(r.id,"
                        + " r.studentRef, r.studentName, " + ShownStatus.of("r") + ") FROM StudentRequest r" + where + order,
                        RequestLine.class),
                        "text")
                .setParameter("term", termId)
                .setParameter("university", universityId)
                .setFirstResult(page.first())
                .setMaxResults(page.size())
                .getResultList();
        long total = page.bindContains(em.createQuery("SELECT COUNT(r) FROM StudentRequest r" + where, Long.class), "text")
                .setParameter("term", termId)
                .setParameter("university", universityId)
                .getSingleResult();
        return new Page<>(rows, total);
    }

    private Term term(long termId) {
        Term term = em.find(Term.class, termId);
        if (term == null) {
            throw new NotFoundException();
        }
        return term;
    }
}
