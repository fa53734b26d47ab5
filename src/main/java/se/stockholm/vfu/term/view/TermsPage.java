package se.stockholm.vfu.term.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.stockholm.vfu.term.Season;
import se.stockholm.vfu.term.Term;
import se.stockholm.vfu.term.TermForm;
import se.stockholm.vfu.term.TermService;
import se.stockholm.vfu.term.TermStatus;
import se.stockholm.vfu.web.Messages;

import java.io.Serializable;
import java.util.List;

/** The central contact's terms: open a term, set its period, deadlines, target of places and status. */
@Named
@ViewScoped
public class TermsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private TermService termService;

    @Inject
    private TermSelection termSelection;

    private Long editingId;
    private TermForm form = new TermForm();

    /** The header's list of terms (read once per phase of the request), not a second read of the same rows. */
    public List<Term> getTerms() {
        return termSelection.getTerms();
    }

    public void startOpen() {
        editingId = null;
        form = new TermForm();
    }

    public void startChange(Term term) {
        editingId = term.getId();
        form = TermForm.of(term);
    }

    public void save() {
        if (editingId == null) {
            termService.open(form);
        } else {
            termService.change(editingId, form);
        }
        Messages.info("term.saved", termCode());
    }

    public boolean isNew() {
        return editingId == null;
    }

    public String termCode() {
        return form.getSeason() == null || form.getYear() == null ? "" : Term.codeOf(form.getSeason(), form.getYear());
    }

    public Season[] getSeasons() {
        return Season.values();
    }

    public TermStatus[] getStatuses() {
        return TermStatus.values();
    }

    public TermForm getForm() {
        return form;
    }
}
