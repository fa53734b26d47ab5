package se.stockholm.vfu.term.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.stockholm.vfu.term.Term;
import se.stockholm.vfu.term.TermService;

import java.io.Serializable;

/**
 * The term a page works in, fixed when the page opens. The header's choice ({@link TermSelection}) is per session,
 * so a second tab that switches term would otherwise make a form still open in the first tab save into the term the
 * user no longer sees there. Pages read and save through this bean, never through the session's choice.
 */
@Named
@ViewScoped
public class ViewTerm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private TermSelection termSelection;

    @Inject
    private TermService termService;

    private boolean fixed;
    private Long termId;

    /** The term of this view: the session's choice when the view was opened; null when there is no term at all. */
    public Long getTermId() {
        if (!fixed) {
            termId = termSelection.getTermId();
            fixed = true;
        }
        return termId;
    }

    public Term getTerm() {
        Long id = getTermId();
        return id == null ? null : termService.byId(id);
    }
}
