package se.stockholm.vfu.it;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import se.stockholm.vfu.place.PlaceOffer;
import se.stockholm.vfu.reference.AreaOfWork;
import se.stockholm.vfu.reference.District;
import se.stockholm.vfu.supervisor.Supervisor;
import se.stockholm.vfu.term.Season;
import se.stockholm.vfu.term.Term;
import se.stockholm.vfu.unit.Unit;

import java.time.LocalDate;
import java.util.List;

/**
 * Test data of the district's reporting, apart from {@link Fixtures} so that tests that add places never
 * change the figures other tests count on: a term open for reporting, a term whose reporting deadline has
 * passed, and in Rinkeby-Kista a unit, a supervisor and a place offer in each term that Södermalm's contact
 * must never reach. Created once per database.
 */
@Singleton
@Startup
// after the embedded demo's first retention run, which anonymises finished terms past their limit (VT2020 among them)
@DependsOn({"DatabaseMigration", "DemoRetention"})
public class DistrictFixtures {

    /** Reporting open until 2032-05-14. */
    public static final String OPEN_TERM = "HT2032";
    /** Reporting deadline 2020-12-11, long passed. */
    public static final String CLOSED_TERM = "VT2021";
    public static final String RINKEBY_UNIT = "IT RK Familjeenheten";
    public static final String RINKEBY_SUPERVISOR = "it-rk-handledare@it.example";

    @PersistenceContext
    private EntityManager em;

    @PostConstruct
    void create() {
        if (!em.createQuery("SELECT t FROM Term t WHERE t.code = :code", Term.class)
                .setParameter("code", OPEN_TERM).getResultList().isEmpty()) {
            return;
        }
        Term open = new Term(Season.HT, 2032, LocalDate.of(2032, 8, 30), LocalDate.of(2033, 1, 14),
                LocalDate.of(2032, 5, 14), LocalDate.of(2032, 5, 28));
        Term closed = new Term(Season.VT, 2021, LocalDate.of(2021, 1, 18), LocalDate.of(2021, 6, 4),
                LocalDate.of(2020, 12, 11), LocalDate.of(2020, 12, 18));
        em.persist(open);
        em.persist(closed);
        AreaOfWork area = area("MOT");
        Unit unit = new Unit(district("RK"), area, RINKEBY_UNIT);
        unit.setContact("Rami Rinkeby", "rami@it.example");
        em.persist(unit);
        Supervisor supervisor = new Supervisor(unit, "IT Rinkeby Handledare", RINKEBY_SUPERVISOR);
        em.persist(supervisor);
        for (Term term : List.of(open, closed)) {
            PlaceOffer offer = new PlaceOffer(term, unit, area, 2);
            offer.assignSupervisor(supervisor);
            em.persist(offer);
        }
    }

    public long termId(String code) {
        return em.createQuery("SELECT t.id FROM Term t WHERE t.code = :code", Long.class)
                .setParameter("code", code).getSingleResult();
    }

    public long rinkebyUnitId() {
        return em.createQuery("SELECT u.id FROM Unit u WHERE u.name = :name", Long.class)
                .setParameter("name", RINKEBY_UNIT).getSingleResult();
    }

    public long rinkebySupervisorId() {
        return em.createQuery("SELECT s.id FROM Supervisor s WHERE s.email = :email", Long.class)
                .setParameter("email", RINKEBY_SUPERVISOR).getSingleResult();
    }

    public long rinkebyPlaceId(String termCode) {
        return em.createQuery("SELECT p.id FROM PlaceOffer p WHERE p.unit.name = :unit AND p.term.code = :term",
                        Long.class)
                .setParameter("unit", RINKEBY_UNIT).setParameter("term", termCode).getSingleResult();
    }

    public long areaId(String code) {
        return area(code).getId();
    }

    private District district(String code) {
        return em.createQuery("SELECT d FROM District d WHERE d.code = :code", District.class)
                .setParameter("code", code).getSingleResult();
    }

    private AreaOfWork area(String code) {
        return em.createQuery("SELECT a FROM AreaOfWork a WHERE a.code = :code", AreaOfWork.class)
                .setParameter("code", code).getSingleResult();
    }
}
