package se.stockholm.vfu.audit.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.stockholm.vfu.retention.RetentionReport;
import se.stockholm.vfu.retention.RetentionRule;
import se.stockholm.vfu.retention.RetentionService;
import se.stockholm.vfu.web.Messages;
import se.stockholm.vfu.web.PagedTable;

import java.io.Serializable;
import java.util.List;

/** The administrator's retention page: the limits in force, run now after a confirmation, and the runs so far. */
@Named
@ViewScoped
public class RetentionPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private RetentionService retentionService;

    private PagedTable<RetentionReport> runs;
    private List<RetentionRule> rules;
    private RetentionReport last;

    public void load() {
        RetentionService service = retentionService;
        runs = PagedTable.byId(service::runs, RetentionReport::id);
        rules = retentionService.rules();
    }

    public PagedTable<RetentionReport> getRuns() {
        return runs;
    }

    public List<RetentionRule> getRules() {
        return rules;
    }

    public void runNow() {
        last = retentionService.runNow();
        Messages.info("retention.done", last.requests(), last.placements(), last.inquiries(), last.notifications(),
                last.candidates());
    }

    /** The run just made from this page, shown above the list. */
    public RetentionReport getLast() {
        return last;
    }
}
