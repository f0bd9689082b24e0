package cn.exchange.core.party;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher();

    @Test
    void hashesWithPbkdf2Sha512AtAModernWorkFactorAndVerifies() {
        String hash = hasher.hash("Correct-Horse-9".toCharArray());
        assertThat(hash).startsWith("pbkdf2-sha512$210000$");
        assertThat(PasswordHasher.ITERATIONS).isGreaterThanOrEqualTo(210_000);
        assertThat(hasher.verify("Correct-Horse-9".toCharArray(), hash)).isTrue();
        assertThat(hasher.verify("correct-horse-9".toCharArray(), hash)).isFalse();
    }

    @Test
    void theSamePasswordHashesDifferentlyEachTime() {
        assertThat(hasher.hash("Same-Password-1".toCharArray())).isNotEqualTo(hasher.hash("Same-Password-1".toCharArray()));
    }

    @Test
    void aMalformedStoredHashNeverMatches() {
        assertThat(hasher.verify("x".toCharArray(), "plain")).isFalse();
        assertThat(hasher.verify("x".toCharArray(), "pbkdf2-sha512$1$!!$!!")).isFalse();
        assertThat(hasher.verify("x".toCharArray(), null)).isFalse();
    }

    @Test
    void aWeakerOldHashIsFlaggedForRehash() {
        String old = new PasswordHasher(1000).hash("Old-Password-7".toCharArray());
        assertThat(hasher.verify("Old-Password-7".toCharArray(), old)).isTrue();
        assertThat(hasher.needsRehash(old)).isTrue();
        assertThat(hasher.needsRehash(hasher.hash("New-Password-7".toCharArray()))).isFalse();
    }
}
