package se.stockholm.vfu.overview.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.stockholm.vfu.overview.OverviewService;
import se.stockholm.vfu.overview.RequestLine;
import se.stockholm.vfu.overview.UniversityOverview;
import se.stockholm.vfu.security.CurrentUser;
import se.stockholm.vfu.term.view.ViewTerm;
import se.stockholm.vfu.web.PagedTable;

import java.io.Serializable;

/** A university coordinator's landing page: its own students' requests for the selected term. */
@Named
@ViewScoped
public class UniversityOverviewPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private OverviewService overviewService;

    @Inject
    private ViewTerm viewTerm;

    @Inject
    private CurrentUser currentUser;

    private UniversityOverview overview;
    private PagedTable<RequestLine> requests;

    public void load() {
        Long termId = viewTerm.getTermId();
        if (termId == null) {
            return;
        }
        long universityId = currentUser.get().universityId();
        overview = overviewService.university(termId, universityId);
        OverviewService service = overviewService;
        requests = PagedTable.byId(page -> service.universityRequests(termId, universityId, page),
                RequestLine::requestId);
    }

    public UniversityOverview getOverview() {
        return overview;
    }

    public PagedTable<RequestLine> getRequests() {
        return requests;
    }
}
