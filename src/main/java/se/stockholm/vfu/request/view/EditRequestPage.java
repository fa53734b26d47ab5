package se.stockholm.vfu.request.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.stockholm.vfu.common.NotFoundException;
import se.stockholm.vfu.request.RequestChanges;
import se.stockholm.vfu.request.RequestDetails;
import se.stockholm.vfu.request.RequestForm;
import se.stockholm.vfu.request.RequestService;
import se.stockholm.vfu.term.view.ViewTerm;
import se.stockholm.vfu.web.Messages;

import java.io.Serializable;

/**
 * The form for one student request: new (a coordinator, no id) or existing ({@code ?id=}, which the service
 * checks against the caller's university, so another university's id shows a refusal and nothing else). It offers
 * a save only when the service would take it ({@link RequestService#mayCreate}, {@link RequestService#mayChange}):
 * after the deadline a coordinator reads the request, and is told why once, at the top.
 */
@Named
@ViewScoped
public class EditRequestPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private RequestService requestService;

    @Inject
    private RequestChanges requestChanges;

    @Inject
    private ViewTerm viewTerm;

    private Long id;
    private boolean unreadableId;
    private RequestDetails details;
    private RequestForm form;
    private boolean editable;
    private boolean deadlinePassed;

    public void load() {
        if (unreadableId) {
            throw new NotFoundException(); // as for an id that names no request: no blank new request in its place
        }
        long termId = viewTerm.getTermId();
        if (id == null) {
            form = new RequestForm();
            editable = requestService.mayCreate(termId);
        } else {
            details = requestService.get(termId, id);
            form = RequestForm.of(details);
            editable = requestService.mayChange(termId, id);
        }
        deadlinePassed = !requestService.isOpen(termId);
    }

    public String save() {
        if (id == null) {
            requestChanges.create(viewTerm.getTermId(), form);
            Messages.info("request.created", form.getStudentName());
        } else {
            requestChanges.update(viewTerm.getTermId(), id, form);
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

    /** The {@code ?id=} as the link gave it (the view parameter): the id when it is one, else the text as given. */
    public String getIdParameter() {
        return id == null ? null : id.toString();
    }

    /**
     * Takes the {@code ?id=} of a link. Text that is no id ({@code ?id=abc}) names no request: said as for an unknown
     * id; as a {@code Long} view parameter it failed conversion, the page's loading was skipped and the page showed
     * the heading of a blank new request with no form and no word why.
     */
    public void setIdParameter(String value) {
        String given = value == null ? "" : value.trim();
        unreadableId = false;
        id = null;
        if (!given.isEmpty()) {
            try {
                id = Long.valueOf(given);
            } catch (NumberFormatException notAnId) {
                unreadableId = true;
            }
        }
    }

    /** Whether the page is for a new request: no {@code ?id=}, not one that named nothing. */
    public boolean isNew() {
        return id == null && !unreadableId;
    }

    public RequestDetails getDetails() {
        return details;
    }

    public RequestForm getForm() {
        return form;
    }

    /** Whether the service takes a save of this form from the caller now: else the page only shows the request. */
    public boolean isEditable() {
        return editable;
    }

    /** Whether the term's request deadline has passed, said once at the top when it is why the form cannot be saved. */
    public boolean isDeadlinePassed() {
        return deadlinePassed;
    }
}
