package se.stockholm.vfu.datasubject;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import se.stockholm.vfu.inquiry.Inquiry;
import se.stockholm.vfu.placement.Placement;
import se.stockholm.vfu.recruitment.Candidate;
import se.stockholm.vfu.recruitment.CandidateStatus;
import se.stockholm.vfu.recruitment.CandidateStep;
import se.stockholm.vfu.recruitment.PostStatus;
import se.stockholm.vfu.recruitment.TraineePost;
import se.stockholm.vfu.reference.AreaOfWork;
import se.stockholm.vfu.request.StudentRequest;
import se.stockholm.vfu.retention.Retention;
import se.stockholm.vfu.security.Role;
import se.stockholm.vfu.support.Concern;
import se.stockholm.vfu.support.Meeting;
import se.stockholm.vfu.unit.Unit;
import se.stockholm.vfu.visit.Booking;
import se.stockholm.vfu.visit.ObservationVisit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Test deployments only: what hangs on a student's completed placement besides the placement itself, for the
 * data-subject export test: a three-way meeting, a concern, a candidacy for a trainee post with two steps, and two
 * observation-visit bookings (one by the student's reference, one by their e-mail address in other case), and an
 * inquiry the student sent to the placement's district from their e-mail address. Every text
 * carries {@code marker}, so a test can tell one student's records from another's.
 */
@Stateless
@PermitAll
public class DataSubjectFixtures {

    @PersistenceContext
    private EntityManager em;

    /** What was made around the placement. */
    public record Around(long concernId, long candidateId, long refBookingId, long emailBookingId, long meetingId,
                         long inquiryId) {
    }

    public Around around(long placementId, String marker) {
        Placement placement = em.find(Placement.class, placementId);
        StudentRequest request = placement.getRequest();
        Instant now = Instant.now();
        Meeting meeting = new Meeting(placement);
        meeting.set("IT Lärare " + marker, LocalDateTime.of(2061, 9, 15, 10, 0), "Rum " + marker, true, "it-su", now);
        em.persist(meeting);
        Concern concern = Concern.raise(placement, "IT farhåga " + marker, Role.DISTRICT, "it-so", now);
        em.persist(concern);

        AreaOfWork area = placement.getOffer().getArea();
        Unit unit = new Unit(placement.getDistrict(), area, "IT Registerutdrag " + marker);
        em.persist(unit);
        TraineePost post = new TraineePost(placement.getDistrict(), unit, area, LocalDate.of(2062, 2, 1),
                LocalDate.of(2063, 1, 31), 1, PostStatus.OPEN, "it", now);
        em.persist(post);
        Candidate candidate = new Candidate(post, placement, request.getStudentName(), request.getStudentEmail(), true,
                LocalDate.of(2062, 1, 10), "it-so", now);
        em.persist(candidate);
        em.persist(CandidateStep.of(candidate));
        candidate.moveTo(CandidateStatus.APPLIED, LocalDate.of(2062, 1, 20), null, "it-so", now.plusSeconds(1));
        em.persist(CandidateStep.of(candidate));

        ObservationVisit visit = new ObservationVisit(placement.getTerm(), unit, LocalDate.of(2061, 10, 5), 5,
                "IT", "it-so", now);
        em.persist(visit);
        Booking byRef = Booking.of(visit, request.getUniversity(), "IT Auskultant " + marker, null,
                request.getStudentRef(), "it-su", now);
        em.persist(byRef);
        Booking byEmail = Booking.of(visit, request.getUniversity(), "IT Auskultant e-post " + marker,
                request.getStudentEmail().toUpperCase(), null, "it-su", now);
        em.persist(byEmail);
        Inquiry inquiry = new Inquiry(placement.getDistrict(), request.getStudentName(), request.getStudentEmail(),
                null, "IT direktförfrågan " + marker, LocalDate.now().minusDays(1), request.getUniversity(), "it-so", now);
        em.persist(inquiry);
        em.flush();
        return new Around(concern.getId(), candidate.getId(), byRef.getId(), byEmail.getId(), meeting.getId(),
                inquiry.getId());
    }

    /** The student reference of the placement's request. */
    public String refOf(long placementId) {
        return em.find(Placement.class, placementId).getRequest().getStudentRef();
    }

    /**
     * Anonymises the placement's request as the retention job does (reference, name and e-mail replaced): what is
     * left of the student is what the records hanging on it keep.
     */
    public void anonymiseRequest(long placementId) {
        long requestId = em.find(Placement.class, placementId).getRequest().getId();
        em.flush();
        em.createNativeQuery("""
                        UPDATE student_request SET student_ref = CONCAT('anon-', id), student_name = :name,
                        student_email = CONCAT('anon-', id, :domain), anonymised_at = :now, version = version + 1
                        WHERE id = :id""")
                .setParameter("name", Retention.ANONYMISED_NAME).setParameter("domain", Retention.ANONYMISED_DOMAIN)
                .setParameter("now", Instant.now()).setParameter("id", requestId).executeUpdate();
        em.clear();
    }

    /** Gives the request another name, as a namesake's (its change history is not what the tests look at). */
    public void rename(long requestId, String name) {
        em.createQuery("UPDATE StudentRequest r SET r.studentName = :name WHERE r.id = :id")
                .setParameter("name", name).setParameter("id", requestId).executeUpdate();
    }

    /** A change of the placement's request by the caller, for its change history. */
    public void touchRequest(long placementId, String by) {
        em.find(Placement.class, placementId).getRequest().recordChange(by, Instant.now(), false);
    }
}
