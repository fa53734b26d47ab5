package se.stockholm.vfu.allocation.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;
import se.stockholm.vfu.allocation.AllocationService;
import se.stockholm.vfu.allocation.AllocationSummary;
import se.stockholm.vfu.allocation.MoveTarget;
import se.stockholm.vfu.allocation.ReplayOutcome;
import se.stockholm.vfu.allocation.RunDetails;
import se.stockholm.vfu.allocation.RunRow;
import se.stockholm.vfu.common.PageRequest;
import se.stockholm.vfu.placement.PlacementRow;
import se.stockholm.vfu.placement.PlacementService;
import se.stockholm.vfu.term.view.TermSelection;
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
    private PlacementService placementService;

    @Inject
    private TermSelection termSelection;

    private AllocationSummary summary;
    private RunDetails shown;
    private List<RunRow> runs;
    private PagedTable<PlacementRow> proposals;
    private Long seed;
    private PlacementRow moving;
    private List<MoveTarget> moveTargets;
    private Long moveTo;

    public boolean isTermSelected() {
        return termSelection.getTermId() != null;
    }

    public AllocationSummary getSummary() {
        if (summary == null && isTermSelected()) {
            summary = allocationService.summary(termSelection.getTermId());
        }
        return summary;
    }

    public List<RunRow> getRuns() {
        if (runs == null && isTermSelected()) {
            runs = allocationService.runs(termSelection.getTermId());
        }
        return runs;
    }

    /** The run shown below the figures: the one chosen, else the latest. */
    public RunDetails getShown() {
        if (shown == null && isTermSelected() && getSummary().latestRunId() != null) {
            shown = allocationService.details(termSelection.getTermId(), getSummary().latestRunId());
        }
        return shown;
    }

    public PagedTable<PlacementRow> getProposals() {
        if (proposals == null) {
            PlacementService service = placementService;
            long termId = termSelection.getTermId();
            proposals = new PagedTable<>(page -> service.find(termId, onlyProposals(page)),
                    row -> Long.toString(row.id()));
        }
        return proposals;
    }

    public void run() {
        long runId = allocationService.run(termSelection.getTermId(), seed);
        refresh();
        shown = allocationService.details(termSelection.getTermId(), runId);
        Messages.info("allocation.ran", runId, shown.run().placedCount(), shown.run().requestCount());
    }

    public void show(RunRow run) {
        shown = allocationService.details(termSelection.getTermId(), run.id());
    }

    public void replay(RunRow run) {
        ReplayOutcome outcome = allocationService.replay(termSelection.getTermId(), run.id());
        if (outcome.sameResult()) {
            Messages.info("allocation.replaySame", run.id(), outcome.placed());
        } else {
            Messages.warn("allocation.replayDifferent", run.id(), outcome.differences());
        }
    }

    public void publish() {
        int offers = allocationService.publish(termSelection.getTermId());
        refresh();
        Messages.info("allocation.published", offers);
    }

    public void startMove(PlacementRow row) {
        moving = row;
        moveTo = null;
        moveTargets = allocationService.moveTargets(row.id());
    }

    public void move() {
        if (moveTo == null) {
            Messages.error("moveForm:moveTo", "field.required");
            return;
        }
        List<String> warnings = allocationService.move(moving.id(), moving.version(), moveTo);
        Messages.info("allocation.moved");
        warnings.forEach(Messages::warn);
        refresh();
        PrimeFaces.current().executeScript("PF('moveDialog').hide()");
    }

    public void lock(PlacementRow row, boolean locked) {
        allocationService.lock(row.id(), row.version(), locked);
    }

    private void refresh() {
        summary = null;
        runs = null;
        shown = null;
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
