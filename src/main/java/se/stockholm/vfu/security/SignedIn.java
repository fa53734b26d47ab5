package se.stockholm.vfu.security;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * What a session was established with: the user's role and scope at sign-in, their credential epoch, and when. The
 * container keeps the roles it read at login for the whole session, so a session is only as good as this record: once
 * the user's row says something else (another role, district or university, disabled, or another credential epoch:
 * a password reset or change, a disabling, a move since), or the session is older than its absolute lifetime, the
 * session is ended ({@link SessionGuard}). The epoch only moves forward, so a session ended by a change stays ended
 * when the change is undone (the old role back, the account enabled again, a new password).
 */
public record SignedIn(String username, Role role, Long districtId, Long universityId, int credentialEpoch,
                       Instant since) implements Serializable {

    /** The session attribute that holds it. */
    public static final String ATTRIBUTE = SignedIn.class.getName();

    public static SignedIn of(Caller caller, int credentialEpoch, Instant now) {
        return new SignedIn(caller.username(), caller.role(), caller.districtId(), caller.universityId(),
                credentialEpoch, now);
    }

    /** Whether the user's current row still gives the powers this session was established with. */
    public boolean matches(Caller current, int currentEpoch) {
        return username.equals(current.username()) && role == current.role()
                && Objects.equals(districtId, current.districtId())
                && Objects.equals(universityId, current.universityId()) && credentialEpoch == currentEpoch;
    }

    /** The same session after its own user changed their password in it: it goes on, in the new epoch. */
    public SignedIn inEpoch(int newEpoch) {
        return new SignedIn(username, role, districtId, universityId, newEpoch, since);
    }

    /** Whether the session has outlived its absolute lifetime, however active it was. */
    public boolean expired(Instant now, Duration maxLifetime) {
        return !now.isBefore(since.plus(maxLifetime));
    }
}
