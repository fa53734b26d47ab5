package se.stockholm.vfu.allocation.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.stockholm.vfu.allocation.MoveTarget;
import se.stockholm.vfu.allocation.ProposalService;
import se.stockholm.vfu.placement.PlacementRow;
import se.stockholm.vfu.web.Messages;

import java.io.Serializable;
import java.util.List;

/**
 * The dialog that moves a proposal to another offered place: the places it may go to (the engine's hard rules hold,
 * a seat is free), best rank first; a soft rule the move bends comes back as a warning, not a refusal.
 */
@Named
@ViewScoped
public class MoveProposal implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ProposalService proposalService;

    @Inject
    private AllocationPage page;

    @Inject
    private AllocationProposals proposals;

    private PlacementRow moving;
    private List<MoveTarget> moveTargets;
    private Long moveTo;

    /** Opens the dialog for a proposal the table shows; {@code row} is its key, from the row's button. */
    public void start(String row) {
        moving = proposals.shown(row);
        moveTo = null;
        moveTargets = proposalService.moveTargets(moving.id());
    }

    public void move() {
        if (moveTo == null) {
            Messages.invalid("moveForm:place", "allocation.error.moveToRequired");
            return;
        }
        List<String> warnings = proposalService.move(moving.id(), moving.version(), moveTo);
        Messages.info("allocation.moved");
        warnings.forEach(Messages::warn);
        page.refresh();
    }

    public PlacementRow getMoving() {
        return moving;
    }

    public List<MoveTarget> getMoveTargets() {
        return moveTargets;
    }

    public Long getMoveTo() {
        return moveTo;
    }

    public void setMoveTo(Long moveTo) {
        this.moveTo = moveTo;
    }
}
