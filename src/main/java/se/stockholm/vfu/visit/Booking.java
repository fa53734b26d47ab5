package se.stockholm.vfu.visit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import se.stockholm.vfu.common.BaseEntity;
import se.stockholm.vfu.common.InvalidInputException;
import se.stockholm.vfu.reference.University;

import java.time.Instant;
import java.util.Objects;

/**
 * A term-two student of a university booked on an observation visit: a name and e-mail address, or only the
 * university's reference. Personal data: anonymised by the retention job, in the record and its history.
 */
@Entity
@Audited
@Table(name = "observation_booking")
public class Booking extends BaseEntity {

    public static final int NAME_MAX = 120;
    public static final int EMAIL_MAX = 200;
    public static final int REF_MAX = 60;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "visit_id", nullable = false, updatable = false)
    private ObservationVisit visit;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "university_id", nullable = false, updatable = false)
    private University university;

    @Column(name = "student_name", length = NAME_MAX)
    private String studentName;

    @Column(name = "student_email", length = EMAIL_MAX)
    private String studentEmail;

    @Column(name = "student_ref", length = REF_MAX)
    private String studentRef;

    @Column(name = "booked_at", nullable = false, updatable = false)
    private Instant bookedAt;

    @Column(name = "booked_by", nullable = false, length = 60, updatable = false)
    private String bookedBy;

    protected Booking() {
    }

    /** Books the student on the visit, taking one of its seats (refused when full). */
    public static Booking of(ObservationVisit visit, University university, String name, String email, String ref,
                             String by, Instant at) {
        String cleanName = blankToNull(name);
        String cleanRef = blankToNull(ref);
        if (cleanName == null && cleanRef == null) {
            throw new InvalidInputException("studentName", "visit.error.studentRequired");
        }
        visit.book();
        Booking booking = new Booking();
        booking.visit = visit;
        booking.university = Objects.requireNonNull(university);
        booking.studentName = cleanName;
        booking.studentEmail = blankToNull(email);
        booking.studentRef = cleanRef;
        booking.bookedBy = Objects.requireNonNull(by);
        booking.bookedAt = Objects.requireNonNull(at);
        return booking;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    public ObservationVisit getVisit() {
        return visit;
    }

    public University getUniversity() {
        return university;
    }

    public String getStudentName() {
        return studentName;
    }

    public String getStudentEmail() {
        return studentEmail;
    }

    public String getStudentRef() {
        return studentRef;
    }

    public Instant getBookedAt() {
        return bookedAt;
    }

    public String getBookedBy() {
        return bookedBy;
    }
}
