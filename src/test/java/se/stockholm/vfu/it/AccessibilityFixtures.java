package se.stockholm.vfu.it;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import se.stockholm.vfu.place.PlaceOffer;
import se.stockholm.vfu.placement.Placement;
import se.stockholm.vfu.reference.AreaOfWork;
import se.stockholm.vfu.reference.University;
import se.stockholm.vfu.request.StudentRequest;
import se.stockholm.vfu.supervisor.Supervisor;
import se.stockholm.vfu.term.Season;
import se.stockholm.vfu.term.Term;
import se.stockholm.vfu.unit.Unit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The keyboard journeys' own data (terms HT2053 and HT2054, which no other test uses), for Rinkeby-Kista's test
 * contact ({@link Fixtures#RINKEBY}): HT2053 open for reporting places, with a unit of its own to report on, and in
 * HT2054 a new placement offered to Rinkeby on every call (the test database outlives runs), with a supervisor of its
 * own who has room.
 */
@Stateless
@PermitAll
public class AccessibilityFixtures {

    public static final String REPORTING_TERM = "HT2053";
    public static final String CONFIRMING_TERM = "HT2054";
    /** The unit the places journey reports on; its name starts the menu's item, so typing it selects it. */
    public static final String UNIT = "A11y Tangentbord Rinkeby";

    /** What a journey needs: the offered placement's student and the supervisor to confirm with. */
    public record Scenario(String reportingTerm, String confirmingTerm, String unit, String student, String supervisor) {
    }

    @PersistenceContext
    private EntityManager em;

    public Scenario prepare() {
        Term reporting = term(2053);
        Term confirming = term(2054);
        Unit unit = RinkebyUnits.named(em, UNIT);
        AreaOfWork area = unit.getArea();
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Supervisor supervisor = new Supervisor(unit, "A11y Handledare " + tag, "a11y-sup-" + tag + "@it.example");
        supervisor.setMaxStudents(5);
        em.persist(supervisor);
        PlaceOffer offer = new PlaceOffer(confirming, unit, area, 1);
        em.persist(offer);
        University su = em.createQuery("SELECT u FROM University u WHERE u.code = 'SU'", University.class)
                .getSingleResult();
        String ref = "a11y-" + tag;
        StudentRequest request = new StudentRequest(confirming, su, ref, "A11y Student " + tag, ref + "@it.example");
        em.persist(request);
        Instant now = Instant.now();
        Placement placement = Placement.propose(request, offer, null, 1, "it", now);
        placement.publish("it", now);
        em.persist(placement);
        em.flush();
        return new Scenario(reporting.getCode(), confirming.getCode(), UNIT, request.getStudentName(),
                supervisor.getName());
    }

    private Term term(int year) {
        return em.createQuery("SELECT t FROM Term t WHERE t.code = :code", Term.class)
                .setParameter("code", "HT" + year).getResultStream().findFirst().orElseGet(() -> {
                    Term made = new Term(Season.HT, year, LocalDate.of(year, 8, 25), LocalDate.of(year + 1, 1, 16),
                            LocalDate.of(year, 5, 15), LocalDate.of(year, 5, 29));
                    em.persist(made);
                    return made;
                });
    }
}
