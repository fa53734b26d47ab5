package se.stockholm.vfu.request.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.stockholm.vfu.request.RequestDetails;
import se.stockholm.vfu.request.RequestForm;
import se.stockholm.vfu.request.RequestService;
import se.stockholm.vfu.term.view.ViewTerm;
import se.stockholm.vfu.web.Messages;

import java.io.Serializable;

/**
 * The form for one student request: new (a coordinator, no id) or existing ({@code ?id=}, which the service
 * checks against the caller's university, so another university's id shows a refusal and nothing else).
 */
@Named
@ViewScoped
public class EditRequestPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private RequestService requestService;

    @Inject
    private ViewTerm viewTerm;

    private Long id;
    private RequestDetails details;
    private RequestForm form;

    public void load() {
        if (id == null) {
            form = new RequestForm();
        } else {
            details = requestService.get(viewTerm.getTermId(), id);
            form = RequestForm.of(details);
        }
    }

    public String save() {
        if (id == null) {
            requestService.create(viewTerm.getTermId(), form);
            Messages.info("request.created", form.getStudentName());
        } else {
            requestService.update(viewTerm.getTermId(), id, form);
            Messages.info("request.saved", form.getStudentName());
        }
        return "requests?faces-redirect=true";
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public RequestDetails getDetails() {
        return details;
    }

    public RequestForm getForm() {
        return form;
    }
}
