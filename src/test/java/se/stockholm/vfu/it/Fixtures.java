package se.stockholm.vfu.it;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import se.stockholm.vfu.place.PlaceOffer;
import se.stockholm.vfu.placement.Placement;
import se.stockholm.vfu.reference.AreaOfWork;
import se.stockholm.vfu.reference.District;
import se.stockholm.vfu.reference.University;
import se.stockholm.vfu.request.RequestData;
import se.stockholm.vfu.request.StudentRequest;
import se.stockholm.vfu.security.Role;
import se.stockholm.vfu.supervisor.Supervisor;
import se.stockholm.vfu.term.Season;
import se.stockholm.vfu.term.Term;
import se.stockholm.vfu.unit.Unit;
import se.stockholm.vfu.user.AppUser;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Test data every integration test can rely on, on H2 and on MySQL alike (which has no demo data):
 * one user per role and scope, and a term of its own with places in two districts and requests from
 * two universities. Created when the test deployment starts, once per database.
 */
@Singleton
@Startup
// after the embedded demo's first retention run, which anonymises finished terms past their limit (VT2020 among them)
@DependsOn({"DatabaseMigration", "DemoRetention"})
public class Fixtures {

    public static final String PASSWORD = "it-password-2026";
    /** A failure's reference as the error page and the API's problem show it (common.UnexpectedFailure). */
    public static final String FAILURE_REFERENCE = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
    public static final String TERM = "HT2031";
    public static final String CENTRAL = "it-central";
    public static final String ADMIN = "it-admin";
    /** District contact of Södermalm (SO). */
    public static final String SODERMALM = "it-so";
    /** District contact of Rinkeby-Kista (RK). */
    public static final String RINKEBY = "it-rk";
    /** Coordinator of Stockholms universitet (SU). */
    public static final String SU = "it-su";
    /** Coordinator of Södertörns högskola (SH). */
    public static final String SH = "it-sh";
    public static final int SODERMALM_PLACES = 5;
    public static final int RINKEBY_PLACES = 3;
    public static final int SU_REQUESTS = 4;
    public static final int SH_REQUESTS = 2;
    /** A term whose request deadline has passed, with one request each from SU and SH (it-su-past, it-sh-past). */
    public static final String PAST_TERM = "VT2020";
    /** A term open for requests that request tests may change: SH's it-sh-r1 needs extra support, SU's it-su-r1. */
    public static final String REQUEST_TERM = "VT2032";
    public static final String SH_SUPPORT_NOTE = "IT: behöver tolk vid möten";

    @PersistenceContext
    private EntityManager em;

    @PostConstruct
    void create() {
        createRequestTerms();
        if (em.createQuery("SELECT COUNT(u) FROM AppUser u WHERE u.username = :u", Long.class)
                .setParameter("u", CENTRAL).getSingleResult() > 0) {
            return;
        }
        String hash = TestPasswords.hash();
        user(CENTRAL, Role.CENTRAL, null, null, hash);
        user(ADMIN, Role.ADMIN, null, null, hash);
        user(SODERMALM, Role.DISTRICT, district("SO"), null, hash);
        user(RINKEBY, Role.DISTRICT, district("RK"), null, hash);
        user(SU, Role.UNIVERSITY, null, university("SU"), hash);
        user(SH, Role.UNIVERSITY, null, university("SH"), hash);

        Term term = new Term(Season.HT, 2031, LocalDate.of(2031, 8, 25), LocalDate.of(2032, 1, 16),
                LocalDate.of(2031, 5, 15), LocalDate.of(2031, 5, 29));
        em.persist(term);
        place(term, "SO", "IT Barn och unga Södermalm", SODERMALM_PLACES);
        place(term, "RK", "IT Mottagning Rinkeby", RINKEBY_PLACES);
        requests(term, "SU", SU_REQUESTS);
        requests(term, "SH", SH_REQUESTS);
    }

