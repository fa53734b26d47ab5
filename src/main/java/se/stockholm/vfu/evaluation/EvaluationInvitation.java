package se.stockholm.vfu.evaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import se.stockholm.vfu.common.BaseEntity;
import se.stockholm.vfu.placement.Placement;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One respondent's invitation to evaluate one placement: the link's token is kept only as its hash, so the stored
 * row cannot be turned back into a working link. It can be answered once, before it expires; a reminder adds a
 * second token (also hashed) to the same invitation, and an answer through either closes both.
 */
@Entity
@Table(name = "evaluation_invitation")
public class EvaluationInvitation extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "placement_id", nullable = false, updatable = false)
    private Placement placement;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16, updatable = false)
    private Respondent respondent;

    @Column(name = "token_hash", nullable = false, length = 64, updatable = false)
    private String tokenHash;

    @Column(name = "reminder_token_hash", length = 64)
    private String reminderTokenHash;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "reminded_at")
    private Instant remindedAt;

    @Column(name = "answered_at")
    private Instant answeredAt;

    protected EvaluationInvitation() {
    }

    public EvaluationInvitation(Placement placement, Respondent respondent, String tokenHash, Instant now,
                                Duration validity) {
        this.placement = Objects.requireNonNull(placement);
        this.respondent = Objects.requireNonNull(respondent);
        this.tokenHash = Objects.requireNonNull(tokenHash);
        this.createdAt = Objects.requireNonNull(now);
        this.expiresAt = now.plus(validity);
    }

    /** Whether the link can still be answered at {@code now}. */
    public boolean isOpen(Instant now) {
        return answeredAt == null && now.isBefore(expiresAt);
    }

    public boolean isExpired(Instant now) {
        return !now.isBefore(expiresAt);
    }

    /** The reminder's own token; only once, and only while the invitation is open. */
    public void remind(String reminderHash, Instant now) {
        if (remindedAt != null || !isOpen(now)) {
            throw new IllegalStateException("not remindable");
        }
        reminderTokenHash = Objects.requireNonNull(reminderHash);
        remindedAt = now;
    }

    /** Closes the invitation: neither of its links works again. */
    void answered(Instant now) {
        if (!isOpen(now)) {
            throw new IllegalStateException("not open");
        }
        answeredAt = now;
    }

    public Placement getPlacement() {
        return placement;
    }

    public Respondent getRespondent() {
        return respondent;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getRemindedAt() {
        return remindedAt;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }
}
