package se.stockholm.vfu.allocation.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.stockholm.vfu.allocation.AllocationService;
import se.stockholm.vfu.allocation.AllocationSummary;
import se.stockholm.vfu.term.view.ViewTerm;

import java.io.Serializable;

/**
 * The central contact's allocation page for the term it was opened with: the figures and the shortage. Its other
 * use cases have their own beans: running and publishing ({@link RunAllocation}), the proposals and their locks
 * ({@link AllocationProposals}), moving a proposal ({@link MoveProposal}), the stored runs with the difference and
 * replay ({@link AllocationRuns}) and what one more place would buy ({@link AllocationWhatIf}). A change made through
 * any of them comes back here, so the figures and the runs shown are read again together.
 */
@Named
@ViewScoped
public class AllocationPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AllocationService allocationService;

    @Inject
    private AllocationRuns runs;

    @Inject
    private ViewTerm viewTerm;

    private AllocationSummary summary;

    public void load() {
        if (isTermSelected()) {
            refresh();
        }
    }

    public boolean isTermSelected() {
        return viewTerm.getTermId() != null;
    }

    /** After the term's placements changed: the figures, the stored runs and the latest run as they are now. */
    void refresh() {
        summary = allocationService.summary(viewTerm.getTermId());
        runs.refresh(summary.latestRunId());
    }

    /** After a run: the figures and the stored runs as they are now, and the run just made below them. */
    void ran(long runId) {
        summary = allocationService.summary(viewTerm.getTermId());
        runs.refresh(runId);
    }

    public AllocationSummary getSummary() {
        return summary;
    }
}
