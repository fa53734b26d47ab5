package se.stockholm.vfu.security;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The rule that ends a session: the user's row no longer gives what the session was established with, or it is too old. */
class SignedInTest {

    private static final Instant LOGIN = Instant.parse("2027-02-01T08:00:00Z");
    private static final Caller SODERMALM = new Caller("anna", "Anna", Role.DISTRICT, 1L, "Södermalm", null, null);

    private final SignedIn signedIn = SignedIn.of(SODERMALM, LOGIN);

    @Test
    void theSameRoleAndScopeKeepTheSession() {
        assertThat(signedIn.matches(new Caller("anna", "Anna Renamed", Role.DISTRICT, 1L, "Södermalm", null, null)))
                .isTrue();
    }

    @Test
    void anotherRoleDistrictOrUniversityEndsIt() {
        assertThat(signedIn.matches(new Caller("anna", "Anna", Role.CENTRAL, null, null, null, null))).isFalse();
        assertThat(signedIn.matches(new Caller("anna", "Anna", Role.DISTRICT, 2L, "Rinkeby-Kista", null, null))).isFalse();
        assertThat(signedIn.matches(new Caller("anna", "Anna", Role.DISTRICT, 1L, "Södermalm", 3L, "SU"))).isFalse();
        assertThat(signedIn.matches(new Caller("bertil", "Bertil", Role.DISTRICT, 1L, "Södermalm", null, null))).isFalse();
    }

    @Test
    void theSessionEndsWhenItsAbsoluteLifetimeIsReached() {
        Duration tenHours = Duration.ofHours(10);

        assertThat(signedIn.expired(LOGIN.plus(tenHours).minusSeconds(1), tenHours)).isFalse();
        assertThat(signedIn.expired(LOGIN.plus(tenHours), tenHours)).isTrue();
    }
}
