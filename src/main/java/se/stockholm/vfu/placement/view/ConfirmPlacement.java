package se.stockholm.vfu.placement.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.stockholm.vfu.placement.Confirmation;
import se.stockholm.vfu.placement.PlacementLifecycleService;
import se.stockholm.vfu.placement.PlacementRow;
import se.stockholm.vfu.placement.PlacementService;
import se.stockholm.vfu.supervisor.SupervisorChoice;
import se.stockholm.vfu.web.Messages;

import java.io.Serializable;
import java.util.List;

/**
 * A district (or the central contact) confirms an offered placement, naming one of the district's supervisors with
 * room left; the first of them is chosen to begin with. Confirming with an untrained supervisor is allowed, with a
 * warning.
 */
@Named
@ViewScoped
public class ConfirmPlacement implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PlacementService placementService;

    @Inject
    private PlacementLifecycleService lifecycle;

    @Inject
    private PlacementsPage page;

    private PlacementRow selected;
    private List<SupervisorChoice> supervisors;
    private Long supervisorId;

    public void start(PlacementRow row) {
        selected = row;
        supervisors = placementService.supervisorOptions(page.getTermId(), row.id());
        supervisorId = supervisors.isEmpty() ? null : supervisors.get(0).id();
    }

    public void confirm() {
        Confirmation confirmation = lifecycle.confirm(page.getTermId(), selected.id(), selected.version(),
                supervisorId);
        Messages.info("placement.confirmed");
        confirmation.warnings().forEach(Messages::warn);
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
}
