package se.stockholm.vfu.overview.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.stockholm.vfu.overview.DistrictOverview;
import se.stockholm.vfu.overview.OverviewService;
import se.stockholm.vfu.security.CurrentUser;
import se.stockholm.vfu.term.view.TermSelection;

/** A district contact's landing page: its own places, units and supervisors for the selected term. */
@Named
@RequestScoped
public class DistrictOverviewPage {

    @Inject
    private OverviewService overviewService;

    @Inject
    private TermSelection termSelection;

    @Inject
    private CurrentUser currentUser;

    private DistrictOverview overview;

    public void load() {
        Long termId = termSelection.getTermId();
        overview = termId == null ? null : overviewService.district(termId, currentUser.get().districtId());
    }

    public DistrictOverview getOverview() {
        return overview;
    }
}
