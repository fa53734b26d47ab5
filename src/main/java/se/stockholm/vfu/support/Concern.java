package se.stockholm.vfu.support;

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
import se.stockholm.vfu.common.ConflictException;
import se.stockholm.vfu.common.InvalidInputException;
import se.stockholm.vfu.placement.Placement;
import se.stockholm.vfu.security.Role;

import java.time.Instant;
import java.util.Objects;

/**
 * A concern about a running placement, raised by the student's university or the placement's district with a short
 * text: open until handled, with who raised and handled it and when. The text is about the student, so it follows
 * the placements' retention and never goes into a notification or a log.
 */
@Entity
@Audited
@Table(name = "placement_concern")
public class Concern extends BaseEntity {

    public static final int TEXT_MAX = 500;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "placement_id", nullable = false, updatable = false)
    private Placement placement;

    @Column(nullable = false, length = TEXT_MAX)
    private String text;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ConcernStatus status;

    @Column(name = "raised_by", nullable = false, length = 60, updatable = false)
    private String raisedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "raised_by_role", nullable = false, length = 16, updatable = false)
    private Role raisedByRole;

    @Column(name = "raised_at", nullable = false, updatable = false)
    private Instant raisedAt;

    @Column(name = "handled_by", length = 60)
    private String handledBy;

    @Column(name = "handled_at")
    private Instant handledAt;

    protected Concern() {
    }

    public static Concern raise(Placement placement, String text, Role role, String by, Instant at) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("text", "support.error.textRequired");
        }
        if (text.trim().length() > TEXT_MAX) {
            throw new InvalidInputException("text", "support.error.textTooLong", TEXT_MAX);
        }
        Concern concern = new Concern();
        concern.placement = Objects.requireNonNull(placement);
        concern.text = text.trim();
        concern.status = ConcernStatus.OPEN;
        concern.raisedByRole = Objects.requireNonNull(role);
        concern.raisedBy = Objects.requireNonNull(by);
        concern.raisedAt = Objects.requireNonNull(at);
        return concern;
    }

    public void handle(String by, Instant at) {
        if (status == ConcernStatus.HANDLED) {
            throw new ConflictException(null, "support.error.alreadyHandled");
        }
        status = ConcernStatus.HANDLED;
        handledBy = Objects.requireNonNull(by);
        handledAt = Objects.requireNonNull(at);
    }

    public Placement getPlacement() {
        return placement;
    }

    public String getText() {
        return text;
    }

    public ConcernStatus getStatus() {
        return status;
    }

    public String getRaisedBy() {
        return raisedBy;
    }

    public Role getRaisedByRole() {
        return raisedByRole;
    }

    public Instant getRaisedAt() {
        return raisedAt;
    }

    public String getHandledBy() {
        return handledBy;
    }

    public Instant getHandledAt() {
        return handledAt;
    }
}