    /** Terms of the request tests' own, so that their changes never move the HT2031 figures other tests count. */
    private void createRequestTerms() {
        if (em.createQuery("SELECT COUNT(t) FROM Term t WHERE t.code = :code", Long.class)
                .setParameter("code", PAST_TERM).getSingleResult() > 0) {
            return;
        }
        Term past = new Term(Season.VT, 2020, LocalDate.of(2020, 1, 20), LocalDate.of(2020, 6, 5),
                LocalDate.of(2019, 12, 6), LocalDate.of(2019, 12, 13));
        Term open = new Term(Season.VT, 2032, LocalDate.of(2032, 1, 19), LocalDate.of(2032, 6, 4),
                LocalDate.of(2031, 12, 10), LocalDate.of(2031, 12, 17));
        em.persist(past);
        em.persist(open);
        for (String code : new String[] {"SU", "SH"}) {
            String ref = "it-" + code.toLowerCase();
            em.persist(new StudentRequest(past, university(code), ref + "-past", "IT Student " + ref + "-past",
                    ref + "-past@it.example"));
            boolean support = code.equals("SH");
            em.persist(StudentRequest.of(open, university(code), new RequestData(ref + "-r1", "IT Student " + ref + "-r1",
                    ref + "-r1@it.example", null, true, List.of(), List.of(), List.of("sv"), support,
                    support ? SH_SUPPORT_NOTE : null, List.of(), null), List.of(), List.of(), Set.of()));
        }
    }

    /**
     * A request of the university in {@link #REQUEST_TERM} (still open for requests) whose placement Södermalm has
     * confirmed: shown placed. Each call its own student, unit and supervisor.
     */
    public void placedRequest(String universityCode, String ref) {
        Term term = em.createQuery("SELECT t FROM Term t WHERE t.code = :code", Term.class)
                .setParameter("code", REQUEST_TERM).getSingleResult();
        AreaOfWork area = em.createQuery("SELECT a FROM AreaOfWork a WHERE a.code = 'BOU'", AreaOfWork.class)
                .getSingleResult();
        District district = district("SO");
        StudentRequest request = StudentRequest.of(term, university(universityCode), new RequestData(ref,
                "IT Placed " + ref, ref + "@it.example", null, false, List.of(area.getId()), List.of(district.getId()),
                List.of("sv"), false, null, List.of(), null), List.of(area), List.of(district), Set.of());
        em.persist(request);
        Unit unit = new Unit(district, area, "IT Enhet " + ref);
        em.persist(unit);
        Supervisor supervisor = new Supervisor(unit, "IT Handledare " + ref, ref + "-handledare@it.example");
        em.persist(supervisor);
        PlaceOffer offer = new PlaceOffer(term, unit, area, 1);
        em.persist(offer);
        Instant at = Instant.parse("2031-12-01T09:00:00Z");
        Placement placement = Placement.propose(request, offer, null, 1, "it", at);
        em.persist(placement);
        placement.publish("it", at);
        placement.confirm(supervisor, "it", at);
        em.flush();
    }

    public long areaId(String code) {
        return em.createQuery("SELECT a.id FROM AreaOfWork a WHERE a.code = :code", Long.class)
                .setParameter("code", code).getSingleResult();
    }

    /** Starts the placement of {@link #placedRequest}'s request with this student id, as its district would. */
    public void startPlacementOf(String ref) {
        em.createQuery("SELECT pl FROM Placement pl WHERE pl.request.studentRef = :ref", Placement.class)
                .setParameter("ref", ref).getSingleResult().start("it", Instant.parse("2032-01-20T09:00:00Z"));
    }

    public long termId(String code) {
        return em.createQuery("SELECT t.id FROM Term t WHERE t.code = :code", Long.class)
                .setParameter("code", code).getSingleResult();
    }

    private void user(String username, Role role, District district, University university, String hash) {
        AppUser user = new AppUser(username, "Test " + username, username + "@it.example", hash);
        user.assign(role, district, university);
        em.persist(user);
    }

    private void place(Term term, String districtCode, String unitName, int places) {
        AreaOfWork area = em.createQuery("SELECT a FROM AreaOfWork a WHERE a.code = 'BOU'", AreaOfWork.class)
                .getSingleResult();
        Unit unit = new Unit(district(districtCode), area, unitName);
        em.persist(unit);
        em.persist(new PlaceOffer(term, unit, area, places));
    }

    private void requests(Term term, String universityCode, int count) {
        for (int i = 1; i <= count; i++) {
            String ref = "it-" + universityCode.toLowerCase() + "-" + i;
            em.persist(new StudentRequest(term, university(universityCode), ref, "IT Student " + ref, ref + "@it.example"));
        }
    }

    District district(String code) {
        return em.createQuery("SELECT d FROM District d WHERE d.code = :code", District.class)
                .setParameter("code", code).getSingleResult();
    }

    University university(String code) {
        return em.createQuery("SELECT u FROM University u WHERE u.code = :code", University.class)
                .setParameter("code", code).getSingleResult();
    }

    public long districtId(String code) {
        return district(code).getId();
    }

    public long universityId(String code) {
        return university(code).getId();
    }

    public long termId() {
        return em.createQuery("SELECT t.id FROM Term t WHERE t.code = :code", Long.class)
                .setParameter("code", TERM).getSingleResult();
    }
}
