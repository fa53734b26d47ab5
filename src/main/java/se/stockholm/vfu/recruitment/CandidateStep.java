package se.stockholm.vfu.recruitment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.FetchType;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/** One step of a candidate, with who recorded it and when: written once, never changed. */
@Entity
@Table(name = "candidate_step")
public class CandidateStep {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "candidate_id", nullable = false, updatable = false)
    private Candidate candidate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16, updatable = false)
    private CandidateStatus status;

    @Column(name = "step_on", nullable = false, updatable = false)
    private LocalDate stepOn;

    @Column(length = Candidate.REASON_MAX, updatable = false)
    private String reason;

    @Column(name = "changed_at", nullable = false, updatable = false)
    private Instant changedAt;

    @Column(name = "changed_by", nullable = false, length = 60, updatable = false)
    private String changedBy;

    protected CandidateStep() {
    }

    /** The step the candidate has just taken. */
    public static CandidateStep of(Candidate candidate) {
        CandidateStep step = new CandidateStep();
        step.candidate = candidate;
        step.status = candidate.getStatus();
        step.stepOn = candidate.getStatusOn();
        step.reason = candidate.getStatus() == CandidateStatus.LEFT || candidate.getStatus() == CandidateStatus.WITHDREW
                ? candidate.getLeftReason() : null;
        step.changedAt = candidate.getChangedAt();
        step.changedBy = candidate.getChangedBy();
        return step;
    }

    public Long getId() {
        return id;
    }

    public CandidateStatus getStatus() {
        return status;
    }

    public LocalDate getStepOn() {
        return stepOn;
    }

    public String getReason() {
        return reason;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getChangedBy() {
        return changedBy;
    }
}
