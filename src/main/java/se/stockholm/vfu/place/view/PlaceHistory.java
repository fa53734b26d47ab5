package se.stockholm.vfu.place.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.stockholm.vfu.place.PlaceChangeRow;
import se.stockholm.vfu.place.PlaceRow;
import se.stockholm.vfu.place.PlaceService;

import java.io.Serializable;
import java.util.List;

/** A place offer's changes, who made them and when, in the history dialog. */
@Named
@ViewScoped
public class PlaceHistory implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PlaceService placeService;

    @Inject
    private PlacesPage page;

    private PlaceRow selected;
    private List<PlaceChangeRow> history = List.of();

    public void show(PlaceRow row) {
        selected = row;
        history = placeService.history(page.getTermId(), row.id());
    }

    public PlaceRow getSelected() {
        return selected;
    }

    public List<PlaceChangeRow> getHistory() {
        return history;
    }
}
