package se.stockholm.vfu.allocation.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Pattern;
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

    /**
     * The seed as typed: a whole number a {@code long} holds (the runs table shows each run's), refused beside the field
     * otherwise, with the text kept (a number field cut a longer one silently to the digits it could hold).
     */
    @Pattern(regexp = "-?[0-9]{1,19}", message = "{allocation.seed.invalid}")
    @DecimalMin(value = "-9223372036854775808", message = "{allocation.seed.invalid}")
    @DecimalMax(value = "9223372036854775807", message = "{allocation.seed.invalid}")
    private String seed;

    public void run() {
        long runId = allocationService.run(viewTerm.getTermId(), seed == null ? null : Long.valueOf(seed));
        page.ran(runId);
        RunDetails shown = runs.getShown();
        Messages.info("allocation.ran", runId, shown.run().placedCount(), shown.run().requestCount());
    }

    public void publish() {
        int offers = allocationService.publish(viewTerm.getTermId());
        page.refresh();
        Messages.info("allocation.published", offers);
    }

    public String getSeed() {
        return seed;
    }

    public void setSeed(String seed) {
        this.seed = seed;
    }
}
