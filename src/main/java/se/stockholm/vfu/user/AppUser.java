package se.stockholm.vfu.user;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import se.stockholm.vfu.common.BaseEntity;
import se.stockholm.vfu.common.InvalidInputException;
import se.stockholm.vfu.reference.District;
import se.stockholm.vfu.reference.University;
import se.stockholm.vfu.security.Role;

import java.time.Instant;
import java.util.Objects;

/**
 * A person who signs in. A district contact is always bound to exactly one district and a
 * university coordinator to exactly one university; the entity refuses any other combination,
 * because the whole access model rests on it.
 */
@Entity
@Audited
@Table(name = "app_user")
public class AppUser extends BaseEntity {

    public static final int USERNAME_MAX = 60;
    public static final int NAME_MAX = 120;
    public static final int EMAIL_MAX = 254;

    @Column(nullable = false, unique = true, length = USERNAME_MAX, updatable = false)
    private String username;

    @Column(name = "display_name", nullable = false, length = NAME_MAX)
    private String displayName;

    @Column(nullable = false, length = EMAIL_MAX)
    private String email;

    // never into the change history: an old hash is of no use to an auditor and could still be cracked
    @NotAudited
    @Column(name = "password_hash", nullable = false, length = 100)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Role role;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "district_id")
    private District district;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "university_id")
    private University university;

    @Column(nullable = false)
    private boolean enabled = true;

    /** Set when an administrator set the password: only its user may know it, so they must change it first. */
    @Column(name = "password_change_required", nullable = false)
    private boolean passwordChangeRequired;

    /**
     * Moves whenever the user's earlier sign-ins stop holding (V30): sessions established with another value end at
     * their next request. Not in the change history: the change that moved it is.
     */
    @NotAudited
    @Column(name = "credential_epoch", nullable = false)
    private int credentialEpoch;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.now();

    protected AppUser() {
    }

    public AppUser(String username, String displayName, String email, String passwordHash) {
        this.username = username;
        this.displayName = displayName;
        this.email = email;
        this.passwordHash = passwordHash;
    }

    /** Whether these are another role, district or university than the user has. */
    public boolean differsFrom(Role role, District district, University university) {
        return this.role != role || !Objects.equals(idOf(this.district), idOf(district))
                || !Objects.equals(idOf(this.university), idOf(university));
    }

    // by id: the user's district is a lazy proxy, which equals() (by class) would not take for the district itself
    private static Long idOf(BaseEntity entity) {
        return entity == null ? null : entity.getId();
    }

    /** Sets the role and the one district or university it is bound to. */
    public void assign(Role role, District district, University university) {
        if (role == null) {
            throw new InvalidInputException("role", "user.error.roleRequired");
        }
        if (role.needsDistrict() != (district != null)) {
            throw new InvalidInputException("district", "user.error.districtForDistrictRole");
        }
        if (role.needsUniversity() != (university != null)) {
            throw new InvalidInputException("university", "user.error.universityForUniversityRole");
        }
        this.role = role;
        this.district = district;
        this.university = university;
    }

    public void rename(String displayName, String email) {
        this.displayName = displayName;
        this.email = email;
    }

    /** A password an administrator chose (a new user, or a reset): its user must change it at the next sign-in. */
    public void setPasswordByAdministrator(String passwordHash) {
        this.passwordHash = passwordHash;
        this.passwordChangeRequired = true;
    }

    /**
     * A password an administrator chose for a user who has one: the account may be in someone else's hands, so every
     * session of the user ends ({@link #endSessions}) and they must change the password at the next sign-in.
     */
    public void resetPassword(String passwordHash) {
        setPasswordByAdministrator(passwordHash);
        endSessions();
    }

    /** The user's own new password: from now on only they know it; the user's other sessions end. */
    public void changeOwnPassword(String passwordHash) {
        this.passwordHash = passwordHash;
        this.passwordChangeRequired = false;
        endSessions();
    }

    /** Ends every session the user has now, at its next request; sessions signed in from now on are unaffected. */
    public void endSessions() {
        credentialEpoch++;
    }

    /** What a session records at sign-in and must still find here to go on ({@code security.SessionGuard}). */
    public int getCredentialEpoch() {
        return credentialEpoch;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    public boolean isPasswordChangeRequired() {
        return passwordChangeRequired;
    }

    public void disable() {
        this.enabled = false;
    }

    public void enable() {
        this.enabled = true;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    public Role getRole() {
        return role;
    }

    public District getDistrict() {
        return district;
    }

    public University getUniversity() {
        return university;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
