package se.stockholm.vfu.overview.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.stockholm.vfu.overview.CityOverview;
import se.stockholm.vfu.overview.OverviewService;
import se.stockholm.vfu.term.view.TermSelection;

/** The central contact's landing page: the selected term's places per district against the target. */
@Named
@RequestScoped
public class CentralOverviewPage {

    @Inject
    private OverviewService overviewService;

    @Inject
    private TermSelection termSelection;

    private CityOverview overview;

    public void load() {
        Long termId = termSelection.getTermId();
        overview = termId == null ? null : overviewService.city(termId);
    }

    public CityOverview getOverview() {
        return overview;
    }
}
