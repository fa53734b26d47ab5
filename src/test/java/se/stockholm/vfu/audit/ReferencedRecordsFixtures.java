package se.stockholm.vfu.audit;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import se.stockholm.vfu.place.PlaceOffer;
import se.stockholm.vfu.recruitment.Candidate;
import se.stockholm.vfu.recruitment.PostStatus;
import se.stockholm.vfu.recruitment.TraineePost;
import se.stockholm.vfu.reference.University;
import se.stockholm.vfu.visit.Booking;
import se.stockholm.vfu.visit.ObservationVisit;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Test deployments only: beside a place offer of a test term (AllocationFixtures, HT3000 on), records whose history
 * points at records without a name of their own: an observation visit of the offer's unit with a booking, and a trainee
 * post of that unit with a candidate from outside the portal. Dates in the term's own year, far from other tests'.
 */
@Stateless
@PermitAll
public class ReferencedRecordsFixtures {

    /** What was made, with the offer's unit's name. */
    public record Made(long bookingId, long candidateId, String unitName, LocalDate visitDate, LocalDate postStart,
                       LocalDate postEnd) {
    }

    @PersistenceContext
    private EntityManager em;

    public Made around(long offerId) {
        PlaceOffer offer = em.find(PlaceOffer.class, offerId);
        int year = offer.getTerm().getYear();
        Instant now = Instant.now();
        LocalDate visitDate = LocalDate.of(year, 10, 5);
        ObservationVisit visit = new ObservationVisit(offer.getTerm(), offer.getUnit(), visitDate, 5, "IT", "it-so", now);
        em.persist(visit);
        University su = em.createQuery("SELECT u FROM University u WHERE u.code = 'SU'", University.class)
                .getSingleResult();
        Booking booking = Booking.of(visit, su, "IT Auskultant ändringshistorik", null, null, "it-su", now);
        em.persist(booking);
        LocalDate start = LocalDate.of(year + 1, 2, 1);
        LocalDate end = LocalDate.of(year + 2, 1, 31);
        TraineePost post = new TraineePost(offer.getDistrict(), offer.getUnit(), offer.getArea(), start, end, 1,
                PostStatus.OPEN, "it", now);
        em.persist(post);
        Candidate candidate = new Candidate(post, null, "IT Kandidat ändringshistorik", null, false,
                LocalDate.of(year + 1, 1, 10), "it-so", now);
        em.persist(candidate);
        em.flush();
        return new Made(booking.getId(), candidate.getId(), offer.getUnit().getName(), visitDate, start, end);
    }
}
