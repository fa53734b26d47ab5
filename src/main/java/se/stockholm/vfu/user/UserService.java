package se.stockholm.vfu.user;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import se.stockholm.vfu.common.AccessDeniedException;
import se.stockholm.vfu.common.InvalidInputException;
import se.stockholm.vfu.common.NotFoundException;
import se.stockholm.vfu.common.Page;
import se.stockholm.vfu.common.PageRequest;
import se.stockholm.vfu.reference.District;
import se.stockholm.vfu.reference.University;
import se.stockholm.vfu.security.CurrentUser;
import se.stockholm.vfu.security.PasswordHasher;
import se.stockholm.vfu.security.PasswordPolicy;
import se.stockholm.vfu.security.Role;

import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Creates, changes and disables the portal's users. Only the central contact and administrators
 * manage users, and only an administrator may create or promote another administrator. A password set here is
 * known to the administrator, so its user must change it at the next sign-in; the portal always keeps one
 * enabled administrator; every change carries the version of the user it was made on. A password reset, a disabling
 * and a move to another role or scope end the user's sessions and revoke their API tokens ({@link AccessWithdrawn}).
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.CENTRAL_NAME})
public class UserService {

    private static final Logger LOG = Logger.getLogger(UserService.class.getName());

    private static final Map<String, String> SORTABLE = Map.of(
            "username", "u.username",
            "displayName", "u.displayName",
            "role", "u.role",
            "enabled", "u.enabled");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Event<AccessWithdrawn> withdrawn;

