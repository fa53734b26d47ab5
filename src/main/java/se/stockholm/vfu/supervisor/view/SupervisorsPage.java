package se.stockholm.vfu.supervisor.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.stockholm.vfu.security.CurrentUser;
import se.stockholm.vfu.supervisor.SupervisorRow;
import se.stockholm.vfu.supervisor.SupervisorService;
import se.stockholm.vfu.supervisor.TrainingStatus;
import se.stockholm.vfu.supervisor.TrainingSummary;
import se.stockholm.vfu.web.Messages;
import se.stockholm.vfu.web.PagedTable;

import java.io.Serializable;

/**
 * The supervisors page: a district's own supervisors (the central contact's: every district's) with their
 * supervisor training and the summary of it; deactivating and activating a supervisor. The dialogs have their beans:
 * {@link EditSupervisor}, {@link ChangeTraining}, {@link TrainingHistory}.
 */
@Named
@ViewScoped
public class SupervisorsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private SupervisorService supervisorService;

    @Inject
    private CurrentUser currentUser;

    private PagedTable<SupervisorRow> supervisors;
    private TrainingSummary summary;

    public void load() {
        SupervisorService service = supervisorService;
        supervisors = PagedTable.byId(service::find, SupervisorRow::id);
        refreshSummary();
    }

    public PagedTable<SupervisorRow> getSupervisors() {
        return supervisors;
    }

    public TrainingSummary getSummary() {
        return summary;
    }

    /** After a supervisor or their training changed: the summary as it is now. */
    void refreshSummary() {
        summary = supervisorService.trainingSummary(null);
    }

    public void deactivate(SupervisorRow row) {
        supervisorService.deactivate(row.id());
        refreshSummary();
        Messages.info("supervisor.deactivated", row.name());
    }

    public void activate(SupervisorRow row) {
        supervisorService.activate(row.id());
        refreshSummary();
        Messages.info("supervisor.activated", row.name());
    }

    public boolean isCityWide() {
        return currentUser.get().isCityWide();
    }

    public TrainingStatus[] getStatuses() {
        return TrainingStatus.values();
    }
}
