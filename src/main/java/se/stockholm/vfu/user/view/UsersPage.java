package se.stockholm.vfu.user.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import se.stockholm.vfu.reference.District;
import se.stockholm.vfu.reference.ReferenceDataService;
import se.stockholm.vfu.reference.University;
import se.stockholm.vfu.security.CurrentUser;
import se.stockholm.vfu.security.PasswordPolicy;
import se.stockholm.vfu.security.Role;
import se.stockholm.vfu.user.UserForm;
import se.stockholm.vfu.user.UserRow;
import se.stockholm.vfu.user.UserService;
import se.stockholm.vfu.web.Messages;
import se.stockholm.vfu.web.PagedTable;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * The user administration page: a paged list, a form to create a user, disable/enable, role change and password
 * reset. Each change carries the version of the row as the page read it.
 */
@Named
@ViewScoped
public class UsersPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private UserService userService;

    @Inject
    private ReferenceDataService referenceData;

    @Inject
    private CurrentUser currentUser;

    private PagedTable<UserRow> users;
    private UserForm form = new UserForm();
    private UserRow editing;
    private Role newRole;
    private Long newDistrictId;
    private Long newUniversityId;
    private String newPassword;

    public PagedTable<UserRow> getUsers() {
        if (users == null) {
            UserService service = userService;
            users = PagedTable.byId(service::find, UserRow::id);
        }
        return users;
    }

    public void create() {
        userService.create(form);
        Messages.info("user.created", form.getUsername());
        form = new UserForm();
    }

    public void setEnabled(UserRow user, boolean enabled) {
        userService.setEnabled(user.id(), user.version(), enabled);
        Messages.info(enabled ? "user.enabledMessage" : "user.disabledMessage", user.username());
    }

    public void startRoleChange(UserRow user) {
        editing = user;
        newRole = user.role();
        newDistrictId = user.districtId();
        newUniversityId = user.universityId();
    }

    public void changeRole() {
        // the version of the row as it was when the dialog opened: a change made meanwhile is refused, not overwritten
        userService.changeRole(editing.id(), editing.version(), newRole, newDistrictId, newUniversityId);
        Messages.info("user.roleChanged", editing.username());
    }

    public void startPasswordReset(UserRow user) {
        editing = user;
        newPassword = null;
    }

    public void resetPassword() {
        userService.resetPassword(editing.id(), editing.version(), newPassword);
        Messages.info("user.passwordReset", editing.username());
        newPassword = null;
    }

    @NotBlank(message = "{field.required}")
    @PasswordPolicy
    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public UserRow getEditing() {
        return editing;
    }

    public Role getNewRole() {
        return newRole;
    }

    public void setNewRole(Role newRole) {
        this.newRole = newRole;
    }

    public Long getNewDistrictId() {
        return newDistrictId;
    }

    public void setNewDistrictId(Long newDistrictId) {
        this.newDistrictId = newDistrictId;
    }

    public Long getNewUniversityId() {
        return newUniversityId;
    }

    public void setNewUniversityId(Long newUniversityId) {
        this.newUniversityId = newUniversityId;
    }

    public void startCreate() {
        form = new UserForm();
    }

    public List<Role> getRoles() {
        return Arrays.stream(Role.values())
                .filter(role -> role != Role.ADMIN || currentUser.get().role() == Role.ADMIN)
                .toList();
    }

    public List<District> getDistricts() {
        return referenceData.districts();
    }

    public List<University> getUniversities() {
        return referenceData.universities();
    }

    public UserForm getForm() {
        return form;
    }
}
