package se.stockholm.vfu.recruitment.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.stockholm.vfu.common.PageRequest;
import se.stockholm.vfu.common.StockholmTime;
import se.stockholm.vfu.recruitment.CandidateForm;
import se.stockholm.vfu.recruitment.CandidateRow;
import se.stockholm.vfu.recruitment.CandidateStatus;
import se.stockholm.vfu.recruitment.FormerStudentRow;
import se.stockholm.vfu.recruitment.PostForm;
import se.stockholm.vfu.recruitment.PostRow;
import se.stockholm.vfu.recruitment.PostStatus;
import se.stockholm.vfu.recruitment.RecruitmentService;
import se.stockholm.vfu.recruitment.StepForm;
import se.stockholm.vfu.recruitment.StepRow;
import se.stockholm.vfu.reference.AreaOfWork;
import se.stockholm.vfu.reference.District;
import se.stockholm.vfu.reference.ReferenceDataService;
import se.stockholm.vfu.security.CurrentUser;
import se.stockholm.vfu.unit.UnitChoice;
import se.stockholm.vfu.unit.UnitService;
import se.stockholm.vfu.web.Messages;
import se.stockholm.vfu.web.PagedTable;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The recruitment page of a district (its own posts) and of the central contact (all): posts, a post's candidates,
 * adding a former VFU student or an outside candidate, moving a candidate a step on, and their history.
 */
@Named
@ViewScoped
public class RecruitmentPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private RecruitmentService service;

    @Inject
    private UnitService unitService;

    @Inject
    private ReferenceDataService referenceData;

    @Inject
    private CurrentUser currentUser;

    private PagedTable<PostRow> posts;
    private PostForm form = new PostForm();
    private Long editingId;
    private PostRow post;
    private List<CandidateRow> candidates = List.of();
    private String formerText;
    private List<FormerStudentRow> formerStudents = List.of();
    private boolean formerConsent;
    private CandidateForm outside = new CandidateForm();
    private CandidateRow candidate;
    private CandidateStatus nextStatus;
    private LocalDate stepDate;
    private String stepReason;
    private List<StepRow> history = List.of();

    public PagedTable<PostRow> getPosts() {
        if (posts == null) {
            RecruitmentService s = service;
            posts = PagedTable.byId(s::findPosts, PostRow::id);
        }
        return posts;
    }

    public void startNew() {
        form = new PostForm();
        editingId = null;
    }

    public void startEdit(PostRow row) {
        form = PostForm.of(row);
        editingId = row.id();
    }

    public void save() {
        if (editingId == null) {
            long id = service.createPost(form);
            showCandidates(service.getPost(id));
        } else {
            service.updatePost(editingId, form);
            if (post != null && post.id() == editingId) {
                post = service.getPost(editingId);
            }
        }
        Messages.info("recruitment.saved");
    }

    public void showCandidates(PostRow row) {
        post = row;
        reloadCandidates();
        formerText = null;
        searchFormer();
    }

    public void searchFormer() {
        formerStudents = service.formerStudents(new PageRequest(0, 20, null, true,
                formerText == null || formerText.isBlank() ? Map.of() : Map.of("text", formerText))).rows();
    }

    public void addFormer(FormerStudentRow row) {
        CandidateForm candidateForm = new CandidateForm();
        candidateForm.setPlacementId(row.placementId());
        candidateForm.setConsentNotify(formerConsent);
        service.addCandidate(post.id(), candidateForm);
        Messages.info("recruitment.added", row.studentName());
        reloadCandidates();
    }

    public void addOutside() {
        service.addCandidate(post.id(), outside);
        Messages.info("recruitment.added", outside.getName());
        outside = new CandidateForm();
        reloadCandidates();
    }

    public void startStep(CandidateRow row) {
        candidate = row;
        nextStatus = row.getNextSteps().stream().filter(CandidateStatus::isOnLine).findFirst().orElse(null);
        stepDate = LocalDate.now(StockholmTime.ZONE);
        stepReason = null;
    }

    public void move() {
        service.move(candidate.id(), new StepForm(candidate.version(), nextStatus, stepDate, stepReason));
        Messages.info("recruitment.moved", candidate.name(),
                Messages.text("recruitment.candidateStatus." + nextStatus.name()));
        reloadCandidates();
    }

    public void showHistory(CandidateRow row) {
        candidate = row;
        history = service.steps(row.id());
    }

    private void reloadCandidates() {
        candidates = service.candidates(post.id());
        post = service.getPost(post.id());
    }

    public List<UnitChoice> getUnits() {
        Long district = currentUser.get().isCityWide() ? form.getDistrictId() : null;
        if (currentUser.get().isCityWide() && district == null) {
            return List.of();
        }
        return unitService.choices(district);
    }

    public List<District> getDistricts() {
        return referenceData.districts();
    }

    public List<AreaOfWork> getAreas() {
        return referenceData.areasOfWork();
    }

    public PostStatus[] getPostStatuses() {
        return PostStatus.values();
    }

    public List<CandidateStatus> getNextSteps() {
        return candidate == null ? List.of() : new ArrayList<>(candidate.getNextSteps());
    }

    public PostForm getForm() {
        return form;
    }

    public boolean isEditing() {
        return editingId != null;
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

    public CandidateForm getOutside() {
        return outside;
    }

    public CandidateRow getCandidate() {
        return candidate;
    }

    public CandidateStatus getNextStatus() {
        return nextStatus;
    }

    public void setNextStatus(CandidateStatus nextStatus) {
        this.nextStatus = nextStatus;
    }

    public LocalDate getStepDate() {
        return stepDate;
    }

    public void setStepDate(LocalDate stepDate) {
        this.stepDate = stepDate;
    }

    public String getStepReason() {
        return stepReason;
    }

    public void setStepReason(String stepReason) {
        this.stepReason = stepReason;
    }

    public List<StepRow> getHistory() {
        return history;
    }
}
