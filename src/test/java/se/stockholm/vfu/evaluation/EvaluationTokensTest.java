package se.stockholm.vfu.evaluation;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The links' tokens: 256 random bits, URL-safe, stored only as their SHA-256 hash. */
class EvaluationTokensTest {

    @Test
    void aTokenIs256RandomBitsWrittenUrlSafeAndNeverTheSameTwice() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String token = EvaluationTokens.newToken();
            assertThat(token).hasSize(43).matches("[A-Za-z0-9_-]+");
            assertThat(EvaluationTokens.looksLikeToken(token)).isTrue();
            seen.add(token);
        }
        assertThat(seen).hasSize(1000);
    }

    @Test
    void theHashIsTheHexSha256AndDoesNotContainTheToken() {
        assertThat(EvaluationTokens.hash("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        String token = EvaluationTokens.newToken();
        assertThat(EvaluationTokens.hash(token)).hasSize(64).isEqualTo(EvaluationTokens.hash(token)).doesNotContain(token);
    }

    @Test
    void anythingNotShapedLikeATokenIsRefusedBeforeItIsLookedUp() {
        assertThat(EvaluationTokens.looksLikeToken(null)).isFalse();
        assertThat(EvaluationTokens.looksLikeToken("")).isFalse();
        assertThat(EvaluationTokens.looksLikeToken("../../api/terms")).isFalse();
        assertThat(EvaluationTokens.looksLikeToken(EvaluationTokens.newToken() + "x")).isFalse();
        assertThat(EvaluationTokens.looksLikeToken("a".repeat(42) + "/")).isFalse();
    }
}
