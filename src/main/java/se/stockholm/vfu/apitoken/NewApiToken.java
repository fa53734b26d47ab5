package se.stockholm.vfu.apitoken;

import java.time.Instant;

/** A token just made: the only time its secret {@code token} exists outside the client. */
public record NewApiToken(long id, String name, String token, Instant expiresAt) {
}