    public Page<UserRow> find(@NotNull PageRequest page) {
        String where = " WHERE (:role IS NULL OR u.role = :role)"
                + page.containsCondition("text", "u.username", "u.displayName");
        String order = page.orderBy(SORTABLE, "u.username", "u.id");
        TypedQuery<UserRow> rows = em.createQuery("""
                SELECT NEW se.stockholm.vfu.user.UserRow(u.id, u.version, u.username, u.displayName, u.email, u.role,
                       d.id, d.name, un.id, un.code, u.enabled)
                FROM AppUser u LEFT JOIN u.district d LEFT JOIN u.university un""" + where + order, UserRow.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(u) FROM AppUser u" + where, Long.class);
        Role role = roleFilter(page.filter("role"));
        for (TypedQuery<?> query : new TypedQuery<?>[] {rows, count}) {
            page.bindContains(query, "text");
            query.setParameter("role", role);
        }
        return new Page<>(rows.setFirstResult(page.first()).setMaxResults(page.size()).getResultList(),
                count.getSingleResult());
    }

    public long create(@NotNull @Valid UserForm form) {
        requireMayGrant(form.getRole());
        Long taken = em.createQuery("SELECT COUNT(u) FROM AppUser u WHERE u.username = :username", Long.class)
                .setParameter("username", form.getUsername())
                .getSingleResult();
        if (taken > 0) {
            throw new UsernameTakenException();
        }
        String hash = PasswordHasher.hash(form.getPassword().toCharArray());
        AppUser user = new AppUser(form.getUsername(), form.getDisplayName().trim(), form.getEmail().trim(), hash);
        user.setPasswordByAdministrator(hash);
        user.assign(form.getRole(), district(form.getRole(), form.getDistrictId()),
                university(form.getRole(), form.getUniversityId()));
        em.persist(user);
        em.flush();
        // the user changed is a record: by internal id; the acting administrator by user name (README, Security)
        LOG.info(() -> "User " + user.getId() + " created with role " + user.getRole()
                + " by " + currentUser.get().username());
        return user.getId();
    }

    /**
     * Moves a user to another role and scope, as read at {@code version}; never the last enabled administrator. False
     * when they are the user's already: nothing is changed, and the user's sessions and tokens go on.
     */
    public boolean changeRole(long userId, Long version, @NotNull Role role, Long districtId, Long universityId) {
        AppUser user = user(userId);
        requireMayGrant(role);
        requireMayGrant(user.getRole());
        user.requireVersion(version);
        if (role != Role.ADMIN) {
            requireAnotherAdministrator(user, "newRole");
        }
        District district = district(role, districtId);
        University university = university(role, universityId);
        if (!user.differsFrom(role, district, university)) {
            return false;
        }
        // the user's sessions, tokens and notifications were for the old scope
        user.endSessions();
        withdraw(user, AccessWithdrawn.Reason.SCOPE_CHANGED);
        user.assign(role, district, university);
        LOG.info(() -> "User " + user.getId() + " now has role " + role + ", by " + currentUser.get().username());
        return true;
    }

    /** Enables or disables a user as read at {@code version}; nobody disables themself or the last administrator. */
    public void setEnabled(long userId, Long version, boolean enabled) {
        AppUser user = user(userId);
        requireMayGrant(user.getRole());
        user.requireVersion(version);
        if (!enabled && user.getUsername().equals(currentUser.get().username())) {
            throw new InvalidInputException(null, "user.error.disableSelf");
        }
        if (!enabled) {
            requireAnotherAdministrator(user, null);
        }
        if (enabled) {
            user.enable();
        } else if (user.isEnabled()) {
            // so that enabling the account again gives back neither its sessions nor its tokens
            user.disable();
            user.endSessions();
            withdraw(user, AccessWithdrawn.Reason.DISABLED);
        }
        LOG.info(() -> "User " + user.getId() + (enabled ? " enabled" : " disabled")
                + " by " + currentUser.get().username());
    }

    /**
     * Sets a new password for a user who lost theirs, as read at {@code version}. The administrator knows it, so the
     * user must change it at the next sign-in. The account may have been taken over, so all the user's sessions end
     * and all their API tokens are revoked, for good: the user's new password gives none of them back.
     */
    public void resetPassword(long userId, Long version, @NotBlank(message = "{field.required}") @PasswordPolicy
            String password) {
        AppUser user = user(userId);
        requireMayGrant(user.getRole());
        user.requireVersion(version);
        user.resetPassword(PasswordHasher.hash(password.toCharArray()));
        withdraw(user, AccessWithdrawn.Reason.PASSWORD_RESET);
        LOG.info(() -> "Password of user " + user.getId() + " reset by " + currentUser.get().username());
    }

    private void withdraw(AppUser user, AccessWithdrawn.Reason reason) {
        withdrawn.fire(new AccessWithdrawn(user.getId(), user.getUsername(), reason, currentUser.get().username()));
    }

    /**
     * Refuses a change that would leave the portal without an enabled administrator, since nobody could then manage
     * users. The enabled administrators are locked while counting, so two administrators stepping down at the same
     * moment cannot both succeed.
     */
    private void requireAnotherAdministrator(AppUser user, String field) {
        if (user.getRole() != Role.ADMIN || !user.isEnabled()) {
            return;
        }
        List<Long> admins = em.createQuery(
                        "SELECT u.id FROM AppUser u WHERE u.role = :admin AND u.enabled = TRUE", Long.class)
                .setParameter("admin", Role.ADMIN)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        if (admins.stream().noneMatch(id -> !id.equals(user.getId()))) {
            throw new InvalidInputException(field, "user.error.lastAdmin");
        }
    }

    private AppUser user(long id) {
        AppUser user = em.find(AppUser.class, id);
        if (user == null) {
            throw new NotFoundException();
        }
        return user;
    }

    /**
     * Whether the caller may give a user this role, or change (enable, disable, move, set the password of) a user who
     * has it: only an administrator does so for an administrator. The page offers only what this allows.
     */
    public boolean mayManage(@NotNull Role role) {
        return role != Role.ADMIN || currentUser.get().role() == Role.ADMIN;
    }

    /** Whether the caller may disable the user: one they may manage, and never themself. */
    public boolean mayDisable(@NotNull UserRow user) {
        return mayManage(user.role()) && !user.username().equals(currentUser.get().username());
    }

    private void requireMayGrant(Role role) {
        if (!mayManage(role)) {
            throw new AccessDeniedException();
        }
    }

    private District district(Role role, Long id) {
        if (!role.needsDistrict()) {
            return null;
        }
        District district = id == null ? null : em.find(District.class, id);
        if (district == null) {
            throw new InvalidInputException("district", "user.error.districtForDistrictRole");
        }
        return district;
    }

    private University university(Role role, Long id) {
        if (!role.needsUniversity()) {
            return null;
        }
        University university = id == null ? null : em.find(University.class, id);
        if (university == null) {
            throw new InvalidInputException("university", "user.error.universityForUniversityRole");
        }
        return university;
    }

    private static Role roleFilter(String value) {
        if (value == null) {
            return null;
        }
        try {
            return Role.valueOf(value);
        } catch (IllegalArgumentException unknownRole) {
            return null;
        }
    }
}
