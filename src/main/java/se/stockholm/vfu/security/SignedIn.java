package se.stockholm.vfu.security;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * What a session was established with: the user's role and scope at sign-in, and when. The container keeps the
 * roles it read at login for the whole session, so a session is only as good as this record: once the user's row
 * says something else (another role, district or university, or disabled), or the session is older than its
 * absolute lifetime, the session is ended ({@link SessionGuard}).
 */
public record SignedIn(String username, Role role, Long districtId, Long universityId, Instant since)
        implements Serializable {

    /** The session attribute that holds it. */
    public static final String ATTRIBUTE = SignedIn.class.getName();

    public static SignedIn of(Caller caller, Instant now) {
        return new SignedIn(caller.username(), caller.role(), caller.districtId(), caller.universityId(), now);
    }

    /** Whether the user's current row still gives the powers this session was established with. */
    public boolean matches(Caller current) {
        return username.equals(current.username()) && role == current.role()
                && Objects.equals(districtId, current.districtId())
                && Objects.equals(universityId, current.universityId());
    }

    /** Whether the session has outlived its absolute lifetime, however active it was. */
    public boolean expired(Instant now, Duration maxLifetime) {
        return !now.isBefore(since.plus(maxLifetime));
    }
}
