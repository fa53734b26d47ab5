package se.stockholm.vfu.supervisor.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.stockholm.vfu.supervisor.SupervisorRow;
import se.stockholm.vfu.supervisor.SupervisorService;
import se.stockholm.vfu.supervisor.TrainingChangeRow;

import java.io.Serializable;
import java.util.List;

/** A supervisor's training changes, who made them and when, in the history dialog. */
@Named
@ViewScoped
public class TrainingHistory implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private SupervisorService supervisorService;

    private SupervisorRow selected;
    private List<TrainingChangeRow> history = List.of();

    public void show(SupervisorRow row) {
        selected = row;
        history = supervisorService.trainingHistory(row.id());
    }

    public SupervisorRow getSelected() {
        return selected;
    }

    public List<TrainingChangeRow> getHistory() {
        return history;
    }
}
