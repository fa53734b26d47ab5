package se.stockholm.vfu.allocation.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.stockholm.vfu.allocation.AllocationService;
import se.stockholm.vfu.allocation.RunDetails;
import se.stockholm.vfu.term.view.ViewTerm;
import se.stockholm.vfu.web.Messages;

import java.io.Serializable;

/**
 * Running the allocation engine for the page's term (with a seed, to repeat a run) and publishing its proposals as
 * offers. Both change what the page shows, so the page reads its figures and runs again after each.
 */
@Named
@ViewScoped
public class RunAllocation implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AllocationService allocationService;

    @Inject
    private AllocationPage page;

    @Inject
    private AllocationRuns runs;

    @Inject
    private ViewTerm viewTerm;

    private Long seed;

    public void run() {
        long runId = allocationService.run(viewTerm.getTermId(), seed);
        page.ran(runId);
        RunDetails shown = runs.getShown();
        Messages.info("allocation.ran", runId, shown.run().placedCount(), shown.run().requestCount());
    }

    public void publish() {
        int offers = allocationService.publish(viewTerm.getTermId());
        page.refresh();
        Messages.info("allocation.published", offers);
    }

    public Long getSeed() {
        return seed;
    }

    public void setSeed(Long seed) {
        this.seed = seed;
    }
}
