package se.stockholm.vfu.visit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import se.stockholm.vfu.common.BaseEntity;
import se.stockholm.vfu.common.ConflictException;
import se.stockholm.vfu.common.InvalidInputException;
import se.stockholm.vfu.reference.District;
import se.stockholm.vfu.term.Term;
import se.stockholm.vfu.unit.Unit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An observation visit a district offers at one of its units: a date, a number of seats and a note. It counts its
 * booked seats and refuses a booking when full; the database checks {@code booked <= seats} as well.
 */
@Entity
@Audited
@Table(name = "observation_visit")
public class ObservationVisit extends BaseEntity {

    public static final int NOTE_MAX = 500;
    public static final int SEATS_MAX = 50;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "term_id", nullable = false, updatable = false)
    private Term term;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "district_id", nullable = false, updatable = false)
    private District district;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id", nullable = false, updatable = false)
    private Unit unit;

    @Column(name = "visit_date", nullable = false)
    private LocalDate visitDate;

    @Column(nullable = false)
    private int seats;

    @Column(nullable = false)
    private int booked;

    @Column(length = NOTE_MAX)
    private String note;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 60, updatable = false)
    private String createdBy;

    protected ObservationVisit() {
    }

    public ObservationVisit(Term term, Unit unit, LocalDate visitDate, int seats, String note, String by, Instant at) {
        this.term = Objects.requireNonNull(term);
        this.unit = Objects.requireNonNull(unit);
        this.district = unit.getDistrict();
        this.visitDate = Objects.requireNonNull(visitDate);
        if (seats < 1 || seats > SEATS_MAX) {
            throw new InvalidInputException("seats", "visit.error.seats", SEATS_MAX);
        }
        this.seats = seats;
        this.note = note == null || note.isBlank() ? null : note.trim();
        this.createdBy = Objects.requireNonNull(by);
        this.createdAt = Objects.requireNonNull(at);
    }

    /** Holds one seat for a booking: refused with a message when every seat is taken. */
    public void book() {
        if (booked >= seats) {
            throw new ConflictException(null, "visit.error.full");
        }
        booked++;
    }

    /** Gives back the seat of a cancelled booking. */
    public void release() {
        if (booked == 0) {
            throw new IllegalStateException("Observation visit " + getId() + " has no seat to release");
        }
        booked--;
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

    public LocalDate getVisitDate() {
        return visitDate;
    }

    public int getSeats() {
        return seats;
    }

    public int getBooked() {
        return booked;
    }

    public String getNote() {
        return note;
    }
}
