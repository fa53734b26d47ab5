package se.stockholm.vfu.inquiry;

import se.stockholm.vfu.common.StockholmTime;
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
import se.stockholm.vfu.reference.District;
import se.stockholm.vfu.reference.University;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A student's direct inquiry to a district, which the district must forward to a university
 * (letter of intent: districts forward every inquiry; universities mediate requests from students of
 * other Swedish universities). The entity enforces the order of its statuses.
 */
@Entity
@Audited
@Table(name = "inquiry")
public class Inquiry extends BaseEntity {

    public static final int NAME_MAX = 120;
    public static final int EMAIL_MAX = 254;
    public static final int HOME_UNIVERSITY_MAX = 120;
    public static final int MESSAGE_MAX = 2000;
    public static final int REASON_MAX = 500;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "district_id", nullable = false, updatable = false)
    private District district;

    @Column(name = "student_name", nullable = false, length = NAME_MAX)
    private String studentName;

    @Column(name = "student_email", nullable = false, length = EMAIL_MAX)
    private String studentEmail;

    /** The student's own university when it is not one of the three, e.g. "Umeå universitet"; null if unknown. */
    @Column(name = "home_university", length = HOME_UNIVERSITY_MAX)
    private String homeUniversity;

    @Column(nullable = false, length = MESSAGE_MAX)
    private String message;

    @Column(name = "received_on", nullable = false)
    private LocalDate receivedOn;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "university_id", nullable = false)
    private University university;

    @Column(name = "forwarded_at", nullable = false, updatable = false)
    private Instant forwardedAt;

    @Column(name = "forwarded_by", nullable = false, length = 60, updatable = false)
    private String forwardedBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private InquiryStatus status = InquiryStatus.FORWARDED;

    @Column(name = "acknowledged_at")
    private Instant acknowledgedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "closed_by", length = 60)
    private String closedBy;

    @Column(name = "decline_reason", length = REASON_MAX)
    private String declineReason;

    @Column(name = "request_id")
    private Long requestId;

    protected Inquiry() {
    }

    public Inquiry(District district, String studentName, String studentEmail, String homeUniversity, String message,
                   LocalDate receivedOn, University forwardTo, String forwardedBy, Instant now) {
        this.district = Objects.requireNonNull(district);
        this.studentName = Objects.requireNonNull(studentName);
        this.studentEmail = Objects.requireNonNull(studentEmail);
        this.homeUniversity = homeUniversity;
        this.message = Objects.requireNonNull(message);
        if (receivedOn == null || receivedOn.isAfter(LocalDate.ofInstant(now, StockholmTime.ZONE))) {
            throw new InvalidInputException("receivedOn", "inquiry.error.receivedInFuture");
        }
        this.receivedOn = receivedOn;
        this.university = Objects.requireNonNull(forwardTo);
        this.forwardedBy = Objects.requireNonNull(forwardedBy);
        this.forwardedAt = Objects.requireNonNull(now);
    }

    public void acknowledge(Instant now) {
        if (status != InquiryStatus.FORWARDED) {
            throw new InvalidInputException(null, "inquiry.error.notForwarded");
        }
        status = InquiryStatus.ACKNOWLEDGED;
        acknowledgedAt = now;
    }

    public void decline(String reason, String by, Instant now) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "inquiry.error.reasonRequired");
        }
        close(InquiryStatus.DECLINED, by, now);
        declineReason = reason.trim();
    }

    public void turnedInto(long requestId, String by, Instant now) {
        close(InquiryStatus.TURNED_INTO_REQUEST, by, now);
        this.requestId = requestId;
    }

    private void close(InquiryStatus outcome, String by, Instant now) {
        if (!status.isOpen()) {
            throw new InvalidInputException(null, "inquiry.error.closed");
        }
        if (acknowledgedAt == null) {
            acknowledgedAt = now;
        }
        status = outcome;
        closedAt = now;
        closedBy = by;
    }

    /** Whole days from forwarding to acknowledgement, or so far if not yet acknowledged. */
    public long daysToAcknowledge(Instant now) {
        Instant until = acknowledgedAt == null ? now : acknowledgedAt;
        return ChronoUnit.DAYS.between(forwardedAt, until);
    }

    public District getDistrict() {
        return district;
    }

    public String getStudentName() {
        return studentName;
    }

    public String getStudentEmail() {
        return studentEmail;
    }

    public String getHomeUniversity() {
        return homeUniversity;
    }

    public String getMessage() {
        return message;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public University getUniversity() {
        return university;
    }

    public Instant getForwardedAt() {
        return forwardedAt;
    }

    public String getForwardedBy() {
        return forwardedBy;
    }

    public InquiryStatus getStatus() {
        return status;
    }

    public Instant getAcknowledgedAt() {
        return acknowledgedAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public String getDeclineReason() {
        return declineReason;
    }

    public Long getRequestId() {
        return requestId;
    }
}
