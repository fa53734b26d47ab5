package se.stockholm.vfu.supervisor.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.stockholm.vfu.supervisor.SupervisorRow;
import se.stockholm.vfu.supervisor.SupervisorService;
import se.stockholm.vfu.supervisor.TrainingForm;
import se.stockholm.vfu.web.Messages;

import java.io.Serializable;

/** Records a supervisor's supervisor training: its status, course, university and date. */
@Named
@ViewScoped
public class ChangeTraining implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private SupervisorService supervisorService;

    @Inject
    private SupervisorsPage page;

    private SupervisorRow selected;
    private TrainingForm training = new TrainingForm();

    public void start(SupervisorRow row) {
        selected = supervisorService.get(row.id());
        training = TrainingForm.of(selected);
    }

    public void save() {
        supervisorService.changeTraining(selected.id(), training);
        Messages.info("supervisor.trainingSaved", selected.name());
        page.refreshSummary();
    }

    /** Whether a supervisor was chosen in this view; until then the dialog's fields are left out (as EditPlace's). */
    public boolean isStarted() {
        return selected != null;
    }

    public SupervisorRow getSelected() {
        return selected;
    }

    public TrainingForm getTraining() {
        return training;
    }
}
