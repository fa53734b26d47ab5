package se.stockholm.vfu.term.view;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.stockholm.vfu.term.Term;
import se.stockholm.vfu.term.TermService;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The term the user is working in, chosen in the header and kept for the session. Starts at the
 * term being prepared today, so most users never need to touch it.
 */
@Named
@SessionScoped
public class TermSelection implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private TermService termService;

    @Inject
    private Clock clock;

    private Long termId;

    public Long getTermId() {
        if (termId == null) {
            termId = termService.current(LocalDate.now(clock)).map(Term::getId).orElse(null);
        }
        return termId;
    }

    public void setTermId(Long termId) {
        this.termId = termId;
    }

    public Term getTerm() {
        Long id = getTermId();
        return id == null ? null : termService.byId(id);
    }

    public List<Term> getTerms() {
        return termService.all();
    }

    /** Reloads the current page in the newly chosen term. */
    public String change() {
        return FacesContext.getCurrentInstance().getViewRoot().getViewId() + "?faces-redirect=true";
    }
}
