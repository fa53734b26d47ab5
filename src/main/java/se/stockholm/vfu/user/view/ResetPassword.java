package se.stockholm.vfu.user.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import se.stockholm.vfu.security.PasswordPolicy;
import se.stockholm.vfu.user.UserRow;
import se.stockholm.vfu.user.UserService;
import se.stockholm.vfu.web.Messages;

import java.io.Serializable;

/** The administrator gives a user a new password, checked against the password policy beside the field. */
@Named
@ViewScoped
public class ResetPassword implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private UserService userService;

    private UserRow editing;
    private String newPassword;

    public void start(UserRow user) {
        editing = user;
        newPassword = null;
    }

    public void save() {
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
}
