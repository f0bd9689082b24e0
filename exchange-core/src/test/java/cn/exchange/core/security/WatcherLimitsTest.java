package cn.exchange.core.security;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WatcherLimitsTest {

    private final WatcherLimits limits = WatcherLimits.DEFAULT;

    @Test
    void oneAddressMayHoldFiftyConnectionsAndNoMore() {
        assertThat(limits.admits("203.0.113.7", 0)).isTrue();
        assertThat(limits.admits("203.0.113.7", 49)).as("the 50th").isTrue();
        assertThat(limits.admits("203.0.113.7", 50)).as("the 51st").isFalse();
        assertThat(limits.admits("203.0.113.7", 300)).as("the probe's 300").isFalse();
    }

    @Test
    void theServersOwnMachineIsExemptAndZeroSwitchesTheCapOff() {
        assertThat(limits.admits("127.0.0.1", 5_000)).isTrue();
        assertThat(new WatcherLimits(0, Duration.ofMinutes(1), 256, 30).admits("203.0.113.7", 5_000)).isTrue();
    }

    @Test
    void aMessageOverTwoHundredAndFiftySixBytesIsTooBigCountedInUtf8() {
        assertThat(limits.tooBig("state")).isFalse();
        assertThat(limits.tooBig("x".repeat(256))).isFalse();
        assertThat(limits.tooBig("x".repeat(257))).isTrue();
        assertThat(limits.tooBig("x".repeat(1_000))).as("the probe's 1,000 bytes").isTrue();
        assertThat(limits.tooBig("价".repeat(86))).as("86 Chinese characters are 258 bytes").isTrue();
        assertThat(limits.tooBig("价".repeat(85))).as("85 are 255").isFalse();
    }

    @Test
    void aWatcherSilentForLongerThanTheIdleTimeoutIsClosed() {
        assertThat(limits.idle(Duration.ofSeconds(59))).isFalse();
        assertThat(limits.idle(Duration.ofSeconds(60))).isFalse();
        assertThat(limits.idle(Duration.ofSeconds(61))).isTrue();
    }

    @Test
    void thirtyRequestsAMinuteAndTheCountStartsAgainInTheNextMinute() {
        WatcherLimits.MessageCount count = new WatcherLimits.MessageCount();
        long t0 = 1_000_000_000L;
        for (int i = 0; i < 30; i++) {
            assertThat(count.allows(limits, t0 + i * 1_000_000L)).as("request " + (i + 1)).isTrue();
        }
        assertThat(count.allows(limits, t0 + 40_000_000L)).as("the 31st within the minute").isFalse();
        assertThat(count.allows(limits, t0 + Duration.ofSeconds(61).toNanos())).as("the next minute").isTrue();
    }

    @Test
    void implausibleLimitsAreRefusedAtStart() {
        assertThatThrownBy(() -> new WatcherLimits(-1, Duration.ofMinutes(1), 256, 30)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WatcherLimits(50, Duration.ZERO, 256, 30)).as("no idle timeout").isInstanceOf(IllegalArgumentException.class);
    }
}
