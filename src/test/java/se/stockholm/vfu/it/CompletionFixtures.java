package se.stockholm.vfu.it;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import se.stockholm.vfu.place.PlaceOffer;
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
 * A placement marked started in term HT2067 (no other test uses it), whose VFU period has not begun: its one-click
 * completion is refused by date (it cannot end before it began). A new one on every call, on a Rinkeby-Kista unit of
 * its own, as the test database outlives runs.
 */
@Stateless
@PermitAll
public class CompletionFixtures {

    public static final String TERM = "HT2067";
    private static final String UNIT = "Genomförande Test Rinkeby";

    /** The started placement's student. */
    public record Scenario(String term, String student) {
    }

    @PersistenceContext
    private EntityManager em;

    public Scenario prepare() {
        Term term = em.createQuery("SELECT t FROM Term t WHERE t.code = :code", Term.class).setParameter("code", TERM)
                .getResultStream().findFirst().orElseGet(() -> {
                    Term made = new Term(Season.HT, 2067, LocalDate.of(2067, 8, 25), LocalDate.of(2068, 1, 16),
                            LocalDate.of(2067, 5, 15), LocalDate.of(2067, 5, 29));
                    em.persist(made);
                    return made;
                });
        Unit unit = RinkebyUnits.named(em, UNIT);
        AreaOfWork area = unit.getArea();
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Supervisor supervisor = new Supervisor(unit, "Genomför Handledare " + tag, "done-sup-" + tag + "@it.example");
        em.persist(supervisor);
        PlaceOffer offer = new PlaceOffer(term, unit, area, 1);
        em.persist(offer);
        University su = em.createQuery("SELECT u FROM University u WHERE u.code = 'SU'", University.class)
                .getSingleResult();
        String ref = "done-" + tag;
        StudentRequest request = new StudentRequest(term, su, ref, "Genomför Student " + tag, ref + "@it.example");
        em.persist(request);
        em.flush();
        StartedPlacements.of(em, request, offer, supervisor, Instant.now());
        em.flush();
        return new Scenario(term.getCode(), request.getStudentName());
    }
}
