package se.stockholm.vfu.recruitment.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.stockholm.vfu.common.PageRequest;
import se.stockholm.vfu.recruitment.CandidateService;
import se.stockholm.vfu.recruitment.CandidateForm;
import se.stockholm.vfu.recruitment.CandidateRow;
import se.stockholm.vfu.recruitment.FormerStudentRow;
import se.stockholm.vfu.recruitment.PostRow;
import se.stockholm.vfu.recruitment.PostStatus;
import se.stockholm.vfu.recruitment.RecruitmentService;
import se.stockholm.vfu.web.Messages;
import se.stockholm.vfu.web.PagedTable;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * The recruitment page of a district (its own posts) and of the central contact (all): posts, the open post's
 * candidates and the search for former VFU students to add. The dialogs have their beans: {@link EditPost},
 * {@link AddOutsideCandidate}, {@link MoveCandidate}, {@link CandidateHistory}.
 */
@Named
@ViewScoped
public class RecruitmentPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private RecruitmentService service;

    @Inject
    private CandidateService candidateService;

    private PagedTable<PostRow> posts;
    private PostRow post;
    private List<CandidateRow> candidates = List.of();
    private String formerText;
    private List<FormerStudentRow> formerStudents = List.of();
    private boolean formerConsent;

    public void load() {
        RecruitmentService s = service;
        posts = PagedTable.byId(s::findPosts, PostRow::id);
    }

    public PagedTable<PostRow> getPosts() {
        return posts;
    }

    public void showCandidates(PostRow row) {
        post = row;
        reloadCandidates();
        formerText = null;
        searchFormer();
    }

    public void searchFormer() {
        formerStudents = candidateService.formerStudents(new PageRequest(0, 20, null, true,
                formerText == null || formerText.isBlank() ? Map.of() : Map.of("text", formerText))).rows();
    }

    public void addFormer(FormerStudentRow row) {
        CandidateForm candidateForm = new CandidateForm();
        candidateForm.setPlacementId(row.placementId());
        candidateForm.setName(row.studentName()); // another district's student was found by this full name
        candidateForm.setConsentNotify(formerConsent);
        candidateService.addCandidate(post.id(), candidateForm);
        Messages.info("recruitment.added", row.studentName());
        reloadCandidates();
    }

    /** After a post was changed: the open post shows the change. */
    void postChanged(long id) {
        if (post != null && post.id() == id) {
            post = service.getPost(id);
        }
    }

    /** After a candidate was added or moved: the post's candidates and counts as they are now. */
    void reloadCandidates() {
        candidates = candidateService.candidates(post.id());
        post = service.getPost(post.id());
    }

    public PostStatus[] getPostStatuses() {
        return PostStatus.values();
    }

    public PostRow getPost() {
        return post;
    }

    public List<CandidateRow> getCandidates() {
        return candidates;
    }

    public String getFormerText() {
        return formerText;
    }

    public void setFormerText(String formerText) {
        this.formerText = formerText;
    }

    public List<FormerStudentRow> getFormerStudents() {
        return formerStudents;
    }

    public boolean isFormerConsent() {
        return formerConsent;
    }

    public void setFormerConsent(boolean formerConsent) {
        this.formerConsent = formerConsent;
    }
}
