package se.stockholm.vfu.evaluation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The evaluation links' tokens: 256 random bits from {@link SecureRandom}, written URL-safe (43 characters), and
 * their SHA-256 hash, which is all the database keeps. A token is only ever compared through its hash, so a
 * stolen database holds no working link. Plain Java, unit-tested.
 */
public final class EvaluationTokens {

    /** What a token looks like; anything else is refused before it is hashed or looked up. */
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private EvaluationTokens() {
    }

    public static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

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
