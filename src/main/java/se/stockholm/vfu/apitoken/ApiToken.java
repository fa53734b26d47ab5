package se.stockholm.vfu.apitoken;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import se.stockholm.vfu.common.BaseEntity;
import se.stockholm.vfu.user.AppUser;

import java.time.Instant;

/**
 * One personal API token of one user: its name, its SHA-256 hash (never the token), when it was made, last used,
 * expires and was revoked. A revoked token stays, so its history and the list show what happened to it.
 */
@Entity
@Audited
@Table(name = "api_token")
public class ApiToken extends BaseEntity {

    public static final int NAME_MAX = 80;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id", nullable = false, updatable = false)
    private AppUser user;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    // never into the change history, like a password hash
    @NotAudited
    @Column(name = "token_hash", nullable = false, length = 64, updatable = false)
    private String tokenHash;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.now();

    @Column(name = "expires_at")
    private Instant expiresAt;

    // written by the calls themselves (at most once a minute), not a change anyone made
    @NotAudited
    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_by", length = AppUser.USERNAME_MAX)
    private String revokedBy;

    protected ApiToken() {
    }

    public ApiToken(AppUser user, String name, String tokenHash, Instant expiresAt) {
        this.user = user;
        this.name = name;
        this.tokenHash = tokenHash;
        this.expiresAt = expiresAt;
    }

    /** A token made earlier than now, as the demo data's history needs ({@link DemoApiTokens}). */
    ApiToken(AppUser user, String name, String tokenHash, Instant createdAt, Instant expiresAt) {
        this(user, name, tokenHash, expiresAt);
        this.createdAt = createdAt;
    }

    /** When a client last called with the token; the service writes it with a bulk update instead. */
    void usedAt(Instant at) {
        this.lastUsedAt = at;
    }

    /** Revokes the token at once; revoking it again changes nothing. */
    public void revoke(String by, Instant at) {
        if (revokedAt == null) {
            revokedAt = at;
            revokedBy = by;
        }
    }

    public boolean isActive(Instant now) {
        return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now));
    }

    public AppUser getUser() {
        return user;
    }

    public String getName() {
        return name;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public String getRevokedBy() {
        return revokedBy;
    }
}
