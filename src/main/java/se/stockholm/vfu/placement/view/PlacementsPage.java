package se.stockholm.vfu.placement.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.stockholm.vfu.placement.PlacementRow;
import se.stockholm.vfu.placement.PlacementLifecycleService;
import se.stockholm.vfu.placement.PlacementService;
import se.stockholm.vfu.term.view.ViewTerm;
import se.stockholm.vfu.web.Messages;
import se.stockholm.vfu.web.PagedTable;

import java.io.Serializable;

/**
 * The placements page of every role: a district answers its offers and marks them started, a university follows
 * its students, the central contact follows all and completes, interrupts or cancels. The service decides what each
 * caller sees and may do; the page only offers the buttons that make sense. The steps that open a dialog are their
 * own beans ({@link ConfirmPlacement}, {@link StopPlacement}); starting and completing take one click, here.
 */
@Named
@ViewScoped
public class PlacementsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PlacementService placementService;

    @Inject
    private PlacementLifecycleService lifecycle;

    @Inject
    private ViewTerm viewTerm;

    private PagedTable<PlacementRow> placements;

    public void load() {
        Long termId = getTermId();
        if (termId == null) {
            return;
        }
        PlacementService service = placementService;
        placements = PagedTable.byId(page -> service.find(termId, page), PlacementRow::id);
    }

    /** The term of this page, fixed when it opened: every step acts within it. */
    public Long getTermId() {
        return viewTerm.getTermId();
    }

    public PagedTable<PlacementRow> getPlacements() {
        return placements;
    }

    public void start(PlacementRow row) {
        lifecycle.start(getTermId(), row.id(), row.version());
        Messages.info("placement.started");
    }

    /**
     * The row's one-click completion has no date field of its own: a refusal of its date goes to the top of the page,
     * as the refusal's field is in no form the button sent ({@code BusinessExceptionHandler}).
     */
    public void complete(PlacementRow row) {
        lifecycle.complete(getTermId(), row.id(), row.version(), null);
        Messages.info("placement.completed");
    }
}
