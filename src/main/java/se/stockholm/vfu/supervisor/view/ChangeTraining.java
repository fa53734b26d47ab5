package se.stockholm.vfu.supervisor.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.stockholm.vfu.supervisor.SupervisorRow;
import se.stockholm.vfu.supervisor.TrainingDate;
import se.stockholm.vfu.supervisor.SupervisorService;
import se.stockholm.vfu.supervisor.TrainingForm;
import se.stockholm.vfu.web.Messages;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;

/** Records a supervisor's supervisor training: its status, course, university and date. */
@Named
@ViewScoped
public class ChangeTraining implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private SupervisorService supervisorService;

    @Inject
    private SupervisorsPage page;

    @Inject
    private Clock clock;

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

    /**
     * The date pickers' bounds, the same as {@link TrainingDate}'s on the form: a date outside them is not offered, so
     * a user picking from the calendar is not refused after saving (a typed one still gets the message).
     */
    public LocalDate getEarliestDate() {
        return LocalDate.of(TrainingDate.FIRST_YEAR, 1, 1);
    }

    public LocalDate getLatestStart() {
        return LocalDate.now(clock).plusYears(TrainingForm.START_YEARS_AHEAD);
    }

    public LocalDate getLatestCompletion() {
        return LocalDate.now(clock);
    }
}
