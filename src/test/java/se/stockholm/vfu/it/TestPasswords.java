package se.stockholm.vfu.it;

import at.favre.lib.crypto.bcrypt.BCrypt;
import se.stockholm.vfu.security.PasswordHasher;

/**
 * The test users' password hash. bcrypt's cost is 4 (16 rounds) here instead of production's 12 (4,096 rounds, a
 * quarter of a second): the suite signs in thousands of times (every HTTP Basic call and form sign-in of the scope
 * matrices), which at cost 12 kept both cores busy for minutes. The hash is the same modular-crypt bcrypt the realm
 * verifies, only cheaper. Production's cost is {@link PasswordHasher#COST}, checked by PasswordHasherTest and by
 * LoginTimingIT, whose users {@code UserService} creates at that cost.
 */
public final class TestPasswords {

    public static final int COST = 4;

    private TestPasswords() {
    }

    /** A fresh bcrypt hash of {@link Fixtures#PASSWORD} at {@link #COST}. */
    public static String hash() {
        return BCrypt.with(BCrypt.Version.VERSION_2A).hashToString(COST, Fixtures.PASSWORD.toCharArray());
    }
}
