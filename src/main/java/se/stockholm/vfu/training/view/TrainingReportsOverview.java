package se.stockholm.vfu.training.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.stockholm.vfu.term.view.TermSelection;
import se.stockholm.vfu.training.TrainingReportService;
import se.stockholm.vfu.training.TrainingReportView;

import java.util.List;

/** The central contact's view of all three universities' supervisor-training reports for the term. */
@Named
@RequestScoped
public class TrainingReportsOverview {

    @Inject
    private TrainingReportService reports;

    @Inject
    private TermSelection termSelection;

    private List<TrainingReportView> all = List.of();

    public void load() {
        if (termSelection.getTermId() != null) {
            all = reports.all(termSelection.getTermId());
        }
    }

    public List<TrainingReportView> getAll() {
        return all;
    }
}
