package se.stockholm.vfu.placement.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.stockholm.vfu.placement.PlacementRow;
import se.stockholm.vfu.placement.PlacementLifecycleService;
import se.stockholm.vfu.web.Messages;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * The steps that stop a placement and need a reason, in one dialog: the district declines an offer, the central
 * contact interrupts a placement (from a date) or cancels it before it starts.
 */
@Named
@ViewScoped
public class StopPlacement implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PlacementLifecycleService lifecycle;

    @Inject
    private PlacementsPage page;

    private PlacementRow selected;
    /** The step the dialog is open for: decline, interrupt or cancel. */
    private String action;
    private String reason;
    private LocalDate date;

    public void start(PlacementRow row, String action) {
        selected = row;
        this.action = action;
        reason = null;
        date = null;
    }

    public void submit() {
        long termId = page.getTermId();
        switch (action) {
            case "interrupt" -> {
                lifecycle.interrupt(termId, selected.id(), selected.version(), reason, date);
                Messages.info("placement.interrupted");
            }
            case "cancel" -> {
                lifecycle.cancel(termId, selected.id(), selected.version(), reason);
                Messages.info("placement.cancelled");
            }
            default -> {
                lifecycle.decline(termId, selected.id(), selected.version(), reason);
                Messages.info("placement.declined");
            }
        }
    }

    public PlacementRow getSelected() {
        return selected;
    }

    public String getAction() {
        return action;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }
}
