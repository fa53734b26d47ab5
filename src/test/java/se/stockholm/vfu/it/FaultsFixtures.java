package se.stockholm.vfu.it;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import se.stockholm.vfu.reference.AreaOfWork;
import se.stockholm.vfu.reference.District;
import se.stockholm.vfu.reference.University;
import se.stockholm.vfu.term.Season;
import se.stockholm.vfu.term.Term;
import se.stockholm.vfu.unit.Unit;
import se.stockholm.vfu.visit.Booking;
import se.stockholm.vfu.visit.ObservationVisit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Records of the fault tests' own (database outage, the race for the last seat), in the term HT2055 (the years
 * 2055-2056 are these tests'): observation visits at new units of Södermalm, some of their seats already booked.
 */
@Stateless
@PermitAll
public class FaultsFixtures {

    public static final String TERM = "HT2055";

    @PersistenceContext
    EntityManager em;

    /** A visit with {@code seats} seats of which {@code booked} are booked already (by SU, "IT Redan bokad"). */
    public long newVisit(int seats, int booked) {
        String key = UUID.randomUUID().toString().substring(0, 8);
        AreaOfWork area = em.createQuery("SELECT a FROM AreaOfWork a WHERE a.code = 'MOT'", AreaOfWork.class)
                .getSingleResult();
        District district = em.createQuery("SELECT d FROM District d WHERE d.code = 'SO'", District.class)
                .getSingleResult();
        Unit unit = new Unit(district, area, "IT Fel " + key);
        em.persist(unit);
        ObservationVisit visit = new ObservationVisit(term(), unit, LocalDate.of(2055, 10, 5), seats, "IT", "it-central",
                Instant.now());
        em.persist(visit);
        University su = em.createQuery("SELECT u FROM University u WHERE u.code = 'SU'", University.class)
                .getSingleResult();
        for (int i = 0; i < booked; i++) {
            em.persist(Booking.of(visit, su, "IT Redan bokad " + i, null, null, "it-su", Instant.now()));
        }
        em.flush();
        return visit.getId();
    }

    /** The seats counted as booked on the visit (its counter). */
    public int booked(long visitId) {
        ObservationVisit visit = em.find(ObservationVisit.class, visitId);
        em.refresh(visit);
        return visit.getBooked();
    }

    /** The names of the students booked on the visit (its stored bookings). */
    public List<String> bookedStudents(long visitId) {
        return em.createQuery("SELECT b.studentName FROM Booking b WHERE b.visit.id = :v ORDER BY b.id", String.class)
                .setParameter("v", visitId).getResultList();
    }

    private Term term() {
        return em.createQuery("SELECT t FROM Term t WHERE t.code = :code", Term.class).setParameter("code", TERM)
                .getResultStream().findFirst().orElseGet(() -> {
                    Term term = new Term(Season.HT, 2055, LocalDate.of(2055, 8, 30), LocalDate.of(2056, 1, 14),
                            LocalDate.of(2055, 5, 14), LocalDate.of(2055, 5, 28));
                    em.persist(term);
                    return term;
                });
    }
}
