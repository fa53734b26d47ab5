package se.stockholm.vfu.supervisor.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.stockholm.vfu.supervisor.SupervisorRow;
import se.stockholm.vfu.supervisor.SupervisorService;
import se.stockholm.vfu.supervisor.TrainingChangeRow;
import se.stockholm.vfu.web.History;
import se.stockholm.vfu.web.HistoryEntry;
import se.stockholm.vfu.web.Messages;

import java.io.Serializable;

/**
 * A supervisor's training changes, who made them and when, in the history dialog. Its detail columns (supervisors.xhtml)
 * are the course, the providing university, the start date and the completed date.
 */
@Named
@ViewScoped
public class TrainingHistory implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private SupervisorService supervisorService;

    private History history = History.NONE;

    public void show(SupervisorRow row) {
        history = new History(row.name(), supervisorService.trainingHistory(row.id()).stream().map(TrainingHistory::entry).toList());
    }

    public History getHistory() {
        return history;
    }

    private static HistoryEntry entry(TrainingChangeRow change) {
        return HistoryEntry.of(change.changedAt(), change.changedBy(), Messages.text("training." + change.status()),
                change.course(), change.universityCode(), change.startDate(), change.completedDate());
    }
}
