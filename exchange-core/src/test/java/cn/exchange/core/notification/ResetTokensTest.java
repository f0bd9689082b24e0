package cn.exchange.core.notification;

import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class ResetTokensTest {

    static final Instant ISSUED = Instant.parse("2027-03-01T02:00:00Z");

    @Test
    void aTokenIsRandomUrlSafeAndOnlyItsHashIsKept() {
        SecureRandom random = new SecureRandom();
        String a = ResetTokens.newToken(random);
        String b = ResetTokens.newToken(random);
        assertThat(a).isNotEqualTo(b).hasSize(43).matches("[A-Za-z0-9_-]+");
        assertThat(ResetTokens.wellFormed(a)).isTrue();
        assertThat(ResetTokens.hash(a)).hasSize(64).isEqualTo(ResetTokens.hash(a)).isNotEqualTo(ResetTokens.hash(b)).doesNotContain(a);
        // the SHA-256 of "abc", the standard's test vector
        assertThat(ResetTokens.hash("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void hostileTextIsNotAToken() {
        assertThat(ResetTokens.wellFormed(null)).isFalse();
        assertThat(ResetTokens.wellFormed("")).isFalse();
        assertThat(ResetTokens.wellFormed("' or 1=1 --")).isFalse();
        assertThat(ResetTokens.wellFormed("a".repeat(44))).isFalse();
    }

    @Test
    void aLinkWorksForThirtyMinutes() {
        assertThat(ResetTokens.usable(ISSUED, null, 3, 3, ISSUED)).isTrue();
        assertThat(ResetTokens.usable(ISSUED, null, 3, 3, ISSUED.plusSeconds(29 * 60 + 59))).isTrue();
        assertThat(ResetTokens.usable(ISSUED, null, 3, 3, ISSUED.plusSeconds(30 * 60))).isFalse();
        assertThat(ResetTokens.usable(ISSUED, null, 3, 3, ISSUED.minusSeconds(1))).isFalse();
    }

    @Test
    void aLinkWorksOnceAndNotAfterThePasswordChanged() {
        assertThat(ResetTokens.usable(ISSUED, ISSUED.plusSeconds(60), 3, 3, ISSUED.plusSeconds(120))).isFalse();
        assertThat(ResetTokens.usable(ISSUED, null, 3, 4, ISSUED.plusSeconds(60))).isFalse();
    }
}
