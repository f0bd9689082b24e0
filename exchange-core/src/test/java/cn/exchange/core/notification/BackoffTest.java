package cn.exchange.core.notification;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BackoffTest {

    @ParameterizedTest
    @CsvSource({"1, PT1M", "2, PT5M", "3, PT15M", "4, PT1H", "5, PT4H"})
    void aFailedMailIsTriedAgainLaterEachTime(int failed, String wait) {
        assertThat(Backoff.after(failed)).contains(Duration.parse(wait));
    }

    @Test
    void afterTheLastAttemptTheAddressIsGivenUp() {
        assertThat(Backoff.after(Backoff.MAX_ATTEMPTS)).isEmpty();
        assertThat(Backoff.after(Backoff.MAX_ATTEMPTS + 3)).isEmpty();
        assertThatThrownBy(() -> Backoff.after(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @CsvSource({"550, true", "553, true", "500, true", "421, false", "450, false", "250, false", "0, false", "-1, false"})
    void onlyA5xxAnswerIsPermanent(int code, boolean permanent) {
        assertThat(Backoff.permanent(code)).isEqualTo(permanent);
    }
}
