package se.stockholm.vfu.recruitment.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.stockholm.vfu.common.PageRequest;
import se.stockholm.vfu.recruitment.CandidateService;
import se.stockholm.vfu.recruitment.CandidateForm;
import se.stockholm.vfu.recruitment.PostRow;
import se.stockholm.vfu.recruitment.PostStatus;
import se.stockholm.vfu.recruitment.RecruitmentService;
import se.stockholm.vfu.web.Messages;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * One action on the placements page: a completed placement's former VFU student is added to one of the caller's
 * trainee posts (planned or open), keeping the link to the placement.
 */
@Named
@ViewScoped
public class AddToPost implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private RecruitmentService service;

    @Inject
    private CandidateService candidateService;

    private long placementId;
    private String studentName;
    private Long postId;
    private boolean consent;
    private List<PostRow> posts;

    public void start(long placementId, String studentName) {
        this.placementId = placementId;
        this.studentName = studentName;
        this.postId = null;
        this.consent = false;
        this.posts = null;
    }

    public void add() {
        if (postId == null) {
            Messages.invalid("addToPostForm:post", "recruitment.error.required");
            return;
        }
        CandidateForm form = new CandidateForm();
        form.setPlacementId(placementId);
        form.setName(studentName);
        form.setConsentNotify(consent);
        candidateService.addCandidate(postId, form);
        Messages.info("recruitment.addToPost.done", studentName);
    }

    /** The caller's posts that still take candidates. */
    public List<PostRow> getPosts() {
        if (studentName == null) {
            return List.of();
        }
        if (posts == null) {
            posts = service.findPosts(new PageRequest(0, PageRequest.MAX_SIZE, null, true, Map.of())).rows().stream()
                    .filter(p -> p.status() == PostStatus.PLANNED || p.status() == PostStatus.OPEN).toList();
        }
        return posts;
    }

    public String getStudentName() {
        return studentName;
    }

    public Long getPostId() {
        return postId;
    }

    public void setPostId(Long postId) {
        this.postId = postId;
    }

    public boolean isConsent() {
        return consent;
    }

    public void setConsent(boolean consent) {
        this.consent = consent;
    }
}
