package se.stockholm.vfu.inquiry.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.stockholm.vfu.inquiry.InquiryForm;
import se.stockholm.vfu.inquiry.InquiryRow;
import se.stockholm.vfu.inquiry.InquiryService;
import se.stockholm.vfu.term.view.ViewTerm;
import se.stockholm.vfu.web.Messages;
import se.stockholm.vfu.web.PagedTable;

import java.io.Serializable;

/**
 * The inquiries page of all three roles: a district records and forwards, a university acknowledges,
 * makes a request of an inquiry or declines it, the central contact follows them all.
 */
@Named
@ViewScoped
public class InquiriesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private InquiryService inquiryService;

    @Inject
    private ViewTerm viewTerm;

    private PagedTable<InquiryRow> inquiries;
    private InquiryForm form = new InquiryForm();
    private InquiryRow selected;
    private String declineReason;
    private String studentRef;

    public void load() {
        InquiryService service = inquiryService;
        inquiries = PagedTable.byId(service::find, InquiryRow::id);
    }

    public PagedTable<InquiryRow> getInquiries() {
        return inquiries;
    }

    public void startForward() {
        form = new InquiryForm();
    }

    public void forward() {
        inquiryService.forward(form);
        Messages.info("inquiry.forwarded", form.getStudentName());
        form = new InquiryForm();
    }

    public void acknowledge(InquiryRow row) {
        inquiryService.acknowledge(row.id());
        Messages.info("inquiry.acknowledged", row.studentName());
    }

    public void select(InquiryRow row) {
        selected = row;
        declineReason = null;
        studentRef = null;
    }

    public void decline() {
        inquiryService.decline(selected.id(), declineReason);
        Messages.info("inquiry.declined", selected.studentName());
    }

    public void makeRequest() {
        inquiryService.turnIntoRequest(selected.id(), viewTerm.getTermId(), studentRef);
        Messages.info("inquiry.requestMade", selected.studentName(), viewTerm.getTerm().getCode());
    }

    public InquiryForm getForm() {
        return form;
    }

    public InquiryRow getSelected() {
        return selected;
    }

    public String getDeclineReason() {
        return declineReason;
    }

    public void setDeclineReason(String declineReason) {
        this.declineReason = declineReason;
    }

    public String getStudentRef() {
        return studentRef;
    }

    public void setStudentRef(String studentRef) {
        this.studentRef = studentRef;
    }
}
