package se.stockholm.vfu.recruitment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import se.stockholm.vfu.common.BaseEntity;
import se.stockholm.vfu.common.InvalidInputException;
import se.stockholm.vfu.placement.Placement;
import se.stockholm.vfu.request.RequestData;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A person on a trainee post and where they are in the process. A former VFU student keeps the link to their
 * placement (the funnel counts through it). The entity owns which step may follow which and the dates the funnel
 * reads: when they became a trainee, when they were hired permanently, when the employment ended.
 */
@Entity
@Audited
@Table(name = "candidate")
public class Candidate extends BaseEntity {

    public static final int NAME_MAX = 120;
    public static final int EMAIL_MAX = 254;
    public static final int REASON_MAX = 500;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "post_id", nullable = false, updatable = false)
    private TraineePost post;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "placement_id", updatable = false)
    private Placement placement;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(length = EMAIL_MAX)
    private String email;

    /**
     * A former VFU student's reference at their university, copied from the placement's request: the data-subject
     * export finds the candidacy by it when retention has anonymised the request (the candidacy has its own limit).
     */
    @Column(name = "student_ref", length = RequestData.REF_MAX, updatable = false)
    private String studentRef;

    @Column(name = "consent_notify", nullable = false)
    private boolean consentNotify;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private CandidateStatus status;

    @Column(name = "status_on", nullable = false)
    private LocalDate statusOn;

    @Column(name = "left_reason", length = REASON_MAX)
    private String leftReason;

    @Column(name = "trainee_on")
    private LocalDate traineeOn;

    @Column(name = "hired_on")
    private LocalDate hiredOn;

    @Column(name = "employment_ended_on")
    private LocalDate employmentEndedOn;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "changed_by", nullable = false, length = 60)
    private String changedBy;

    @Column(name = "anonymised_at")
    private Instant anonymisedAt;

    protected Candidate() {
    }

    public Candidate(TraineePost post, Placement placement, String name, String email, boolean consentNotify,
                     LocalDate on, String by, Instant at) {
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("name", "recruitment.error.required");
        }
        this.post = Objects.requireNonNull(post);
        this.placement = placement;
        this.studentRef = placement == null ? null : placement.getRequest().getStudentRef();
        this.name = name.trim();
        this.email = email == null || email.isBlank() ? null : email.trim();
        this.consentNotify = consentNotify;
        this.status = CandidateStatus.INTERESTED;
        this.statusOn = Objects.requireNonNull(on);
        touch(by, at);
    }

    /**
     * Moves the candidate a step on: along the line, or out of it. Each step has a date not before the last one's;
     * "left" needs a reason, and leaving after a hire ends the employment on that date.
     */
    public void moveTo(CandidateStatus next, LocalDate on, String reason, String by, Instant at) {
        if (next == null) {
            throw new InvalidInputException("status", "recruitment.error.required");
        }
        if (!status.mayMoveTo(next)) {
            throw new InvalidInputException("status", "recruitment.error.step");
        }
        if (on == null) {
            throw new InvalidInputException("date", "recruitment.error.dateRequired");
        }
        if (on.isBefore(statusOn)) {
            throw new InvalidInputException("date", "recruitment.error.dateBeforeLast");
        }
        String trimmed = reason == null || reason.isBlank() ? null : reason.trim();
        if (next == CandidateStatus.LEFT && trimmed == null) {
            throw new InvalidInputException("reason", "recruitment.error.reasonRequired");
        }
        if (next == CandidateStatus.TRAINEE) {
            traineeOn = on;
        }
        if (next == CandidateStatus.HIRED) {
            hiredOn = on;
        }
        if (next == CandidateStatus.LEFT && status == CandidateStatus.HIRED) {
            employmentEndedOn = on;
        }
        leftReason = next == CandidateStatus.LEFT || next == CandidateStatus.WITHDREW ? trimmed : leftReason;
        status = next;
        statusOn = on;
        touch(by, at);
    }

    /** Records when a permanent employment ended (a hire who left the city's employ later). */
    public void endEmployment(LocalDate on, String by, Instant at) {
        if (hiredOn == null) {
            throw new InvalidInputException("employmentEndedOn", "recruitment.error.notHired");
        }
        if (on != null && on.isBefore(hiredOn)) {
            throw new InvalidInputException("employmentEndedOn", "recruitment.error.dateBeforeLast");
        }
        employmentEndedOn = on;
        touch(by, at);
    }

    public void setConsentNotify(boolean consentNotify) {
        this.consentNotify = consentNotify;
    }

    private void touch(String by, Instant at) {
        changedBy = Objects.requireNonNull(by);
        changedAt = Objects.requireNonNull(at);
    }

    public TraineePost getPost() {
        return post;
    }

    public Placement getPlacement() {
        return placement;
    }

    public String getName() {
        return name;
    }

    public String getEmail() {
        return email;
    }

    public String getStudentRef() {
        return studentRef;
    }

    public boolean isConsentNotify() {
        return consentNotify;
    }

    public CandidateStatus getStatus() {
        return status;
    }

    public LocalDate getStatusOn() {
        return statusOn;
    }

    public String getLeftReason() {
        return leftReason;
    }

    public LocalDate getTraineeOn() {
        return traineeOn;
    }

    public LocalDate getHiredOn() {
        return hiredOn;
    }

    public LocalDate getEmploymentEndedOn() {
        return employmentEndedOn;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getChangedBy() {
        return changedBy;
    }
}
