package se.stockholm.vfu.placement.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.stockholm.vfu.placement.Confirmation;
import se.stockholm.vfu.placement.PlacementRow;
import se.stockholm.vfu.placement.PlacementService;
import se.stockholm.vfu.supervisor.SupervisorChoice;
import se.stockholm.vfu.term.view.ViewTerm;
import se.stockholm.vfu.web.Messages;
import se.stockholm.vfu.web.PagedTable;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The placements page of every role: a district answers its offers and marks them started, a university follows
 * its students, the central contact follows all and completes, interrupts or cancels. The service decides what each
 * caller sees and may do; the page only offers the buttons that make sense.
 */
@Named
@ViewScoped
public class PlacementsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PlacementService placementService;

    @Inject
    private ViewTerm viewTerm;

    private PagedTable<PlacementRow> placements;
    private PlacementRow selected;
    private List<SupervisorChoice> supervisors;
    private Long supervisorId;
    private String reason;
    private LocalDate date;
    /** The step the reason dialog is open for: decline, interrupt or cancel. */
    private String action;

    public PagedTable<PlacementRow> getPlacements() {
        if (placements == null && viewTerm.getTermId() != null) {
            PlacementService service = placementService;
            long termId = viewTerm.getTermId();
            placements = PagedTable.byId(page -> service.find(termId, page), PlacementRow::id);
        }
        return placements;
    }

    public void startConfirm(PlacementRow row) {
        select(row);
        supervisors = placementService.supervisorOptions(viewTerm.getTermId(), row.id());
        supervisorId = supervisors.isEmpty() ? null : supervisors.get(0).id();
    }

    public void confirm() {
        Confirmation confirmation = placementService.confirm(viewTerm.getTermId(), selected.id(), selected.version(),
                supervisorId);
        Messages.info("placement.confirmed");
        confirmation.warnings().forEach(Messages::warn);
    }

    public void select(PlacementRow row) {
        selected = row;
        reason = null;
        date = null;
        supervisorId = null;
    }

    public void decline() {
        placementService.decline(viewTerm.getTermId(), selected.id(), selected.version(), reason);
        Messages.info("placement.declined");
    }

    public void interrupt() {
        placementService.interrupt(viewTerm.getTermId(), selected.id(), selected.version(), reason, date);
        Messages.info("placement.interrupted");
    }

    public void cancel() {
        placementService.cancel(viewTerm.getTermId(), selected.id(), selected.version(), reason);
        Messages.info("placement.cancelled");
    }

    public void start(PlacementRow row) {
        placementService.start(viewTerm.getTermId(), row.id(), row.version());
        Messages.info("placement.started");
    }

    public void complete(PlacementRow row) {
        placementService.complete(viewTerm.getTermId(), row.id(), row.version(), null);
        Messages.info("placement.completed");
    }

    /** Opens the reason dialog for one of the steps that need a reason: decline, interrupt or cancel. */
    public void openReason(PlacementRow row, String action) {
        select(row);
        this.action = action;
    }

    public void submitReason() {
        switch (action) {
            case "interrupt" -> interrupt();
            case "cancel" -> cancel();
            default -> decline();
        }
    }

    public String getAction() {
        return action;
    }

    public PlacementRow getSelected() {
        return selected;
    }

    public List<SupervisorChoice> getSupervisors() {
        return supervisors;
    }

    public Long getSupervisorId() {
        return supervisorId;
    }

    public void setSupervisorId(Long supervisorId) {
        this.supervisorId = supervisorId;
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
