package se.stockholm.vfu.allocation.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.stockholm.vfu.allocation.AllocationRunService;
import se.stockholm.vfu.allocation.ReplayOutcome;
import se.stockholm.vfu.allocation.RunDetails;
import se.stockholm.vfu.allocation.RunRow;
import se.stockholm.vfu.term.view.ViewTerm;
import se.stockholm.vfu.web.Messages;

import java.io.Serializable;
import java.util.List;

/**
 * The term's stored runs: one of them shown with its unplaced students and its difference from the run before (the
 * latest unless another was chosen), and a replay that checks a stored run still gives the same result. The list is
 * read by {@link AllocationPage}, with its figures.
 */
@Named
@ViewScoped
public class AllocationRuns implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AllocationRunService storedRuns;

    @Inject
    private ViewTerm viewTerm;

    private List<RunRow> runs;
    private RunDetails shown;

    /** The stored runs as they are now, and the run to show below the figures (none when there is no run). */
    void refresh(Long shownRunId) {
        runs = storedRuns.runs(viewTerm.getTermId());
        shown = shownRunId == null ? null : storedRuns.details(viewTerm.getTermId(), shownRunId);
    }

    public void show(RunRow run) {
        shown = storedRuns.details(viewTerm.getTermId(), run.id());
    }

    public void replay(RunRow run) {
        ReplayOutcome outcome = storedRuns.replay(viewTerm.getTermId(), run.id());
        if (outcome.sameResult()) {
            Messages.info("allocation.replaySame", run.id(), outcome.placed());
        } else {
            Messages.warn("allocation.replayDifferent", run.id(), outcome.differences());
        }
    }

    public List<RunRow> getRuns() {
        return runs;
    }

    /** The run shown below the figures: the one chosen, else the latest. */
    public RunDetails getShown() {
        return shown;
    }
}
