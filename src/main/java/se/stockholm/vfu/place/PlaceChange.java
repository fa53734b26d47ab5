package se.stockholm.vfu.place;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import se.stockholm.vfu.common.BaseEntity;
import se.stockholm.vfu.supervisor.Supervisor;

import java.time.Instant;
import java.util.Objects;

/**
 * One change of a place offer, never edited: created, changed or withdrawn, by whom, when, and whether the
 * term's reporting deadline had passed. It is how the central contact's late edits stay visible.
 */
@Entity
@Table(name = "place_offer_change")
public class PlaceChange extends BaseEntity {

    /** What happened to the offer. */
    public enum Action {
        CREATED, CHANGED, WITHDRAWN
    }

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "place_offer_id", nullable = false, updatable = false)
    private PlaceOffer offer;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16, updatable = false)
    private Action action;

    @Column(nullable = false, updatable = false)
    private int places;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "supervisor_id", updatable = false)
    private Supervisor supervisor;

    @Column(length = PlaceOffer.REASON_MAX, updatable = false)
    private String reason;

    @Column(name = "after_deadline", nullable = false, updatable = false)
    private boolean afterDeadline;

    @Column(name = "changed_at", nullable = false, updatable = false)
    private Instant changedAt;

    @Column(name = "changed_by", nullable = false, length = 60, updatable = false)
    private String changedBy;

    protected PlaceChange() {
    }

    public PlaceChange(PlaceOffer offer, Action action, boolean afterDeadline, String by, Instant at) {
        this.offer = Objects.requireNonNull(offer);
        this.action = Objects.requireNonNull(action);
        this.places = offer.getPlaces();
        this.supervisor = offer.getSupervisor();
        this.reason = offer.getWithdrawnReason();
        this.afterDeadline = afterDeadline;
        this.changedBy = Objects.requireNonNull(by);
        this.changedAt = Objects.requireNonNull(at);
    }

    public PlaceOffer getOffer() {
        return offer;
    }

    public Action getAction() {
        return action;
    }

    public int getPlaces() {
        return places;
    }

    public Supervisor getSupervisor() {
        return supervisor;
    }

    public String getReason() {
        return reason;
    }

    public boolean isAfterDeadline() {
        return afterDeadline;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getChangedBy() {
        return changedBy;
    }
}
