package se.stockholm.vfu.allocation.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.stockholm.vfu.allocation.AllocationRunService;
import se.stockholm.vfu.allocation.AllocationService;
import se.stockholm.vfu.allocation.AllocationSummary;
import se.stockholm.vfu.allocation.MoveTarget;
import se.stockholm.vfu.allocation.ProposalService;
import se.stockholm.vfu.allocation.ReplayOutcome;
import se.stockholm.vfu.allocation.RunDetails;
import se.stockholm.vfu.allocation.RunRow;
import se.stockholm.vfu.common.PageRequest;
import se.stockholm.vfu.placement.PlacementRow;
import se.stockholm.vfu.placement.PlacementService;
import se.stockholm.vfu.term.view.ViewTerm;
import se.stockholm.vfu.web.Messages;
import se.stockholm.vfu.web.PagedTable;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The central contact's allocation page for the selected term: the figures and the shortage, running the engine,
 * the proposals with moves and locks, the unplaced students with reasons, the difference from the run before, the
 * stored runs with replay, and publishing.
 */
@Named
@ViewScoped
public class AllocationPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AllocationService allocationService;

    @Inject
    private AllocationRunService storedRuns;

    @Inject
    private ProposalService proposalService;

    @Inject
    private PlacementService placementService;

    @Inject
    private ViewTerm viewTerm;

    private AllocationSummary summary;
    private RunDetails shown;
    private List<RunRow> runs;
    private PagedTable<PlacementRow> proposals;
    private Long seed;
    private PlacementRow moving;
    private List<MoveTarget> moveTargets;
    private Long moveTo;
    /** The term this view shows, fixed when it opens: another tab may change the session's term meanwhile. */
    private Long termId;

    public void load() {
        termId = viewTerm.getTermId();
        if (termId == null) {
            return;
        }
        PlacementService service = placementService;
        long term = termId;
        proposals = PagedTable.byId(page -> service.find(term, onlyProposals(page)), PlacementRow::id);
        refresh();
    }

    public boolean isTermSelected() {
        return termId != null;
    }

    public AllocationSummary getSummary() {
        return summary;
    }

    public List<RunRow> getRuns() {
        return runs;
    }

    /** The run shown below the figures: the one chosen, else the latest. */
    public RunDetails getShown() {
        return shown;
    }

    public PagedTable<PlacementRow> getProposals() {
        return proposals;
    }

    public void run() {
        long runId = allocationService.run(termId, seed);
        refreshFigures();
        shown = storedRuns.details(termId, runId);
        Messages.info("allocation.ran", runId, shown.run().placedCount(), shown.run().requestCount());
    }

    public void show(RunRow run) {
        shown = storedRuns.details(termId, run.id());
    }

    public void replay(RunRow run) {
        ReplayOutcome outcome = storedRuns.replay(termId, run.id());
        if (outcome.sameResult()) {
            Messages.info("allocation.replaySame", run.id(), outcome.placed());
        } else {
            Messages.warn("allocation.replayDifferent", run.id(), outcome.differences());
        }
    }

    public void publish() {
        int offers = allocationService.publish(termId);
        refresh();
        Messages.info("allocation.published", offers);
    }

    public void startMove(PlacementRow row) {
        moving = row;
        moveTo = null;
        moveTargets = proposalService.moveTargets(row.id());
    }

    public void move() {
        if (moveTo == null) {
            Messages.invalid("moveForm:place", "allocation.error.moveToRequired");
            return;
        }
        List<String> warnings = proposalService.move(moving.id(), moving.version(), moveTo);
        Messages.info("allocation.moved");
        warnings.forEach(Messages::warn);
        refresh();
    }

    public void lock(PlacementRow row, boolean locked) {
        proposalService.lock(row.id(), row.version(), locked);
    }

    /** The figures, the stored runs and the latest run as they are now. */
    private void refresh() {
        refreshFigures();
        shown = summary.latestRunId() == null ? null : storedRuns.details(termId, summary.latestRunId());
    }

    private void refreshFigures() {
        summary = allocationService.summary(termId);
        runs = storedRuns.runs(termId);
    }

    private static PageRequest onlyProposals(PageRequest page) {
        Map<String, String> filters = new HashMap<>(page.filters());
        filters.put("status", "PROPOSED");
        return new PageRequest(page.first(), page.size(), page.sortField(), page.ascending(), filters);
    }

    public Long getSeed() {
        return seed;
    }

    public void setSeed(Long seed) {
        this.seed = seed;
    }

    public PlacementRow getMoving() {
        return moving;
    }

    public List<MoveTarget> getMoveTargets() {
        return moveTargets;
    }

    public Long getMoveTo() {
        return moveTo;
    }

    public void setMoveTo(Long moveTo) {
        this.moveTo = moveTo;
    }
}
