package se.stockholm.vfu.place.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.stockholm.vfu.place.DistrictNotReported;
import se.stockholm.vfu.place.PlaceRow;
import se.stockholm.vfu.place.PlaceService;
import se.stockholm.vfu.place.PlaceStatus;
import se.stockholm.vfu.place.PlaceTotal;
import se.stockholm.vfu.security.CurrentUser;
import se.stockholm.vfu.term.view.ViewTerm;
import se.stockholm.vfu.web.PagedTable;

import java.io.Serializable;
import java.util.List;

/**
 * The places page for the term the view was opened in: a district sees its own offers and its total against the
 * city's target; the central contact sees every district's and which districts have not reported. Changing an offer
 * is {@link EditPlace}, withdrawing it {@link WithdrawPlace}, its history {@link PlaceHistory}.
 */
@Named
@ViewScoped
public class PlacesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PlaceService placeService;

    @Inject
    private ViewTerm viewTerm;

    @Inject
    private CurrentUser currentUser;

    private Long termId;
    private PagedTable<PlaceRow> places;
    private PlaceTotal total;
    private List<DistrictNotReported> notReported = List.of();

    public void load() {
        termId = viewTerm.getTermId();
        if (termId == null) {
            return;
        }
        PlaceService service = placeService;
        long term = termId;
        places = PagedTable.byId(page -> service.find(term, page), PlaceRow::id);
        refreshFigures();
    }

    /** After an offer was saved or withdrawn: the figures as they are now. */
    void refreshFigures() {
        total = placeService.total(termId, null);
        notReported = isCityWide() ? placeService.districtsNotReported(termId) : List.of();
    }

    public Long getTermId() {
        return termId;
    }

    public PagedTable<PlaceRow> getPlaces() {
        return places;
    }

    public PlaceTotal getTotal() {
        return total;
    }

    public List<DistrictNotReported> getNotReported() {
        return notReported;
    }

    public boolean isCityWide() {
        return currentUser.get().isCityWide();
    }

    public PlaceStatus[] getStatuses() {
        return PlaceStatus.values();
    }
}
