package se.stockholm.vfu.support.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.stockholm.vfu.placement.PlacementRow;
import se.stockholm.vfu.placement.PlacementService;
import se.stockholm.vfu.support.ConcernRow;
import se.stockholm.vfu.support.MeetingRow;
import se.stockholm.vfu.support.SupportService;
import se.stockholm.vfu.term.view.ViewTerm;
import se.stockholm.vfu.web.Messages;
import se.stockholm.vfu.web.PagedTable;

import java.io.Serializable;
import java.util.List;

/**
 * Support during the placement ({@code /support.xhtml}): with {@code ?placement=} one placement's three-way meeting
 * and concerns; without it the term's concerns in the caller's scope. The service decides who sees and does what.
 * A placement is read within the page's term, so links to one name its term too ({@code &term=}) and open that term.
 * Setting the meeting is {@link EditMeeting}'s, raising a concern {@link RaiseConcern}'s.
 */
@Named
@ViewScoped
public class SupportPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private SupportService supportService;

    @Inject
    private PlacementService placementService;

    @Inject
    private ViewTerm viewTerm;

    private Long placementId;
    private PlacementRow placement;
    private MeetingRow meeting;
    private List<ConcernRow> concerns;
    private PagedTable<ConcernRow> termConcerns;

    public void load() {
        Long termId = viewTerm.getTermId();
        if (termId == null) {
            // no term yet: no placement and no concern to show
            return;
        }
        SupportService service = supportService;
        long term = termId;
        termConcerns = PagedTable.byId(page -> service.find(term, page), ConcernRow::id);
        if (placementId == null) {
            return;
        }
        placement = placementService.get(term, placementId);
        meeting = supportService.meeting(placementId);
        concerns = supportService.concerns(placementId);
    }

    public PagedTable<ConcernRow> getTermConcerns() {
        return termConcerns;
    }

    public void handle(ConcernRow row) {
        supportService.handle(row.id(), row.version());
        Messages.info("support.concern.handledDone");
        if (placementId != null) {
            load();
        }
    }

    /** Whether the placement is under way, so its meeting can be set and concerns raised. */
    public boolean isRunning() {
        return placement != null && SupportService.RUNNING.contains(placement.status());
    }

    public Long getPlacementId() {
        return placementId;
    }

    public void setPlacementId(Long placementId) {
        this.placementId = placementId;
    }

    public PlacementRow getPlacement() {
        return placement;
    }

    public MeetingRow getMeeting() {
        return meeting;
    }

    public List<ConcernRow> getConcerns() {
        return concerns;
    }
}
