package se.stockholm.vfu.compensation.view;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.stockholm.vfu.compensation.CompensationPdf;
import se.stockholm.vfu.compensation.CompensationRow;
import se.stockholm.vfu.compensation.CompensationService;
import se.stockholm.vfu.compensation.SupervisedWeeks;
import se.stockholm.vfu.term.view.ViewTerm;
import se.stockholm.vfu.web.Messages;

import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/** The compensation basis ({@code /compensation.xhtml}) of the page's term in the caller's scope, and its PDF. */
@Named
@ViewScoped
public class CompensationPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CompensationService compensationService;

    @Inject
    private ViewTerm viewTerm;

    private List<CompensationRow> rows;

    public void load() {
        rows = viewTerm.getTermId() == null ? List.of() : compensationService.rows(viewTerm.getTermId());
    }

    public List<CompensationRow> getRows() {
        return rows;
    }

    public long getTotalStudents() {
        return getRows().stream().mapToLong(CompensationRow::students).sum();
    }

    public long getTotalWorkdays() {
        return getRows().stream().mapToLong(CompensationRow::workdays).sum();
    }

    public BigDecimal getTotalWeeks() {
        return SupervisedWeeks.weeks(getTotalWorkdays());
    }

    /** The table as a PDF download, read again through the service so the caller's scope applies. */
    public void pdf() throws IOException {
        FacesContext context = FacesContext.getCurrentInstance();
        ExternalContext external = context.getExternalContext();
        String term = viewTerm.getTerm().getCode();
        List<CompensationRow> fresh = compensationService.rows(viewTerm.getTermId());
        external.responseReset();
        external.setResponseContentType("application/pdf");
        // named as the Excel export is, in the page's language
        external.setResponseHeader("Content-Disposition",
                "attachment; filename=\"" + Messages.text("compensation.file") + "-" + term + ".pdf\"");
        CompensationPdf.write(Messages.text("compensation.pdfTitle", term),
                List.of(Messages.text("compensation.district"), Messages.text("compensation.university"),
                        Messages.text("compensation.students"), Messages.text("compensation.workdays"),
                        Messages.text("compensation.weeks")),
                Messages.text("compensation.total"), fresh, context.getViewRoot().getLocale(),
                external.getResponseOutputStream());
        context.responseComplete();
    }
}
