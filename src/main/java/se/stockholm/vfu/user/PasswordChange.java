package se.stockholm.vfu.user;

import jakarta.validation.constraints.NotBlank;
import se.stockholm.vfu.security.PasswordPolicy;

import java.io.Serializable;

/** What a user types to change their own password: the current one, and the new one twice. */
public class PasswordChange implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{field.required}")
    private String currentPassword;

    @NotBlank(message = "{field.required}")
    @PasswordPolicy
    private String newPassword;

    private String repeatPassword;

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    /** The new password typed again; an API client that leaves it out has typed it once, on purpose. */
    public String getRepeatPassword() {
        return repeatPassword;
    }

    public void setRepeatPassword(String repeatPassword) {
        this.repeatPassword = repeatPassword;
    }
}
