package se.stockholm.vfu.recruitment.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.stockholm.vfu.recruitment.CandidateService;
import se.stockholm.vfu.recruitment.CandidateRow;
import se.stockholm.vfu.recruitment.StepRow;
import se.stockholm.vfu.web.History;
import se.stockholm.vfu.web.HistoryEntry;
import se.stockholm.vfu.web.Messages;

import java.io.Serializable;

/**
 * A candidate's steps so far, who took them and when, in the history dialog. Its detail columns (recruitment.xhtml)
 * are the step's date and its reason.
 */
@Named
@ViewScoped
public class CandidateHistory implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CandidateService service;

    private History history = History.NONE;

    public void show(CandidateRow row) {
        history = new History(row.name(), service.steps(row.id()).stream().map(CandidateHistory::entry).toList());
    }

    public History getHistory() {
        return history;
    }

    private static HistoryEntry entry(StepRow step) {
        return HistoryEntry.of(step.changedAt(), step.changedBy(), Messages.text("recruitment.candidateStatus." + step.status()),
                step.on(), step.reason());
    }
}
