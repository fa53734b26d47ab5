package se.stockholm.vfu.it;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import se.stockholm.vfu.place.PlaceOffer;
import se.stockholm.vfu.reference.AreaOfWork;
import se.stockholm.vfu.reference.District;
import se.stockholm.vfu.reference.University;
import se.stockholm.vfu.request.RequestData;
import se.stockholm.vfu.request.StudentRequest;
import se.stockholm.vfu.supervisor.Supervisor;
import se.stockholm.vfu.supervisor.TrainingStatus;
import se.stockholm.vfu.term.Season;
import se.stockholm.vfu.term.Term;
import se.stockholm.vfu.unit.Unit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A term of a test's own for allocation: a run allocates a whole term, so every test gets a new one (the test
 * database outlives the run). Two districts, three places, five students:
 * <ul>
 *   <li>Södermalm: one offer of 2 places, supervisor who completed supervisor training (room for 2);</li>
 *   <li>Rinkeby: one offer of 1 place, supervisor without training (room for 1);</li>
 *   <li>SU: students a, b, c who all want Södermalm; SH: d with no preference but Rinkeby excluded, e who wants Rinkeby.</li>
 * </ul>
 * So at most 3 can be placed, Södermalm is short by one, and d cannot be placed once Södermalm is full.
 */
@Stateless
@PermitAll
public class AllocationFixtures {

    /** Ids of what {@link #newTerm()} made; students by letter. */
    public record Scenario(long termId, String termCode, long sodermalmOffer, long rinkebyOffer,
                           long sodermalmSupervisor, long rinkebySupervisor, Map<String, Long> students) {

        public long student(String letter) {
            return students.get(letter);
        }
    }

    /** Where {@link #spanToday(Scenario)} starts a term's VFU period. */
    public static final LocalDate SPAN_START = LocalDate.of(1990, 8, 27);

    @PersistenceContext
    private EntityManager em;

    public Scenario newTerm() {
        // years from 3000 on are these tests' own; the test database keeps earlier runs' terms
        int year = 3000 + em.createQuery("SELECT COUNT(t) FROM Term t WHERE t.code LIKE 'HT3%'", Long.class)
                .getSingleResult().intValue();
        Term term = new Term(Season.HT, year, LocalDate.of(year, 8, 25), LocalDate.of(year + 1, 1, 16),
                LocalDate.of(year, 5, 15), LocalDate.of(year, 5, 29));
        em.persist(term);
        AreaOfWork area = em.createQuery("SELECT a FROM AreaOfWork a WHERE a.code = 'BOU'", AreaOfWork.class)
                .getSingleResult();
        District so = district("SO");
        District rk = district("RK");
        Supervisor soSupervisor = supervisor(so, area, year, true, 2);
        Supervisor rkSupervisor = supervisor(rk, area, year, false, 1);
        PlaceOffer soOffer = offer(term, soSupervisor, area, 2);
        PlaceOffer rkOffer = offer(term, rkSupervisor, area, 1);
        Map<String, Long> students = new LinkedHashMap<>();
        students.put("a", request(term, "SU", year, "a", List.of(), List.of(so), Set.of()));
        students.put("b", request(term, "SU", year, "b", List.of(), List.of(so), Set.of()));
        students.put("c", request(term, "SU", year, "c", List.of(), List.of(so), Set.of()));
        students.put("d", request(term, "SH", year, "d", List.of(), List.of(), Set.of(rk)));
        students.put("e", request(term, "SH", year, "e", List.of(), List.of(rk), Set.of()));
        em.flush();
        return new Scenario(term.getId(), term.getCode(), soOffer.getId(), rkOffer.getId(), soSupervisor.getId(),
                rkSupervisor.getId(), students);
    }

    /**
     * Stretches the scenario's term so that its VFU period has begun, whenever the test runs: from 1990 (before the
     * other tests' terms and the demo's, so it is the last in their lists) to its own end. A placement is interrupted only on a day
     * that has come, within the period.
     */
    public void spanToday(Scenario scenario) {
        // past the entity's rules on purpose: no real term's period spans 36 years, and these tests' terms (HT3000 on)
        // must stay their own, so the period is moved in the database and the entity reads it again
        em.createQuery("""
                        UPDATE Term t SET t.vfuStart = :start, t.reportingDeadline = :reporting,
                        t.requestDeadline = :request WHERE t.id = :id""")
                .setParameter("start", SPAN_START).setParameter("reporting", SPAN_START.minusMonths(3))
                .setParameter("request", SPAN_START.minusMonths(2)).setParameter("id", scenario.termId())
                .executeUpdate();
        em.clear();
    }

