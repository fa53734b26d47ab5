package se.stockholm.vfu.request.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.stockholm.vfu.reference.University;
import se.stockholm.vfu.request.RequestChanges;
import se.stockholm.vfu.request.RequestRow;
import se.stockholm.vfu.request.RequestService;
import se.stockholm.vfu.request.RequestStatus;
import se.stockholm.vfu.request.ShownStatus;
import se.stockholm.vfu.security.CurrentUser;
import se.stockholm.vfu.term.Term;
import se.stockholm.vfu.term.view.ViewTerm;
import se.stockholm.vfu.web.Messages;
import se.stockholm.vfu.web.PagedTable;

import java.io.Serializable;
import java.util.List;

/**
 * The list of a term's student requests: a coordinator's own university's, or all for the central contact (who
 * also filters by university and sees who has sent none). Withdrawing asks for a reason in a confirmation dialog.
 */
@Named
@ViewScoped
public class RequestsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private RequestService requestService;

    @Inject
    private RequestChanges requestChanges;

    @Inject
    private ViewTerm viewTerm;

    @Inject
    private CurrentUser currentUser;

    private Term term;
    private boolean open;
    private boolean mayCreate;
    private PagedTable<RequestRow> requests;
    private List<University> missing;
    private RequestRow withdrawing;
    private Long withdrawingVersion;
    private String reason;

    public void load() {
        term = viewTerm.getTerm();
        if (term == null) {
            return;
        }
        long termId = term.getId();
        open = requestService.isOpen(termId);
        mayCreate = requestService.mayCreate(termId);
        RequestService service = requestService;
        requests = PagedTable.byId(page -> service.find(termId, page), RequestRow::id);
        if (currentUser.get().isCityWide()) {
            missing = requestService.universitiesWithoutRequests(termId);
        }
    }

    public void startWithdraw(RequestRow row) {
        withdrawing = row;
        // the version as the dialog opens: a change someone saves before the confirmation is not withdrawn unseen
        withdrawingVersion = requestService.get(term.getId(), row.id()).version();
        reason = null;
    }

    public void withdraw() {
        requestChanges.withdraw(term.getId(), withdrawing.id(), withdrawingVersion, reason);
        Messages.info("request.withdrawn", withdrawing.studentName());
        if (missing != null) {
            missing = requestService.universitiesWithoutRequests(term.getId());
        }
    }

    public Term getTerm() {
        return term;
    }

    public boolean isOpen() {
        return open;
    }

    /** Whether the service takes a new request from this user now (a row says what may be done with it). */
    public boolean isMayCreate() {
        return mayCreate;
    }

    public PagedTable<RequestRow> getRequests() {
        return requests;
    }

    public List<University> getMissing() {
        return missing;
    }

    /** The status filter's choices, in the order the status column sorts them. */
    public List<RequestStatus> getStatuses() {
        return ShownStatus.IN_LIFE_ORDER;
    }

    public RequestRow getWithdrawing() {
        return withdrawing;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
