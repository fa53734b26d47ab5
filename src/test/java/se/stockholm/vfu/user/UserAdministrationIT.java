package se.stockholm.vfu.user;

import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import jakarta.validation.ConstraintViolationException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.stockholm.vfu.common.InvalidInputException;
import se.stockholm.vfu.common.PageRequest;
import se.stockholm.vfu.it.Deployments;
import se.stockholm.vfu.it.Fixtures;
import se.stockholm.vfu.it.RunAs;
import se.stockholm.vfu.security.Role;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * User administration's safety rules (issue 8, hole 9 and 10): the portal always keeps an enabled administrator,
 * a password an administrator set must be changed by its user, everyone changes their own password under one
 * policy that bcrypt can hold, and role and enabled changes carry the version they were read at.
 */
@ExtendWith(ArquillianExtension.class)
class UserAdministrationIT {

    private static final String NEW_PASSWORD = "ett-nytt-lösenord-2026";

    @PersistenceContext
    EntityManager em;

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Inject
    UserService userService;

    @Inject
    AccountService accountService;

    @Inject
    RunAs runAs;

    @Inject
    Fixtures fixtures;

    @Inject
    UserTransaction transaction;

    @Test
    void theLastEnabledAdministratorCannotRemoveTheirOwnAdminRole() throws Exception {
        UserRow admin = row(Fixtures.ADMIN);
        List<UserRow> others = runAs.user(Fixtures.ADMIN, () -> userService.find(
                new PageRequest(0, 1000, null, true, Map.of("role", "ADMIN")))).rows().stream()
                .filter(u -> u.enabled() && !u.username().equals(Fixtures.ADMIN)).toList();
        // in one transaction, rolled back at the end: disabling revokes the other administrators' API tokens (the
        // demo's too), which enabling them again would not undo
        transaction.begin();
        try {
            for (UserRow other : others) {
                runAs.user(Fixtures.ADMIN, () -> userService.setEnabled(other.id(), other.version(), false));
            }

            assertThatThrownBy(() -> runAs.user(Fixtures.ADMIN, () -> {
                userService.changeRole(admin.id(), admin.version(), Role.CENTRAL, null, null);
            })).isInstanceOfSatisfying(InvalidInputException.class, e -> {
                assertThat(e.getMessageKey()).isEqualTo("user.error.lastAdmin");
                assertThat(e.getField()).isEqualTo("newRole");
            });
        } finally {
            transaction.rollback();
        }
        assertThat(row(Fixtures.ADMIN).role()).isEqualTo(Role.ADMIN);
    }

    @Test
    void anAdministratorMayStepDownWhileAnotherAdministratorRemains() throws Exception {
        String username = create(Role.ADMIN);
        UserRow before = row(username);

        runAs.user(username, () -> userService.changeRole(before.id(), before.version(), Role.CENTRAL, null, null));

        assertThat(row(username).role()).isEqualTo(Role.CENTRAL);
    }

