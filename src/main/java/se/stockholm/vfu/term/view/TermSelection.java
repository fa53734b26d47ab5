package se.stockholm.vfu.term.view;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseId;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.stockholm.vfu.term.Term;
import se.stockholm.vfu.term.TermService;
import se.stockholm.vfu.web.Messages;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The term the user is working in, chosen in the header and kept for the session. Starts at the
 * term being prepared today, so most users never need to touch it. A link may name the term its page is about
 * ({@code ?term=HT2026}, as the dashboard's to-do items do): opening it chooses that term, as the header would, so the
 * page, its header and the next pages agree on it.
 */
@Named
@SessionScoped
public class TermSelection implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private TermService termService;

    @Inject
    private Clock clock;

    /** The request parameter naming a term by its code (a term code is no personal data). */
    public static final String PARAMETER = "term";
    private static final String APPLIED = TermSelection.class.getName() + ".applied";
    private static final String TERMS = TermSelection.class.getName() + ".terms.";
    private static final int SHOWN_CODE_MAX = 12;

    private Long termId;

    public Long getTermId() {
        chooseTermOfLink();
        if (termId == null) {
            termId = termService.current(LocalDate.now(clock)).map(Term::getId).orElse(null);
        }
        return termId;
    }

    /** On a page's first request (not a postback), once per request: the term the link names, if it exists. */
    private void chooseTermOfLink() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces == null || faces.getAttributes().containsKey(APPLIED) || faces.isPostback()) {
            return;
        }
        faces.getAttributes().put(APPLIED, Boolean.TRUE);
        String code = faces.getExternalContext().getRequestParameterMap().get(PARAMETER);
        if (code != null) {
            // a term the link names that does not exist is said (the page quietly showed the header's term instead)
            termService.byCode(code.trim()).map(Term::getId).ifPresentOrElse(id -> termId = id,
                    () -> Messages.warn("term.linkNotFound", shown(code.trim())));
        }
    }

    /** The code as the link gave it, cut short: it is shown back to the user, and a term's code has six characters. */
    private static String shown(String code) {
        return code.length() <= SHOWN_CODE_MAX ? code : code.substring(0, SHOWN_CODE_MAX) + "…";
    }

    public void setTermId(Long termId) {
        this.termId = termId;
    }

    public Term getTerm() {
        Long id = getTermId();
        return id == null ? null : termService.byId(id);
    }

    /**
     * All terms, for the header's selector. The header asks for them several times in a request (whether to show the
     * selector, its items, on a postback also while decoding and validating it), so they are read once per phase of
     * the request. Only the application phase (an action, e.g. opening a term) changes terms, so a phase never sees a
     * list older than the phases before it did: the response still shows a term the action has just opened.
     */
    @SuppressWarnings("unchecked")
    public List<Term> getTerms() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces == null || faces.getCurrentPhaseId() == null || faces.getCurrentPhaseId() == PhaseId.INVOKE_APPLICATION) {
            return termService.all();
        }
        return (List<Term>) faces.getAttributes().computeIfAbsent(TERMS + faces.getCurrentPhaseId().getName(),
                phase -> termService.all());
    }

    /** Reloads the current page in the newly chosen term. */
    public String change() {
        return FacesContext.getCurrentInstance().getViewRoot().getViewId() + "?faces-redirect=true";
    }
}
