package se.stockholm.vfu.recruitment.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.stockholm.vfu.recruitment.PostForm;
import se.stockholm.vfu.recruitment.PostRow;
import se.stockholm.vfu.recruitment.RecruitmentService;
import se.stockholm.vfu.security.CurrentUser;
import se.stockholm.vfu.unit.UnitChoice;
import se.stockholm.vfu.unit.UnitService;
import se.stockholm.vfu.web.Messages;

import java.io.Serializable;
import java.util.List;

/** A district or the central contact creates a trainee post (then opens it) or changes one. */
@Named
@ViewScoped
public class EditPost implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private RecruitmentService service;

    @Inject
    private UnitService unitService;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private RecruitmentPage page;

    private PostForm form = new PostForm();
    private Long editingId;

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
            page.showCandidates(service.getPost(id));
        } else {
            service.updatePost(editingId, form);
            page.postChanged(editingId);
        }
        Messages.info("recruitment.saved");
    }

    /** The units of the post's district: the district's own, or for the central contact the district chosen. */
    public List<UnitChoice> getUnits() {
        Long district = currentUser.get().isCityWide() ? form.getDistrictId() : null;
        if (currentUser.get().isCityWide() && district == null) {
            return List.of();
        }
        return unitService.choices(district);
    }

    public PostForm getForm() {
        return form;
    }

    public boolean isEditing() {
        return editingId != null;
    }
}