    @Test
    void aRoleChangeOnAnOldVersionIsRefusedAndOneWithoutAVersionToo() throws Exception {
        UserRow user = row(create(Role.CENTRAL));
        runAs.user(Fixtures.ADMIN, () -> {
            userService.changeRole(user.id(), user.version(), Role.UNIVERSITY, null, fixtures.universityId("SH"));
        });

        assertThatThrownBy(() -> runAs.user(Fixtures.ADMIN, () -> {
            userService.changeRole(user.id(), user.version(), Role.CENTRAL, null, null);
        })).isInstanceOf(EJBException.class).hasRootCauseInstanceOf(OptimisticLockException.class);
        assertThatThrownBy(() -> runAs.user(Fixtures.ADMIN, () -> userService.changeRole(user.id(), null, Role.CENTRAL, null, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getField()).isEqualTo("version"));
        assertThatThrownBy(() -> runAs.user(Fixtures.ADMIN, () -> userService.setEnabled(user.id(), user.version(), false)))
                .isInstanceOf(EJBException.class).hasRootCauseInstanceOf(OptimisticLockException.class);
        assertThatThrownBy(() -> runAs.user(Fixtures.ADMIN, () -> userService.setEnabled(user.id(), null, false)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getField()).isEqualTo("version"));

        assertThat(row(user.username())).satisfies(now -> {
            assertThat(now.role()).isEqualTo(Role.UNIVERSITY);
            assertThat(now.enabled()).isTrue();
        });
    }

    @Test
    void aPasswordAnAdministratorSetMustBeChangedAtTheNextSignIn() throws Exception {
        String username = create(Role.CENTRAL);
        assertThat(mustChangePassword(username)).isTrue();

        runAs.user(username, () -> accountService.changeOwnPassword(change(Fixtures.PASSWORD, NEW_PASSWORD, NEW_PASSWORD)));
        assertThat(mustChangePassword(username)).isFalse();
        assertThat(runAs.user(username, NEW_PASSWORD, () -> "signed in")).isEqualTo("signed in");
        assertThatThrownBy(() -> runAs.user(username, Fixtures.PASSWORD, () -> "signed in"))
                .hasCauseInstanceOf(SecurityException.class);

        UserRow row = row(username);
        runAs.user(Fixtures.ADMIN, () -> userService.resetPassword(row.id(), row.version(), "ett-annat-lösenord-2027"));
        assertThat(mustChangePassword(username)).isTrue();
        assertThat(runAs.user(username, "ett-annat-lösenord-2027", () -> "signed in")).isEqualTo("signed in");
    }

    @Test
    void everyoneChangesTheirOwnPasswordOnlyWithTheCurrentOneAndTheNewOneTwice() throws Exception {
        String username = create(Role.CENTRAL);

        assertThatThrownBy(() -> runAs.user(username, () -> {
            accountService.changeOwnPassword(change("inte-det-gamla-lösenordet", NEW_PASSWORD, NEW_PASSWORD));
        })).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.getField()).isEqualTo("currentPassword"));
        assertThatThrownBy(() -> runAs.user(username, () -> {
            accountService.changeOwnPassword(change(Fixtures.PASSWORD, NEW_PASSWORD, NEW_PASSWORD + "x"));
        })).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.getField()).isEqualTo("repeatPassword"));
        assertThat(runAs.user(username, Fixtures.PASSWORD, () -> "still the old one")).isEqualTo("still the old one");
    }

    @Test
    void passwordsBcryptCannotHoldAreRefusedWithAMessageNotAServerError() throws Exception {
        String username = create(Role.CENTRAL);
        String hundred = "p".repeat(100);
        // 40 characters, 80 bytes in UTF-8: short enough in characters, too long for bcrypt's 72 bytes.
        String multiByte = "åäö".repeat(13) + "å";

        for (String tooLong : new String[] {hundred, multiByte, "kort"}) {
            assertThatThrownBy(() -> runAs.user(username, () -> {
                accountService.changeOwnPassword(change(Fixtures.PASSWORD, tooLong, tooLong));
            })).as(tooLong).isInstanceOf(EJBException.class).hasRootCauseInstanceOf(ConstraintViolationException.class);

            UserForm form = form(Role.CENTRAL);
            form.setPassword(tooLong);
            assertThatThrownBy(() -> runAs.user(Fixtures.ADMIN, () -> userService.create(form)))
                    .as(tooLong).isInstanceOf(EJBException.class)
                    .hasRootCauseInstanceOf(ConstraintViolationException.class);
        }
        UserRow row = row(username);
        assertThatThrownBy(() -> runAs.user(Fixtures.ADMIN, () -> userService.resetPassword(row.id(), row.version(), multiByte)))
                .isInstanceOf(EJBException.class).hasRootCauseInstanceOf(ConstraintViolationException.class);
        // the longest that fits: 64 characters, all one byte
        String longest = "q".repeat(64);
        runAs.user(username, () -> accountService.changeOwnPassword(change(Fixtures.PASSWORD, longest, longest)));
        assertThat(runAs.user(username, longest, () -> "signed in")).isEqualTo("signed in");
    }

    private String create(Role role) throws Exception {
        UserForm form = form(role);
        runAs.user(Fixtures.ADMIN, () -> userService.create(form));
        return form.getUsername();
    }

    private UserRow row(String username) throws Exception {
        return runAs.user(Fixtures.ADMIN, () -> userService.find(
                new PageRequest(0, 10, null, true, Map.of("text", username)))).rows().stream()
                .filter(u -> u.username().equals(username)).findFirst().orElseThrow();
    }

    private static PasswordChange change(String current, String password, String repeat) {
        PasswordChange change = new PasswordChange();
        change.setCurrentPassword(current);
        change.setNewPassword(password);
        change.setRepeatPassword(repeat);
        return change;
    }

    private static UserForm form(Role role) {
        UserForm form = new UserForm();
        form.setUsername("it-adm-" + UUID.randomUUID().toString().substring(0, 8));
        form.setDisplayName("Ny Användare");
        form.setEmail("ny@example.se");
        form.setRole(role);
        form.setPassword(Fixtures.PASSWORD);
        return form;
    }

    /** The flag as stored (the filter reads it with the rest of the user's row, {@code security.CurrentUser}). */
    private boolean mustChangePassword(String username) {
        return em.createQuery("SELECT u.passwordChangeRequired FROM AppUser u WHERE u.username = :username", Boolean.class)
                .setParameter("username", username).getSingleResult();
    }
}
