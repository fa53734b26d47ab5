package se.stockholm.vfu.request;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import se.stockholm.vfu.common.BaseEntity;
import se.stockholm.vfu.reference.University;
import se.stockholm.vfu.term.Term;

import java.util.Objects;

/**
 * A university's request for a VFU place for one of its students in a term. A student is
 * identified by the university's own student id, never by personal identity number.
 */
@Entity
@Table(name = "student_request")
public class StudentRequest extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "term_id", nullable = false, updatable = false)
    private Term term;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "university_id", nullable = false, updatable = false)
    private University university;

    @Column(name = "student_ref", nullable = false, length = 40, updatable = false)
    private String studentRef;

    @Column(name = "student_name", nullable = false, length = 120)
    private String studentName;

    @Column(name = "student_email", nullable = false, length = 254)
    private String studentEmail;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private RequestStatus status = RequestStatus.SENT;

    protected StudentRequest() {
    }

    public StudentRequest(Term term, University university, String studentRef, String studentName,
                          String studentEmail) {
        this.term = Objects.requireNonNull(term);
        this.university = Objects.requireNonNull(university);
        this.studentRef = Objects.requireNonNull(studentRef);
        this.studentName = Objects.requireNonNull(studentName);
        this.studentEmail = Objects.requireNonNull(studentEmail);
    }

    public Term getTerm() {
        return term;
    }

    public University getUniversity() {
        return university;
    }

    public String getStudentRef() {
        return studentRef;
    }

    public String getStudentName() {
        return studentName;
    }

    public String getStudentEmail() {
        return studentEmail;
    }

    public RequestStatus getStatus() {
        return status;
    }
}
