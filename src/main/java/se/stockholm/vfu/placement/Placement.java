package se.stockholm.vfu.placement;

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
import se.stockholm.vfu.place.PlaceOffer;
import se.stockholm.vfu.reference.District;
import se.stockholm.vfu.reference.University;
import se.stockholm.vfu.request.StudentRequest;
import se.stockholm.vfu.security.Caller;
import se.stockholm.vfu.security.Role;
import se.stockholm.vfu.supervisor.Supervisor;
import se.stockholm.vfu.term.Term;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * A student on a place offer, from the run's proposal to the end of the field placement. The placement owns its
 * lifecycle (which status may follow which) and its seat: it takes a seat of the offer when it is created or moved
 * and gives it back when it ends early, so that the offer's count of taken seats, which the database checks against
 * the offer's capacity, is always right. Who may read it is its own rule ({@link #isReadableBy}), as every service that
 * reaches a placement asks it; who may make which change is the service's rule.
 */
@Entity
@Audited
@Table(name = "placement")
public class Placement extends BaseEntity {

    public static final int REASON_MAX = 500;
    /** The field an end's date (completion, interruption) is refused by: the API's body and the page's date field. */
    public static final String DATE_FIELD = "date";

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "term_id", nullable = false, updatable = false)
    private Term term;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "request_id", nullable = false, updatable = false)
    private StudentRequest request;

    /** The request's id while the placement is live, else null: a unique index allows one live placement per student. */
    @Column(name = "live_request_id")
    private Long liveRequestId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "place_offer_id", nullable = false)
    private PlaceOffer offer;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "district_id", nullable = false)
    private District district;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "university_id", nullable = false, updatable = false)
    private University university;

    @Column(name = "run_id")
    private Long runId;

    /** The preference rank the place meets (1 = first choice), 0 when it is outside the student's preferences. */
    @Column(name = "achieved_rank", nullable = false)
    private int achievedRank;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private PlacementStatus status;

    /** A locked proposal is kept as it is by the next run. */
    @Column(nullable = false)
    private boolean locked;

    @Column(name = "moved_by_hand", nullable = false)
    private boolean movedByHand;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "supervisor_id")
    private Supervisor supervisor;

    @Column(length = REASON_MAX)
    private String reason;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "changed_by", nullable = false, length = 60)
    private String changedBy;

    protected Placement() {
    }

    /** A proposal of a run: the student on the offer, holding one of its seats. */
    public static Placement propose(StudentRequest request, PlaceOffer offer, Long runId, int achievedRank,
                                    String by, Instant at) {
        Placement placement = new Placement();
        placement.term = Objects.requireNonNull(request.getTerm());
        placement.request = request;
        placement.liveRequestId = request.getId();
        placement.university = request.getUniversity();
        placement.runId = runId;
        placement.status = PlacementStatus.PROPOSED;
        placement.occupy(offer, achievedRank);
        placement.touch(by, at);
        return placement;
    }

    /** Moves a proposal to another offer by hand; the caller has checked the hard rules for the student. */
    public void moveTo(PlaceOffer target, int achievedRank, String by, Instant at) {
        require(Set.of(PlacementStatus.PROPOSED), "placement.error.onlyProposalsMove");
        if (Objects.equals(target.getId(), offer.getId())) {
            return;
        }
        offer.release();
        occupy(target, achievedRank);
        movedByHand = true;
        touch(by, at);
    }

    public void lock(boolean locked, String by, Instant at) {
        require(Set.of(PlacementStatus.PROPOSED), "placement.error.onlyProposalsLock");
        this.locked = locked;
        touch(by, at);
    }

    /**
     * Gives up a proposal that a new run replaces; the row is removed by the service. Returns the offer whose seat it
     * held, which the service frees ({@link PlaceOffer#release()}) only once the run's new proposals are known: an
     * offer that gets its seats back in the same run is then never changed (it was written twice, one seat less and
     * the same again, and its change history had a "changed" row with no change for every offer of the term).
     */
    public PlaceOffer discard() {
        require(Set.of(PlacementStatus.PROPOSED), "placement.error.onlyProposalsMove");
        liveRequestId = null;
        return offer;
    }

    public void publish(String by, Instant at) {
        require(Set.of(PlacementStatus.PROPOSED), "placement.error.notProposed");
        status = PlacementStatus.OFFERED;
        locked = false;
        touch(by, at);
    }

    /** The district accepts the student with a named supervisor, who must belong to the offer's district. */
    public void confirm(Supervisor supervisor, String by, Instant at) {
        require(Set.of(PlacementStatus.OFFERED), "placement.error.notOffered");
        if (supervisor == null) {
            throw new InvalidInputException("supervisor", "placement.error.supervisorRequired");
        }
        if (!Objects.equals(supervisor.getUnit().getDistrict().getId(), district.getId())) {
            throw new InvalidInputException("supervisor", "district.place.error.supervisorOtherDistrict");
        }
        if (!supervisor.isActive()) {
            throw new InvalidInputException("supervisor", "district.place.error.supervisorInactive");
        }
        this.supervisor = supervisor;
        status = PlacementStatus.CONFIRMED;
        touch(by, at);
    }

    /** The district cannot take the student: the seat is freed and the student returns to the pool. */
    public void decline(String reason, String by, Instant at) {
        require(Set.of(PlacementStatus.OFFERED), "placement.error.notOffered");
        end(PlacementStatus.DECLINED, requireReason(reason), null, by, at);
    }

    public void start(String by, Instant at) {
        require(Set.of(PlacementStatus.CONFIRMED), "placement.error.notConfirmed");
        status = PlacementStatus.STARTED;
        touch(by, at);
    }

    /**
     * The student has done the placement. Its date follows the rule of every end ({@link #endDate}); a completion
     * need not wait for the VFU end (the compensation basis then counts up to the day given), but it cannot claim
     * weeks that have not come or lie outside the period. Without a date it ends today, or on the VFU end when it is
     * reported after the period.
     *
     * @param startedOn the day the placement started ({@link PlacementEvent#startedOn}); null counts as the VFU start
     * @param today the day the completion is reported
     */
    public void complete(LocalDate on, LocalDate startedOn, LocalDate today, String by, Instant at) {
        require(Set.of(PlacementStatus.STARTED), "placement.error.notStarted");
        LocalDate lastDay = Objects.requireNonNull(today).isAfter(term.getVfuEnd()) ? term.getVfuEnd() : today;
        LocalDate ended = endDate(on == null ? lastDay : on, startedOn, today);
        status = PlacementStatus.COMPLETED;
        endedOn = ended;
        touch(by, at);
    }

    /**
     * The placement stopped before its end: reason and date are kept, the seat is freed. Its date follows the rule of
     * every end ({@link #endDate}).
     *
     * @param startedOn the day the placement started ({@link PlacementEvent#startedOn}); null counts as the VFU start
     * @param today the day the interruption is reported
     */
    public void interrupt(String reason, LocalDate on, LocalDate startedOn, LocalDate today, String by, Instant at) {
        require(Set.of(PlacementStatus.CONFIRMED, PlacementStatus.STARTED), "placement.error.notRunning");
        if (status == PlacementStatus.CONFIRMED && Objects.requireNonNull(today).isBefore(term.getVfuStart())) {
            // no date could pass the rule: a placement that has not begun is cancelled (Återkalla) instead
            throw new InvalidInputException(DATE_FIELD, "placement.error.notBegunCancelInstead", term.getVfuStart());
        }
        LocalDate ended = endDate(on, startedOn, today);
        end(PlacementStatus.INTERRUPTED, requireReason(reason), ended, by, at);
    }

    /** Cancelled before it started (the student left the programme, the district closed the unit …). */
    public void cancel(String reason, String by, Instant at) {
        require(Set.of(PlacementStatus.PROPOSED, PlacementStatus.OFFERED, PlacementStatus.CONFIRMED),
                "placement.error.cannotCancel");
        end(PlacementStatus.CANCELLED, requireReason(reason), null, by, at);
    }

    /**
     * Whether the caller may read this placement, the one rule of every service that reaches it (its own pages and API,
     * a support case's): a city-wide caller always; a district or university only once it is no longer a proposal,
     * which the allocation may still move or drop unseen, and then only the placement's own district or university.
     */
    public boolean isReadableBy(Caller caller) {
        return caller.isCityWide()
                || status != PlacementStatus.PROPOSED
                && (caller.role() == Role.DISTRICT && district.getId().equals(caller.districtId())
                || caller.role() == Role.UNIVERSITY && university.getId().equals(caller.universityId()));
    }

    /** After the start only the central contact changes a placement. */
    public boolean isStarted() {
        return PlacementStatus.BEGUN.contains(status);
    }

    private void occupy(PlaceOffer target, int rank) {
        target.take();
        offer = target;
        district = target.getDistrict();
        achievedRank = rank;
    }

    private void end(PlacementStatus ended, String reason, LocalDate on, String by, Instant at) {
        offer.release();
        status = ended;
        this.reason = reason;
        endedOn = on;
        liveRequestId = null;
        locked = false;
        touch(by, at);
    }

    /**
     * The one rule for the day a placement ends, completed or interrupted. The compensation basis counts supervision
     * up to it, so it lies within the placement: not before the term's VFU start or the day the placement was marked
     * started, not after the VFU end. An end is reported once it has happened (the status, and for an interruption
     * the seat, change at once), so it is not after today either.
     */
    private LocalDate endDate(LocalDate on, LocalDate startedOn, LocalDate today) {
        if (on == null) {
            throw new InvalidInputException(DATE_FIELD, "placement.error.dateRequired");
        }
        LocalDate first = startedOn != null && startedOn.isAfter(term.getVfuStart()) ? startedOn : term.getVfuStart();
        if (first.isAfter(term.getVfuEnd())) {
            // marked started after the period (reported late): it still ends, on the VFU end at the latest, or it
            // could never be completed or interrupted (found in review); the basis counts nothing after the mark
            first = term.getVfuEnd();
        }
        if (on.isBefore(first)) {
            throw new InvalidInputException(DATE_FIELD, "placement.error.endedBeforeStart", first);
        }
        if (on.isAfter(term.getVfuEnd())) {
            throw new InvalidInputException(DATE_FIELD, "placement.error.endedAfterEnd", term.getVfuEnd());
        }
        if (on.isAfter(Objects.requireNonNull(today))) {
            throw new InvalidInputException(DATE_FIELD, "placement.error.endedInFuture");
        }
        return on;
    }

    private void require(Set<PlacementStatus> allowed, String messageKey) {
        if (!allowed.contains(status)) {
            throw new InvalidInputException(null, messageKey);
        }
    }

    private static String requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "placement.error.reasonRequired");
        }
        if (reason.trim().length() > REASON_MAX) {
            throw new InvalidInputException("reason", "placement.error.reasonTooLong", REASON_MAX);
        }
        return reason.trim();
    }

    private void touch(String by, Instant at) {
        changedBy = Objects.requireNonNull(by);
        changedAt = Objects.requireNonNull(at);
    }

    public Term getTerm() {
        return term;
    }

    public StudentRequest getRequest() {
        return request;
    }

    public PlaceOffer getOffer() {
        return offer;
    }

    public District getDistrict() {
        return district;
    }

    public University getUniversity() {
        return university;
    }

    public Long getRunId() {
        return runId;
    }

    public int getAchievedRank() {
        return achievedRank;
    }

    public PlacementStatus getStatus() {
        return status;
    }

    public boolean isLocked() {
        return locked;
    }

    public boolean isMovedByHand() {
        return movedByHand;
    }

    public Supervisor getSupervisor() {
        return supervisor;
    }

    public String getReason() {
        return reason;
    }

    public LocalDate getEndedOn() {
        return endedOn;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getChangedBy() {
        return changedBy;
    }
}
