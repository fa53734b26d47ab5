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
import se.stockholm.vfu.common.InvalidInputException;
import se.stockholm.vfu.reference.AreaOfWork;
import se.stockholm.vfu.reference.District;
import se.stockholm.vfu.supervisor.Supervisor;
import se.stockholm.vfu.term.Term;
import se.stockholm.vfu.unit.Unit;

import java.util.Objects;

/**
 * Places a unit offers for a term. The district is stored beside the unit so that every scoped
 * query filters on an indexed column. The supervisor may be left empty when the place is reported:
 * a place should not wait for a named person.
 */
@Entity
@Table(name = "place_offer")
public class PlaceOffer extends BaseEntity {

    public static final int MAX_PLACES = 50;

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
    @Column(nullable = false, length = 200)
    private String languages = "sv";

    @Column(length = 2000)
    private String notes;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "supervisor_id")
    private Supervisor supervisor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private PlaceStatus status = PlaceStatus.ACTIVE;

    protected PlaceOffer() {
    }

    public PlaceOffer(Term term, Unit unit, AreaOfWork area, int places) {
        this.term = Objects.requireNonNull(term);
        this.unit = Objects.requireNonNull(unit);
        this.district = unit.getDistrict();
        this.area = Objects.requireNonNull(area);
        changePlaces(places);
    }

    public final void changePlaces(int places) {
        if (places < 1 || places > MAX_PLACES) {
            throw new InvalidInputException("places", "place.error.places", MAX_PLACES);
        }
        this.places = places;
    }

    public void assignSupervisor(Supervisor supervisor) {
        this.supervisor = supervisor;
    }

    public void setLanguages(String languages) {
        this.languages = languages;
    }

    public void setNotes(String notes) {
        this.notes = notes;
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

    public String getNotes() {
        return notes;
    }

    public Supervisor getSupervisor() {
        return supervisor;
    }

    public PlaceStatus getStatus() {
        return status;
    }
}
