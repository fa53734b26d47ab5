package se.stockholm.vfu.place;

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
import se.stockholm.vfu.reference.AreaOfWork;
import se.stockholm.vfu.reference.District;
import se.stockholm.vfu.supervisor.Supervisor;
import se.stockholm.vfu.term.Term;
import se.stockholm.vfu.unit.Unit;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Places a unit offers for a term. The district is stored beside the unit so that every scoped
 * query filters on an indexed column.
 * <p>
 * The supervisor may be left empty when the place is reported: a place should not wait for a named
 * person (a pain point of comparable systems). The district names one when it confirms a placement on this offer
 * ({@code Placement.confirm}). A supervisor, when named, belongs to the offer's district and is active.
 * <p>
 * A withdrawn offer is kept with its reason, who withdrew it and when; it cannot be changed again.
 * Who may change an offer when (the reporting deadline) is the service's rule, because it depends on the caller;
 * the offer only remembers that it was changed after the deadline.
 */
@Entity
@Audited
@Table(name = "place_offer")
public class PlaceOffer extends BaseEntity {

    /** A report is of at least one place (withdrawing is how a district offers none). */
    public static final int MIN_PLACES = 1;
    public static final int MAX_PLACES = 50;
    public static final int LANGUAGES_MAX = 200;
    public static final int NOTES_MAX = 2000;
    public static final int REASON_MAX = 500;
    /** Languages are ISO 639-1 codes: two lower-case letters. */
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "term_id", nullable = false, updatable = false)
    private Term term;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "district_id", nullable = false, updatable = false)
    private District district;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id", nullable = false, updatable = false)
    private Unit unit;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "area_id", nullable = false)
    private AreaOfWork area;

    @Column(nullable = false)
    private int places;

    /** Languages the unit can supervise in, as ISO 639-1 codes separated by commas ("sv,en"). */
    @Column(nullable = false, length = LANGUAGES_MAX)
    private String languages = "sv";

    @Column(length = NOTES_MAX)
    private String notes;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "supervisor_id")
    private Supervisor supervisor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private PlaceStatus status = PlaceStatus.ACTIVE;

    @Column(name = "withdrawn_reason", length = REASON_MAX)
    private String withdrawnReason;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Column(name = "withdrawn_by", length = 60)
    private String withdrawnBy;

    @Column(name = "changed_after_deadline", nullable = false)
    private boolean changedAfterDeadline;

    /**
     * Students held in live placements (proposed, offered, confirmed, started, completed). Changed only through
     * {@link #take()} and {@link #release()}; the database checks {@code taken <= places}, and the version makes
     * two people taking the last seat at once conflict instead of both succeeding.
     */
    @Column(nullable = false)
    private int taken;

    protected PlaceOffer() {
    }

    public PlaceOffer(Term term, Unit unit, AreaOfWork area, int places) {
        this.term = Objects.requireNonNull(term);
        unit.requireActive();
        this.unit = unit;
        this.district = unit.getDistrict();
        this.area = Objects.requireNonNull(area);
        changePlaces(places);
    }

    public final void changePlaces(int places) {
        requireActive();
        if (places < MIN_PLACES || places > MAX_PLACES) {
            throw new InvalidInputException("places", "place.error.places", MAX_PLACES);
        }
        if (places < taken) {
            throw new InvalidInputException("places", "district.place.error.belowTaken", taken);
        }
        this.places = places;
    }

    public void changeArea(AreaOfWork area) {
        requireActive();
        this.area = Objects.requireNonNull(area);
    }

    /** Names the supervisor, or clears it (null): allowed until a placement is confirmed. */
    public void assignSupervisor(Supervisor supervisor) {
        requireActive();
        // ids, not equals(): either side may be a lazy proxy
        if (supervisor != null && (this.supervisor == null || !Objects.equals(supervisor.getId(), this.supervisor.getId()))) {
            if (!Objects.equals(supervisor.getUnit().getDistrict().getId(), district.getId())) {
                throw new InvalidInputException("supervisor", "district.place.error.supervisorOtherDistrict");
            }
            if (!supervisor.isActive()) {
                throw new InvalidInputException("supervisor", "district.place.error.supervisorInactive");
            }
        }
        this.supervisor = supervisor;
    }

    /** The languages as ISO 639-1 codes; Swedish when none are given. */
    public void setLanguages(Collection<String> codes) {
        requireActive();
        List<String> clean = codes == null ? List.of() : codes.stream().filter(Objects::nonNull)
                .map(c -> c.trim().toLowerCase()).filter(c -> !c.isEmpty()).distinct().toList();
        if (clean.stream().anyMatch(c -> !LANGUAGE.matcher(c).matches())) {
            throw new InvalidInputException("languages", "district.place.error.languages");
        }
        String joined = clean.isEmpty() ? "sv" : String.join(",", clean);
        if (joined.length() > LANGUAGES_MAX) {
            throw new InvalidInputException("languages", "district.place.error.languages");
        }
        this.languages = joined;
    }

    public void setNotes(String notes) {
        requireActive();
        this.notes = notes == null || notes.isBlank() ? null : notes.trim();
    }

    /** Withdraws the offer; a reason is required, and the offer stays as history. */
    public void withdraw(String reason, String by, Instant at) {
        requireActive();
        if (taken > 0) {
            throw new InvalidInputException("reason", "district.place.error.withdrawTaken", taken);
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "district.place.error.reasonRequired");
        }
        if (reason.trim().length() > REASON_MAX) {
            throw new InvalidInputException("reason", "district.place.error.reasonTooLong", REASON_MAX);
        }
        this.status = PlaceStatus.WITHDRAWN;
        this.withdrawnReason = reason.trim();
        this.withdrawnBy = Objects.requireNonNull(by);
        this.withdrawnAt = Objects.requireNonNull(at);
    }

    /** Holds one seat for a placement: refused when the offer is withdrawn or full. */
    public void take() {
        requireActive();
        if (taken >= places) {
            throw new InvalidInputException("place", "placement.error.placeFull");
        }
        taken++;
    }

    /** Gives back the seat a placement held when it ends early (declined, interrupted, cancelled, replaced). */
    public void release() {
        if (taken == 0) {
            throw new IllegalStateException("Place offer " + getId() + " has no seat to release");
        }
        taken--;
    }

    public int getTaken() {
        return taken;
    }

    public int getFree() {
        return places - taken;
    }

    public boolean isActive() {
        return status == PlaceStatus.ACTIVE;
    }

    /** Remembers that the central contact changed the offer after the term's reporting deadline. */
    public void markChangedAfterDeadline() {
        this.changedAfterDeadline = true;
    }

    private void requireActive() {
        if (status == PlaceStatus.WITHDRAWN) {
            throw new InvalidInputException(null, "district.place.error.withdrawn");
        }
    }

    public Term getTerm() {
        return term;
    }

    public District getDistrict() {
        return district;
    }

    public Unit getUnit() {
        return unit;
    }

    public AreaOfWork getArea() {
        return area;
    }

    public int getPlaces() {
        return places;
    }

    public String getLanguages() {
        return languages;
    }

    public List<String> getLanguageList() {
        return languageList(languages);
    }

    /** The stored languages (comma-separated codes, as {@link #getLanguages()}) as a list. */
    public static List<String> languageList(String stored) {
        return List.of(stored.split(","));
    }

    public String getNotes() {
        return notes;
    }

    public Supervisor getSupervisor() {
        return supervisor;
    }

    public PlaceStatus getStatus() {
        return status;
    }

    public String getWithdrawnReason() {
        return withdrawnReason;
    }

    public Instant getWithdrawnAt() {
        return withdrawnAt;
    }

    public String getWithdrawnBy() {
        return withdrawnBy;
    }

    public boolean isChangedAfterDeadline() {
        return changedAfterDeadline;
    }
}
