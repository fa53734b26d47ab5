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
import se.stockholm.vfu.common.StockholmTime;
import se.stockholm.vfu.term.Term;

import java.time.Instant;
import java.time.LocalDate;

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

    /**
     * JPQL for when a placement started: the time of its first "started" step, or null when its history has none.
     * The one definition of a placement's start, read with {@link #startedOn} by the rule for the day a placement
     * ends and by the compensation basis. A correlated subquery, so that a list reads it in the same query as its
     * placements.
     *
     * @param placement the placement in the enclosing query (an identification variable or a path)
     */
    public static String startedAt(String placement) {
        return "(SELECT MIN(firstStart.changedAt) FROM PlacementEvent firstStart WHERE firstStart.placement = "
                + placement + " AND firstStart.status = " + PlacementStatus.class.getName() + ".STARTED)";
    }

    /**
     * The day a placement started, from {@link #startedAt}: in Stockholm's calendar; a placement whose history shows
     * no start (made before the history was kept, or its steps not recorded) started with its term's VFU period.
     */
    public static LocalDate startedOn(Instant startedAt, Term term) {
        return startedAt == null ? term.getVfuStart() : LocalDate.ofInstant(startedAt, StockholmTime.ZONE);
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
