package se.stockholm.vfu.place.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.stockholm.vfu.place.PlaceChangeRow;
import se.stockholm.vfu.place.PlaceRow;
import se.stockholm.vfu.place.PlaceService;
import se.stockholm.vfu.web.History;
import se.stockholm.vfu.web.HistoryEntry;
import se.stockholm.vfu.web.Messages;

import java.io.Serializable;

/**
 * A place offer's changes, who made them and when, in the history dialog. Its detail columns (places.xhtml) are the
 * number of places, the supervisor, the reason and whether the change came after the reporting deadline.
 */
@Named
@ViewScoped
public class PlaceHistory implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PlaceService placeService;

    @Inject
    private PlacesPage page;

    private History history = History.NONE;

    /** The row's history button (its row key): the changes of the place the table showed. */
    public void show(String row) {
        PlaceRow place = page.getPlaces().shownRow(row);
        history = new History(place.unitName(), placeService.history(page.getTermId(), place.id()).stream()
                .map(PlaceHistory::entry).toList());
    }

    public History getHistory() {
        return history;
    }

    private static HistoryEntry entry(PlaceChangeRow change) {
        return HistoryEntry.of(change.changedAt(), change.changedBy(), Messages.text("place.action." + change.action()),
                change.places(), change.supervisorName(), change.reason(), change.afterDeadline() ? Messages.text("common.yes") : "");
    }
}
