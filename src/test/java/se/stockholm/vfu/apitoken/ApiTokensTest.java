package se.stockholm.vfu.apitoken;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ApiTokensTest {

    @Test
    void aTokenIsThePrefixAnd256RandomBitsUrlSafe() {
        String token = ApiTokens.newToken();

        assertThat(token).startsWith("vfu_").hasSize(4 + 43).matches("vfu_[A-Za-z0-9_-]{43}");
        assertThat(ApiTokens.looksLikeToken(token)).isTrue();
    }

    @Test
    void tokensDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            assertThat(seen.add(ApiTokens.newToken())).isTrue();
        }
    }

    @Test
    void theStoredFormIsTheHexSha256OfTheToken() {
        // SHA-256 of "abc" (FIPS 180-2 test vector)
        assertThat(ApiTokens.hash("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        String token = ApiTokens.newToken();
        assertThat(ApiTokens.hash(token)).hasSize(64).doesNotContain(token.substring(4));
    }

    @Test
    void otherShapesAreRefusedBeforeAnyLookup() {
        assertThat(ApiTokens.looksLikeToken(null)).isFalse();
        assertThat(ApiTokens.looksLikeToken("")).isFalse();
        assertThat(ApiTokens.looksLikeToken("it-password-2026")).isFalse();
        assertThat(ApiTokens.looksLikeToken("vfu_" + "a".repeat(42))).isFalse();
        assertThat(ApiTokens.looksLikeToken("vfu_" + "a".repeat(42) + "=")).isFalse();
        assertThat(ApiTokens.looksLikeToken("xyz_" + "a".repeat(43))).isFalse();
    }
}
