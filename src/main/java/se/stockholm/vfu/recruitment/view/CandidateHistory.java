package se.stockholm.vfu.recruitment.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.stockholm.vfu.recruitment.CandidateRow;
import se.stockholm.vfu.recruitment.RecruitmentService;
import se.stockholm.vfu.recruitment.StepRow;

import java.io.Serializable;
import java.util.List;

/** A candidate's steps so far, who took them and when, in the history dialog. */
@Named
@ViewScoped
public class CandidateHistory implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private RecruitmentService service;

    private CandidateRow candidate;
    private List<StepRow> history = List.of();

    public void show(CandidateRow row) {
        candidate = row;
        history = service.steps(row.id());
    }

    public CandidateRow getCandidate() {
        return candidate;
    }

    public List<StepRow> getHistory() {
        return history;
    }
}
