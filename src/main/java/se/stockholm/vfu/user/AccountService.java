package se.stockholm.vfu.user;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import se.stockholm.vfu.common.AccessDeniedException;
import se.stockholm.vfu.common.InvalidInputException;
import se.stockholm.vfu.security.CurrentUser;
import se.stockholm.vfu.security.PasswordHasher;
import se.stockholm.vfu.security.Role;

import java.util.logging.Logger;

/**
 * The signed-in user's own account: every role changes its own password (knowing the current one), which also
 * ends the duty to change a password an administrator set, and the user's other sessions (the one it was changed in
 * goes on). The user's API tokens stay: they are not the password, and the user revokes them on their own page.
 */
@Stateless
@RolesAllowed({Role.CENTRAL_NAME, Role.ADMIN_NAME, Role.DISTRICT_NAME, Role.UNIVERSITY_NAME})
public class AccountService {

    private static final Logger LOG = Logger.getLogger(AccountService.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    /**
     * Changes the caller's password; their other sessions end. Answers the user's new credential epoch, with which the
     * session the change was made in goes on ({@code SessionGuard.keepSession}).
     */
    public int changeOwnPassword(@NotNull @Valid PasswordChange change) {
        AppUser user = em.createQuery("SELECT u FROM AppUser u WHERE u.username = :username", AppUser.class)
                .setParameter("username", currentUser.get().username())
                .getResultStream().findFirst().orElseThrow(AccessDeniedException::new);
        if (!PasswordHasher.matches(change.getCurrentPassword().toCharArray(), user.getPasswordHash())) {
            throw new InvalidInputException("currentPassword", "account.error.currentPassword");
        }
        if (change.getRepeatPassword() != null && !change.getRepeatPassword().equals(change.getNewPassword())) {
            throw new InvalidInputException("repeatPassword", "account.error.repeat");
        }
        if (change.getNewPassword().equals(change.getCurrentPassword())) {
            throw new InvalidInputException("newPassword", "account.error.same");
        }
        user.changeOwnPassword(PasswordHasher.hash(change.getNewPassword().toCharArray()));
        LOG.info(() -> "User " + user.getUsername() + " changed their own password");
        return user.getCredentialEpoch();
    }
}
