package se.stockholm.vfu.placement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import se.stockholm.vfu.common.BaseEntity;

import java.time.Instant;

/** One step of a placement's life after publishing: the status it reached, where, why, who and when. */
@Entity
@Table(name = "placement_event")
public class PlacementEvent extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "placement_id", nullable = false, updatable = false)
    private Placement placement;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16, updatable = false)
    private PlacementStatus status;

    @Column(name = "place_offer_id", nullable = false, updatable = false)
    private Long placeOfferId;

    @Column(length = Placement.REASON_MAX, updatable = false)
    private String reason;

    @Column(name = "changed_at", nullable = false, updatable = false)
    private Instant changedAt;

    @Column(name = "changed_by", nullable = false, length = 60, updatable = false)
    private String changedBy;

    protected PlacementEvent() {
    }

    /** The placement as it is now, after a change. */
    public static PlacementEvent of(Placement placement) {
        PlacementEvent event = new PlacementEvent();
        event.placement = placement;
        event.status = placement.getStatus();
        event.placeOfferId = placement.getOffer().getId();
        event.reason = placement.getReason();
        event.changedAt = placement.getChangedAt();
        event.changedBy = placement.getChangedBy();
        return event;
    }

    public PlacementStatus getStatus() {
        return status;
    }

    public Long getPlaceOfferId() {
        return placeOfferId;
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
