package se.stockholm.vfu.security;

import at.favre.lib.crypto.bcrypt.BCrypt;
import se.stockholm.vfu.common.InvalidInputException;

import java.nio.charset.StandardCharsets;

/**
 * Hashes passwords with bcrypt in the modular-crypt form ({@code $2a$12$...}) that WildFly's
 * Elytron jdbc-realm verifies at login (wildfly-config/30-security.cli). Cost 12 is about a quarter
 * of a second here: slow for a guesser, unnoticed by a user.
 */
public final class PasswordHasher {

    public static final int COST = 12;
    public static final int MIN_LENGTH = 12;
    /** At most this many characters; with letters outside ASCII {@link #MAX_BYTES} may be reached first. */
    public static final int MAX_LENGTH = 64;
    /**
     * bcrypt reads at most 72 bytes including the terminating zero byte, and the hashing library refuses
     * longer input; refuse longer passwords with a message rather than cutting them or failing.
     */
    public static final int MAX_BYTES = 71;

    private PasswordHasher() {
    }

    /** Hashes a password that {@link PasswordPolicy} accepted; one bcrypt cannot hold is refused, never cut. */
    public static String hash(char[] password) {
        if (!fitsBcrypt(new String(password))) {
            throw new InvalidInputException("password", "user.password.bytes");
        }
        return BCrypt.with(BCrypt.Version.VERSION_2A).hashToString(COST, password);
    }

    /** Whether bcrypt reads the whole password (at most {@value #MAX_BYTES} bytes in UTF-8). */
    public static boolean fitsBcrypt(String password) {
        return password.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES;
    }

    /** Whether the password is the one hashed; a password bcrypt cannot hold is never anyone's. */
    public static boolean matches(char[] password, String hash) {
        return fitsBcrypt(new String(password)) && BCrypt.verifyer().verify(password, hash).verified;
    }
}
