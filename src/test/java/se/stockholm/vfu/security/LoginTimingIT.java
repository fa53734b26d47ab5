package se.stockholm.vfu.security;

import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.stockholm.vfu.it.Deployments;
import se.stockholm.vfu.it.Fixtures;
import se.stockholm.vfu.it.RunAs;
import se.stockholm.vfu.user.UserForm;
import se.stockholm.vfu.user.UserService;

import java.util.Arrays;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Sign-in gives away no user names through its timing (issue 8, hole 9): a wrong password for a real user, any
 * password for a name nobody has and the right password of a disabled user all cost a bcrypt verification, and
 * none of them signs in. Signs in through the real Elytron domain and realm query; medians of a few interleaved
 * tries so that a busy machine does not decide the outcome. Each run uses fresh names, since Elytron locks an
 * identity after ten failed sign-ins.
 */
@ExtendWith(ArquillianExtension.class)
class LoginTimingIT {

    private static final int TRIES = 5;

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Inject
    RunAs runAs;

    @Inject
    UserService userService;

    @Test
    void anUnknownUserNameCostsAsMuchAsAWrongPasswordAndNeitherSignsIn() throws Exception {
        String known = create(false);
        // warm up the realm's statement and bcrypt code paths before measuring
        refusedMillis(known, "varm-upp-lösenord");
        refusedMillis(fresh(), "varm-upp-lösenord");

        long[] knownTimes = new long[TRIES];
        long[] unknownTimes = new long[TRIES];
        for (int i = 0; i < TRIES; i++) {
            knownTimes[i] = refusedMillis(known, "fel-lösenord-" + i);
            unknownTimes[i] = refusedMillis(fresh(), "fel-lösenord-" + i);
        }

        long knownMedian = median(knownTimes);
        long unknownMedian = median(unknownTimes);
        assertThat(knownMedian).as("a wrong password runs bcrypt (cost 12)").isGreaterThanOrEqualTo(20);
        assertThat(unknownMedian).as("unknown %s ms against known %s ms", unknownMedian, knownMedian)
                .isGreaterThanOrEqualTo(knownMedian / 2);
    }

    @Test
    void aDisabledUserWithTheRightPasswordCostsTheSameAndDoesNotSignIn() throws Exception {
        String known = create(false);
        String disabled = create(true);
        refusedMillis(known, "varm-upp-lösenord");

        long[] knownTimes = new long[TRIES];
        long[] disabledTimes = new long[TRIES];
        for (int i = 0; i < TRIES; i++) {
            knownTimes[i] = refusedMillis(known, "fel-lösenord-" + i);
            disabledTimes[i] = refusedMillis(disabled, Fixtures.PASSWORD);
        }

        assertThat(median(disabledTimes)).isGreaterThanOrEqualTo(median(knownTimes) / 2);
    }

    /** How long a refused sign-in took; fails the test if it was not refused. */
    private long refusedMillis(String username, String password) {
        long start = System.nanoTime();
        assertThatThrownBy(() -> runAs.user(username, password, () -> "signed in"))
                .as("%s must not sign in", username).hasCauseInstanceOf(SecurityException.class);
        return (System.nanoTime() - start) / 1_000_000;
    }

    private String create(boolean disabled) throws Exception {
        UserForm form = new UserForm();
        form.setUsername(fresh());
        form.setDisplayName("Tidtagning");
        form.setEmail("tid@example.se");
        form.setRole(Role.CENTRAL);
        form.setPassword(Fixtures.PASSWORD);
        long id = runAs.user(Fixtures.ADMIN, () -> userService.create(form));
        if (disabled) {
            runAs.user(Fixtures.ADMIN, () -> userService.setEnabled(id, 0L, false));
        }
        return form.getUsername();
    }

    private static String fresh() {
        return "it-time-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static long median(long[] times) {
        long[] sorted = times.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
