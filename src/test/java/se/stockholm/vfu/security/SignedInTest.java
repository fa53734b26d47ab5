package se.stockholm.vfu.security;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The rule that ends a session: the user's row no longer gives what the session was established with, or it is too old. */
class SignedInTest {

    private static final Instant LOGIN = Instant.parse("2027-02-01T08:00:00Z");
    private static final Caller SODERMALM = new Caller("anna", "Anna", Role.DISTRICT, 1L, "Södermalm", null, null);

    private final SignedIn signedIn = SignedIn.of(SODERMALM, 3, LOGIN);

    @Test
    void theSameRoleAndScopeKeepTheSession() {
        assertThat(signedIn.matches(new Caller("anna", "Anna Renamed", Role.DISTRICT, 1L, "Södermalm", null, null), 3))
                .isTrue();
    }

    @Test
    void anotherRoleDistrictOrUniversityEndsIt() {
        assertThat(signedIn.matches(new Caller("anna", "Anna", Role.CENTRAL, null, null, null, null), 3)).isFalse();
        assertThat(signedIn.matches(new Caller("anna", "Anna", Role.DISTRICT, 2L, "Rinkeby-Kista", null, null), 3))
                .isFalse();
        assertThat(signedIn.matches(new Caller("anna", "Anna", Role.DISTRICT, 1L, "Södermalm", 3L, "SU"), 3)).isFalse();
        assertThat(signedIn.matches(new Caller("bertil", "Bertil", Role.DISTRICT, 1L, "Södermalm", null, null), 3))
                .isFalse();
    }

    /** A password reset or change, a disabling or a move since the sign-in, even one undone since (the epoch only grows). */
    @Test
    void anotherCredentialEpochEndsIt() {
        Caller same = new Caller("anna", "Anna", Role.DISTRICT, 1L, "Södermalm", null, null);

        assertThat(signedIn.matches(same, 4)).isFalse();
        assertThat(signedIn.inEpoch(4).matches(same, 4)).as("the session the user changed their password in").isTrue();
        assertThat(signedIn.inEpoch(4).since()).isEqualTo(LOGIN);
    }

    @Test
    void theSessionEndsWhenItsAbsoluteLifetimeIsReached() {
        Duration tenHours = Duration.ofHours(10);

        assertThat(signedIn.expired(LOGIN.plus(tenHours).minusSeconds(1), tenHours)).isFalse();
        assertThat(signedIn.expired(LOGIN.plus(tenHours), tenHours)).isTrue();
    }
}
