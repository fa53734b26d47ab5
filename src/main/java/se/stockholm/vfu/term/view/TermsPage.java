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
import java.time.Clock;
import java.time.LocalDate;
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

    @Inject
    private Clock clock;

    private Long editingId;
    private TermForm form = new TermForm();
    /** The term as the form found it (null for a new term): what the save changes. */
    private TermForm before;

    /** The header's list of terms (read once per phase of the request), not a second read of the same rows. */
    public List<Term> getTerms() {
        return termSelection.getTerms();
    }

    public void startOpen() {
        editingId = null;
        form = new TermForm();
        before = null;
    }

    public void startChange(Term term) {
        editingId = term.getId();
        form = TermForm.of(term);
        before = TermForm.of(term);
    }

    public void save() {
        if (editingId == null) {
            termService.open(form);
        } else {
            termService.change(editingId, form);
        }
        Messages.info("term.saved", termCode());
        warnOfPassedDeadlines();
    }

    /**
     * A term saved open for reporting with a deadline already passed is taken (the central contact may mean it), but
     * said: the districts or universities never get their turn, and their pages at once say that the deadline has
     * passed. Said when the save opens the term or sets that deadline, not at every later change of an open term.
     */
    private void warnOfPassedDeadlines() {
        if (form.getStatus() != TermStatus.OPEN) {
            return;
        }
        // the term as saved, whose own rule says whether districts and universities may still report and request
        Term saved = termService.named(termCode());
        boolean opened = before == null || before.getStatus() != TermStatus.OPEN;
        LocalDate today = LocalDate.now(clock);
        if (!saved.isReportingOpen(today)
                && (opened || !saved.getReportingDeadline().equals(before.getReportingDeadline()))) {
            Messages.warn("term.warning.reportingDeadlinePassed", termCode(), saved.getReportingDeadline());
        }
        if (!saved.isRequestingOpen(today)
                && (opened || !saved.getRequestDeadline().equals(before.getRequestDeadline()))) {
            Messages.warn("term.warning.requestDeadlinePassed", termCode(), saved.getRequestDeadline());
        }
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
