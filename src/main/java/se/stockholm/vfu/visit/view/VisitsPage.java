package se.stockholm.vfu.visit.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.stockholm.vfu.security.CurrentUser;
import se.stockholm.vfu.security.Role;
import se.stockholm.vfu.term.view.ViewTerm;
import se.stockholm.vfu.visit.BookingRow;
import se.stockholm.vfu.visit.VisitCountRow;
import se.stockholm.vfu.visit.VisitRow;
import se.stockholm.vfu.visit.VisitService;
import se.stockholm.vfu.web.Messages;
import se.stockholm.vfu.web.PagedTable;

import java.io.Serializable;
import java.util.List;

/**
 * Observation visits ({@code /visits.xhtml}): districts offer visits ({@link OfferVisit}), universities book their
 * term-two students on them ({@link BookVisit}) and cancel their own bookings here, everyone sees the counts per
 * district. Scope is the service's.
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
    /** The term's counts per district, read as the view opens and again after a change (the table reads them twice). */
    private List<VisitCountRow> counts;

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
    void refreshCounts() {
        counts = visitService.counts(viewTerm.getTermId());
    }

    /** The term the page shows, for the dialogs that offer and book in it. */
    long getTermId() {
        return viewTerm.getTermId();
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

    public void cancel(BookingRow row) {
        visitService.cancelBooking(viewTerm.getTermId(), row.id(), row.version());
        refreshCounts();
        Messages.info("visit.cancelled");
    }
}
