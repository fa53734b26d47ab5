package se.stockholm.vfu.datasubject.view;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.stockholm.vfu.common.NotFoundException;
import se.stockholm.vfu.datasubject.DataSubjectExport;
import se.stockholm.vfu.datasubject.DataSubjectJson;
import se.stockholm.vfu.datasubject.DataSubjectService;
import se.stockholm.vfu.term.Term;
import se.stockholm.vfu.term.view.TermSelection;
import se.stockholm.vfu.web.Messages;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/**
 * The central contact looks a student up by university, reference and (optionally) term and downloads the
 * data-subject export. The reference is posted with the form, never put in the URL.
 */
@Named
@ViewScoped
public class DataSubjectExportPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private DataSubjectService dataSubjectService;

    @Inject
    private TermSelection termSelection;

    private Long universityId;
    private String studentRef;
    private String termCode;

    /** Sends the file, or a message beside the reference when the university has no such student. */
    public void download() throws IOException {
        DataSubjectExport export;
        try {
            export = dataSubjectService.export(universityId, studentRef, termCode);
        } catch (NotFoundException noSuchStudent) {
            Messages.error("subjectForm:studentRef", "subjectExport.notFound");
            return;
        }
        byte[] json = DataSubjectJson.write(export);
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext response = faces.getExternalContext();
        response.responseReset();
        response.setResponseContentType("application/json; charset=UTF-8");
        // named in the page's language, as the pages' other exports are
        String name = DataSubjectJson.fileName(export, faces.getViewRoot().getLocale());
        response.setResponseHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
        response.setResponseHeader("Cache-Control", "no-store");
        response.setResponseContentLength(json.length);
        response.getResponseOutputStream().write(json);
        faces.responseComplete();
    }

    /** The header's list of terms (read once per phase of the request), not a second read of the same rows. */
    public List<Term> getTerms() {
        return termSelection.getTerms();
    }

    public Long getUniversityId() {
        return universityId;
    }

    public void setUniversityId(Long universityId) {
        this.universityId = universityId;
    }

    public String getStudentRef() {
        return studentRef;
    }

    public void setStudentRef(String studentRef) {
        this.studentRef = studentRef;
    }

    public String getTermCode() {
        return termCode;
    }

    public void setTermCode(String termCode) {
        this.termCode = termCode;
    }
}
