package se.stockholm.vfu.place.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.stockholm.vfu.place.PlaceRow;
import se.stockholm.vfu.place.PlaceService;
import se.stockholm.vfu.place.Withdrawal;
import se.stockholm.vfu.web.Messages;

import java.io.Serializable;

/** A district or the central contact withdraws a place offer, with a reason, on the version the table showed. */
@Named
@ViewScoped
public class WithdrawPlace implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PlaceService placeService;

    @Inject
    private PlacesPage page;

    private PlaceRow selected;
    private Withdrawal withdrawal = new Withdrawal();

    /**
     * The row's withdraw button (its row key), with the version the table showed: a place changed since then is not
     * withdrawn unseen (the service compares the versions).
     */
    public void start(String row) {
        selected = page.getPlaces().shownRow(row);
        withdrawal = new Withdrawal();
        withdrawal.setVersion(selected.version());
    }

    public void withdraw() {
        placeService.withdraw(page.getTermId(), selected.id(), withdrawal);
        Messages.info("place.withdrawn");
        page.refreshFigures();
    }

    public PlaceRow getSelected() {
        return selected;
    }

    /** Whether a place was chosen to withdraw in this view; until then the dialog's form is left out (as EditPlace's). */
    public boolean isStarted() {
        return selected != null;
    }

    public Withdrawal getWithdrawal() {
        return withdrawal;
    }
}