    /** One more student of the term, at SU, who asks only for the district of that code. */
    public long addRequest(Scenario scenario, String letter, String districtCode) {
        Term term = em.find(Term.class, scenario.termId());
        return request(term, "SU", term.getYear(), letter, List.of(), List.of(district(districtCode)), Set.of());
    }

    /** One more student of the term, at SU, who asks for the district of that code and the area of work of that code. */
    public long addRequest(Scenario scenario, String letter, String districtCode, String areaCode) {
        Term term = em.find(Term.class, scenario.termId());
        return request(term, "SU", term.getYear(), letter, List.of(area(areaCode)), List.of(district(districtCode)),
                Set.of());
    }

    /** Changes how many students the supervisor may have at once. */
    public void setRoom(long supervisorId, int room) {
        em.find(Supervisor.class, supervisorId).setMaxStudents(room);
    }

    /** Changes how many students the offer takes. */
    public void setPlaces(long offerId, int places) {
        em.find(PlaceOffer.class, offerId).changePlaces(places);
    }

    /** Gives the student another name (its change history is not what these tests look at). */
    public void rename(long requestId, String name) {
        em.createQuery("UPDATE StudentRequest r SET r.studentName = :name WHERE r.id = :id")
                .setParameter("name", name).setParameter("id", requestId).executeUpdate();
    }

    /** The offer's taken seats and places, read fresh from the database. */
    public int[] seats(long offerId) {
        PlaceOffer offer = em.find(PlaceOffer.class, offerId);
        em.refresh(offer);
        return new int[] {offer.getTaken(), offer.getPlaces()};
    }

    private Supervisor supervisor(District district, AreaOfWork area, int year, boolean trained, int room) {
        Unit unit = new Unit(district, area, "IT Allokering " + district.getCode() + " " + year);
        em.persist(unit);
        Supervisor supervisor = new Supervisor(unit, "IT Handledare " + district.getCode() + " " + year,
                "it-alloc-" + district.getCode().toLowerCase() + year + "@it.example");
        supervisor.setMaxStudents(room);
        if (trained) {
            supervisor.changeTraining(TrainingStatus.COMPLETED, null, university("SU"), null,
                    LocalDate.of(year - 1, 12, 1), "it", Instant.now());
        }
        em.persist(supervisor);
        return supervisor;
    }

    private PlaceOffer offer(Term term, Supervisor supervisor, AreaOfWork area, int places) {
        PlaceOffer offer = new PlaceOffer(term, supervisor.getUnit(), area, places);
        offer.assignSupervisor(supervisor);
        em.persist(offer);
        return offer;
    }

    private long request(Term term, String university, int year, String letter, List<AreaOfWork> areas,
                         List<District> districts, Set<District> exclusions) {
        String ref = "it-alloc-" + year + "-" + letter;
        RequestData data = new RequestData(ref, "IT Alloc " + letter.toUpperCase() + " " + year, ref + "@it.example",
                null, districts.isEmpty() && areas.isEmpty(), areas.stream().map(AreaOfWork::getId).toList(),
                districts.stream().map(District::getId).toList(), List.of("sv"),
                false, null, exclusions.stream().map(District::getId).toList(), null);
        StudentRequest request = StudentRequest.of(term, university(university), data, areas, districts, exclusions);
        em.persist(request);
        return request.getId();
    }

    private AreaOfWork area(String code) {
        return em.createQuery("SELECT a FROM AreaOfWork a WHERE a.code = :code", AreaOfWork.class)
                .setParameter("code", code).getSingleResult();
    }

    private District district(String code) {
        return em.createQuery("SELECT d FROM District d WHERE d.code = :code", District.class)
                .setParameter("code", code).getSingleResult();
    }

    private University university(String code) {
        return em.createQuery("SELECT u FROM University u WHERE u.code = :code", University.class)
                .setParameter("code", code).getSingleResult();
    }
}
