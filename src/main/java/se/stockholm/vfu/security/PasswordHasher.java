package se.stockholm.vfu.security;

import at.favre.lib.crypto.bcrypt.BCrypt;

/**
 * Hashes passwords with bcrypt in the modular-crypt form ({@code $2a$12$...}) that WildFly's
 * Elytron jdbc-realm verifies at login (wildfly-config/30-security.cli). Cost 12 is about a quarter
 * of a second here: slow for a guesser, unnoticed by a user.
 */
public final class PasswordHasher {

    public static final int COST = 12;
    public static final int MIN_LENGTH = 12;
    /** bcrypt reads at most 72 bytes; refuse longer passwords rather than silently cutting them. */
    public static final int MAX_LENGTH = 72;

    private PasswordHasher() {
    }

    public static String hash(char[] password) {
        return BCrypt.with(BCrypt.Version.VERSION_2A).hashToString(COST, password);
    }

    public static boolean matches(char[] password, String hash) {
        return BCrypt.verifyer().verify(password, hash).verified;
    }
}
