package se.stockholm.vfu.apitoken;

import java.time.Instant;

/**
 * A token as lists show it: never the token nor its hash. {@code status} is ACTIVE, EXPIRED or REVOKED.
 */
public record ApiTokenRow(long id, String username, String name, Instant createdAt, Instant lastUsedAt,
                          Instant expiresAt, Instant revokedAt, String status) {

    static ApiTokenRow of(ApiToken token, Instant now) {
        String status = token.getRevokedAt() != null ? "REVOKED" : token.isActive(now) ? "ACTIVE" : "EXPIRED";
        return new ApiTokenRow(token.getId(), token.getUser().getUsername(), token.getName(), token.getCreatedAt(),
                token.getLastUsedAt(), token.getExpiresAt(), token.getRevokedAt(), status);
    }

    public boolean active() {
        return "ACTIVE".equals(status);
    }
}
