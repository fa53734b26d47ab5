package se.stockholm.vfu.apitoken;

import se.stockholm.vfu.common.StockholmTime;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A token as lists show it: never the token nor its hash. {@code status} is ACTIVE, EXPIRED or REVOKED.
 * {@code validThrough} is the last day it works (Stockholm time), as it was entered when the token was made: a token
 * valid through 5 December expires at midnight, the start of 6 December ({@code expiresAt}).
 */
public record ApiTokenRow(long id, String username, String name, Instant createdAt, Instant lastUsedAt,
                          Instant expiresAt, LocalDate validThrough, Instant revokedAt, String status) {

    static ApiTokenRow of(ApiToken token, Instant now) {
        String status = token.getRevokedAt() != null ? "REVOKED" : token.isActive(now) ? "ACTIVE" : "EXPIRED";
        Instant expiresAt = token.getExpiresAt();
        LocalDate validThrough = expiresAt == null ? null
                : expiresAt.minusNanos(1).atZone(StockholmTime.ZONE).toLocalDate();
        return new ApiTokenRow(token.getId(), token.getUser().getUsername(), token.getName(), token.getCreatedAt(),
                token.getLastUsedAt(), expiresAt, validThrough, token.getRevokedAt(), status);
    }

    public boolean active() {
        return "ACTIVE".equals(status);
    }
}
