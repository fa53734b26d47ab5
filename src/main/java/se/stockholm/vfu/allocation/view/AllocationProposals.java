package se.stockholm.vfu.allocation.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.stockholm.vfu.allocation.ProposalService;
import se.stockholm.vfu.common.PageRequest;
import se.stockholm.vfu.placement.PlacementRow;
import se.stockholm.vfu.placement.PlacementService;
import se.stockholm.vfu.term.view.ViewTerm;
import se.stockholm.vfu.web.PagedTable;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

/**
 * The term's proposed placements, a page at a time, with their locks: a locked proposal stays as it is when the
 * engine runs again. Moving one is {@link MoveProposal}.
 */
@Named
@ViewScoped
public class AllocationProposals implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PlacementService placementService;

    @Inject
    private ProposalService proposalService;

    @Inject
    private ViewTerm viewTerm;

    private PagedTable<PlacementRow> proposals;

    public void load() {
        Long termId = viewTerm.getTermId();
        if (termId == null) {
            return;
        }
        PlacementService service = placementService;
        long term = termId;
        proposals = PagedTable.byId(page -> service.find(term, onlyProposals(page)), PlacementRow::id);
    }

    /** Locks or unlocks a proposal the table shows; {@code row} is its key, from the row's button. */
    public void lock(String row, boolean locked) {
        PlacementRow shown = shown(row);
        proposalService.lock(shown.id(), shown.version(), locked);
    }

    /** A proposal among those the table shows (the client can only pick among them), by its key. */
    public PlacementRow shown(String row) {
        return proposals.shownRow(row);
    }

    private static PageRequest onlyProposals(PageRequest page) {
        Map<String, String> filters = new HashMap<>(page.filters());
        filters.put("status", "PROPOSED");
        return new PageRequest(page.first(), page.size(), page.sortField(), page.ascending(), filters, page.language());
    }

    public PagedTable<PlacementRow> getProposals() {
        return proposals;
    }
}
