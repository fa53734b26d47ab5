package se.stockholm.vfu.apitoken;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The tokens themselves: {@code vfu_} and 256 random bits from {@link SecureRandom} written URL-safe (43 characters),
 * and their SHA-256 hash, which is all the database keeps. The prefix lets a secret scanner (and a person) tell a
 * portal token from other secrets. A token is only ever looked up by its hash; a plain hash suffices because the
 * secret is random and long, unlike a password, so there is nothing to guess. Plain Java, unit-tested.
 */
public final class ApiTokens {

    public static final String PREFIX = "vfu_";

    private static final Pattern SHAPE = Pattern.compile("vfu_[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiTokens() {
    }

    public static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether a string has a token's shape; anything else is refused before it is hashed or looked up. */
    public static boolean looksLikeToken(String token) {
        return token != null && SHAPE.matcher(token).matches();
    }

    /** The hex SHA-256 of the token, as stored. */
    public static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
