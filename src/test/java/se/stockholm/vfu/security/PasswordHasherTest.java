package se.stockholm.vfu.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordHasherTest {

    @Test
    void hashesAreBcryptWithCostTwelveInTheFormElytronReads() {
        String hash = PasswordHasher.hash("a-long-enough-password".toCharArray());

        assertThat(hash).startsWith("$2a$12$").hasSize(60);
    }

    @Test
    void theSamePasswordVerifiesAndAnotherDoesNot() {
        String hash = PasswordHasher.hash("a-long-enough-password".toCharArray());

        assertThat(PasswordHasher.matches("a-long-enough-password".toCharArray(), hash)).isTrue();
        assertThat(PasswordHasher.matches("a-long-enough-passwore".toCharArray(), hash)).isFalse();
    }

    @Test
    void twoHashesOfOnePasswordDifferBecauseOfTheSalt() {
        assertThat(PasswordHasher.hash("same-password-twice".toCharArray()))
                .isNotEqualTo(PasswordHasher.hash("same-password-twice".toCharArray()));
    }
}
