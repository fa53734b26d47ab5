package se.stockholm.vfu.user.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import se.stockholm.vfu.security.CurrentUser;
import se.stockholm.vfu.security.SessionGuard;
import se.stockholm.vfu.user.AccountService;
import se.stockholm.vfu.user.PasswordChange;
import se.stockholm.vfu.web.Messages;

import java.io.Serializable;

/**
 * The change-password page of every role: current password, the new one twice; messages beside the fields. The user's
 * other sessions end; this one goes on.
 */
@Named
@ViewScoped
public class ChangePasswordPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AccountService accountService;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private HttpServletRequest request;

    private PasswordChange form = new PasswordChange();

    public String save() {
        if (form.getRepeatPassword() == null) {
            // a page always asks twice: an empty second field is a mismatch, not "typed once"
            form.setRepeatPassword("");
        }
        SessionGuard.keepSession(request, accountService.changeOwnPassword(form));
        form = new PasswordChange();
        Messages.info("account.changed");
        return "/index?faces-redirect=true";
    }

    /** Whether the user is here because an administrator set their password. */
    public boolean isRequired() {
        return currentUser.passwordChangeRequired();
    }

    public PasswordChange getForm() {
        return form;
    }
}
