package se.stockholm.vfu.user.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.stockholm.vfu.security.Role;
import se.stockholm.vfu.user.UserRow;
import se.stockholm.vfu.user.UserService;
import se.stockholm.vfu.web.Messages;
import se.stockholm.vfu.web.PagedTable;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * The user administration page: a paged list and disabling or enabling a user. Creating a user, changing a role
 * and resetting a password are the dialogs' beans ({@link CreateUser}, {@link ChangeRole}, {@link ResetPassword}).
 * Each change carries the version of the row as the page read it.
 */
@Named
@ViewScoped
public class UsersPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private UserService userService;

    private PagedTable<UserRow> users;

    public void load() {
        UserService service = userService;
        users = PagedTable.byId(service::find, UserRow::id);
    }

    public PagedTable<UserRow> getUsers() {
        return users;
    }

    public void setEnabled(UserRow user, boolean enabled) {
        userService.setEnabled(user.id(), user.version(), enabled);
        Messages.info(enabled ? "user.enabledMessage" : "user.disabledMessage", user.username());
    }

    /** The roles the caller may give: only an administrator makes administrators (the service checks it too). */
    public List<Role> getRoles() {
        return Arrays.stream(Role.values()).filter(userService::mayManage).toList();
    }

    /** Whether the row offers changing the user's role, password and enabling them (the service refuses the rest). */
    public boolean mayManage(UserRow user) {
        return userService.mayManage(user.role());
    }

    /** Whether the row offers disabling the user: not the caller's own row. */
    public boolean mayDisable(UserRow user) {
        return userService.mayDisable(user);
    }
}
