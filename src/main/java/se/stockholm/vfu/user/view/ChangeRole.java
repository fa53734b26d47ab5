package se.stockholm.vfu.user.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.stockholm.vfu.security.Role;
import se.stockholm.vfu.user.UserRow;
import se.stockholm.vfu.user.UserService;
import se.stockholm.vfu.web.Messages;

import java.io.Serializable;

/** The administrator changes a user's role and, with it, the district or university the user belongs to. */
@Named
@ViewScoped
public class ChangeRole implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private UserService userService;

    private UserRow editing;
    private Role newRole;
    private Long newDistrictId;
    private Long newUniversityId;

    public void start(UserRow user) {
        editing = user;
        newRole = user.role();
        newDistrictId = user.districtId();
        newUniversityId = user.universityId();
    }

    public void save() {
        // the version of the row as it was when the dialog opened: a change made meanwhile is refused, not overwritten
        boolean changed = userService.changeRole(editing.id(), editing.version(), newRole, newDistrictId,
                newUniversityId);
        Messages.info(changed ? "user.roleChanged" : "user.roleUnchanged", editing.username());
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
}
