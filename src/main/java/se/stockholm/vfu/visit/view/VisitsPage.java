package se.stockholm.vfu.visit.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.stockholm.vfu.security.CurrentUser;
import se.stockholm.vfu.security.Role;
import se.stockholm.vfu.term.view.ViewTerm;
import se.stockholm.vfu.visit.BookingForm;
import se.stockholm.vfu.visit.BookingRow;
import se.stockholm.vfu.visit.UnitChoice;
import se.stockholm.vfu.visit.VisitCountRow;
import se.stockholm.vfu.visit.VisitForm;
import se.stockholm.vfu.visit.VisitRow;
import se.stockholm.vfu.visit.VisitService;
import se.stockholm.vfu.web.Messages;
import se.stockholm.vfu.web.PagedTable;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * Observation visits ({@code /visits.xhtml}): districts offer visits, universities book their term-two students on
 * them and cancel their own bookings, everyone sees the counts per district. Scope is the service's.
 */
@Named
@ViewScoped
public class VisitsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private VisitService visitService;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private ViewTerm viewTerm;

    private PagedTable<VisitRow> visits;
    private PagedTable<BookingRow> bookings;
    private List<UnitChoice> units;
    /** The term's counts per district, read as the view opens and again after a change (the table reads them twice). */
    private List<VisitCountRow> counts;
    private Long unitId;
    private LocalDate date;
    private Integer seats;
    private String note;
    private VisitRow selected;
    private String studentName;
    private String studentEmail;
    private String studentRef;

    public void load() {
        Long termId = viewTerm.getTermId();
        if (termId == null) {
            counts = List.of();
            return;
        }
        VisitService service = visitService;
        long term = termId;
        visits = PagedTable.byId(page -> service.findVisits(term, page), VisitRow::id);
        bookings = PagedTable.byId(page -> service.findBookings(term, page), BookingRow::id);
        counts = visitService.counts(term);
    }

    /** After a visit was offered or a seat booked or given back: the counts as they are now. */
    private void refreshCounts() {
        counts = visitService.counts(viewTerm.getTermId());
    }

    public PagedTable<VisitRow> getVisits() {
        return visits;
    }

    public PagedTable<BookingRow> getBookings() {
        return bookings;
    }

    public List<VisitCountRow> getCounts() {
        return counts;
    }

    public boolean isMayOffer() {
        return currentUser.get().role() != Role.UNIVERSITY;
    }

    public boolean isMayBook() {
        return currentUser.get().role() == Role.UNIVERSITY;
    }

    public void openCreate() {
        units = visitService.unitChoices();
        unitId = units.isEmpty() ? null : units.get(0).id();
        date = null;
        seats = null;
        note = null;
    }

    public void create() {
        visitService.createVisit(viewTerm.getTermId(), new VisitForm(unitId, date, seats, note));
        refreshCounts();
        Messages.info("visit.created");
    }

    public void openBooking(VisitRow row) {
        selected = row;
        studentName = null;
        studentEmail = null;
        studentRef = null;
    }

    public void book() {
        visitService.book(viewTerm.getTermId(), selected.id(), new BookingForm(studentName, studentEmail, studentRef));
        refreshCounts();
        Messages.info("visit.booked");
    }

    public void cancel(BookingRow row) {
        visitService.cancelBooking(viewTerm.getTermId(), row.id(), row.version());
        refreshCounts();
        Messages.info("visit.cancelled");
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

    public VisitRow getSelected() {
        return selected;
    }

    public String getStudentName() {
        return studentName;
    }

    public void setStudentName(String studentName) {
        this.studentName = studentName;
    }

    public String getStudentEmail() {
        return studentEmail;
    }

    public void setStudentEmail(String studentEmail) {
        this.studentEmail = studentEmail;
    }

    public String getStudentRef() {
        return studentRef;
    }

    public void setStudentRef(String studentRef) {
        this.studentRef = studentRef;
    }
}
