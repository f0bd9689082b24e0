package cn.exchange.core.calendar;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The one clock: the server's in production, a set start only in a training environment. */
class TrainingClockTest {

    static final Clock SERVER = Clock.fixed(Instant.parse("2026-12-04T09:30:00Z"), ZoneOffset.UTC);

    @Test
    void productionIsTheServersClockInBeijingTime() {
        TrainingClock c = TrainingClock.configure(null, "", null, SERVER);
        assertThat(c.training()).isFalse();
        assertThat(c.clock().instant()).isEqualTo(SERVER.instant());
        assertThat(c.clock().getZone()).isEqualTo(ExchangeTime.ZONE);
        assertThat(TrainingClock.configure("production", null, null, SERVER).training()).isFalse();
    }

    @Test
    void aStartIsRefusedInProduction() {
        assertThatThrownBy(() -> TrainingClock.configure("production", "2027-01-15T10:00", null, SERVER))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("refused in production")
                .hasMessageContaining("exchange.environment=training");
        assertThatThrownBy(() -> TrainingClock.configure(null, "2027-01-15T10:00", null, SERVER))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> TrainingClock.configure("staging", null, null, SERVER)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aTrainingClockStartsAtItsStartAndRunsOnInRealTime() {
        Clock moving = Clock.offset(SERVER, Duration.ofSeconds(90));
        TrainingClock c = TrainingClock.configure("training", "2027-01-15T10:00", SERVER.instant().toString(), moving);
        assertThat(c.training()).isTrue();
        assertThat(OffsetDateTime.now(c.clock())).isEqualTo(OffsetDateTime.parse("2027-01-15T10:01:30+08:00"));
        // two instances given the same anchor agree, whenever each started
        TrainingClock other = TrainingClock.configure("training", "2027-01-15T10:00:00+08:00",
                Long.toString(SERVER.millis()), moving);
        assertThat(other.clock().instant()).isEqualTo(c.clock().instant());
        // without an anchor the start is the moment the instance starts
        assertThat(TrainingClock.configure("TRAINING", "2030-06-30T16:59", null, SERVER).clock().instant())
                .isEqualTo(OffsetDateTime.parse("2030-06-30T16:59:00+08:00").toInstant());
    }

    @Test
    void aBadStartIsNamed() {
        assertThatThrownBy(() -> TrainingClock.configure("training", "15.01.2027", null, SERVER))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("exchange.clock.start");
    }
}
