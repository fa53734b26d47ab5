package se.stockholm.vfu.visit.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.FutureOrPresent;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import se.stockholm.vfu.visit.ObservationVisit;
import se.stockholm.vfu.visit.UnitChoice;
import se.stockholm.vfu.visit.VisitForm;
import se.stockholm.vfu.visit.VisitService;
import se.stockholm.vfu.web.Messages;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** A district (or the central contact) offers an observation visit at one of its units, in the page's term. */
@Named
@ViewScoped
public class OfferVisit implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private VisitService visitService;

    @Inject
    private VisitsPage page;

    private List<UnitChoice> units;
    private Long unitId;
    @FutureOrPresent(message = "{field.notPast}")
    private LocalDate date;
    @Min(value = 1, message = "{field.min}")
    @Max(value = ObservationVisit.SEATS_MAX, message = "{field.maxCount}")
    private Integer seats;
    private String note;

    public void open() {
        units = visitService.unitChoices();
        // the list opens on "– välj –": a unit the user never chose was offered silently
        unitId = null;
        date = null;
        seats = null;
        note = null;
    }

    public void create() {
        visitService.createVisit(page.getTermId(), new VisitForm(unitId, date, seats, note));
        page.refreshCounts();
        Messages.info("visit.created");
    }

    public List<UnitChoice> getUnits() {
        return units;
    }

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public Integer getSeats() {
        return seats;
    }

    public void setSeats(Integer seats) {
        this.seats = seats;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
