package se.stockholm.vfu.security;

import org.junit.jupiter.api.Test;
import se.stockholm.vfu.common.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What bcrypt can hold (issue 8, hole 9): 71 bytes in UTF-8; longer is refused with a message key, never cut. */
class PasswordLimitsTest {

    @Test
    void seventyOneBytesFitAndSeventyTwoDoNot() {
        assertThat(PasswordHasher.fitsBcrypt("a".repeat(71))).isTrue();
        assertThat(PasswordHasher.fitsBcrypt("a".repeat(72))).isFalse();
    }

    @Test
    void lettersOutsideAsciiCountInBytesNotCharacters() {
        String fortyCharacters = "å".repeat(40);

        assertThat(fortyCharacters).hasSize(40);
        assertThat(PasswordHasher.fitsBcrypt(fortyCharacters)).isFalse();
        assertThat(PasswordHasher.fitsBcrypt("å".repeat(35))).isTrue();
    }

    @Test
    void aPasswordBcryptCannotHoldIsRefusedBesideItsFieldAndMatchesNothing() {
        assertThatThrownBy(() -> PasswordHasher.hash("p".repeat(100).toCharArray()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.getField()).isEqualTo("password");
                    assertThat(e.getMessageKey()).isEqualTo("user.password.bytes");
                });
        String hash = PasswordHasher.hash("p".repeat(64).toCharArray());

        assertThat(PasswordHasher.matches("p".repeat(100).toCharArray(), hash)).isFalse();
        assertThat(PasswordHasher.matches("p".repeat(64).toCharArray(), hash)).isTrue();
    }
}
