package cn.exchange.launcher;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The run command's options that decide the exchange's clock: a set clock only in a training environment. */
class LauncherOptionsTest {

    @Test
    void productionByDefault() {
        LauncherOptions o = LauncherOptions.parse(new String[0], Map.of());
        assertThat(o.training()).isFalse();
        assertThat(o.clockStart()).isNull();
    }

    @Test
    void aTrainingClockIsATrainingEnvironment() {
        LauncherOptions o = LauncherOptions.parse(new String[] {"--training-clock", "2027-01-15T10:00"}, Map.of());
        assertThat(o.training()).isTrue();
        assertThat(o.clockStart()).isEqualTo("2027-01-15T10:00");
        assertThat(LauncherOptions.parse(new String[] {"--training"}, Map.of()).training()).isTrue();
        assertThat(LauncherOptions.parse(new String[0], Map.of("EXCHANGE_ENVIRONMENT", "training",
                "EXCHANGE_CLOCK_START", "2030-06-30T16:59")).clockStart()).isEqualTo("2030-06-30T16:59");
    }

    @Test
    void aClockStartInProductionIsRefused() {
        assertThatThrownBy(() -> LauncherOptions.parse(new String[0], Map.of("EXCHANGE_CLOCK_START", "2027-01-15T10:00")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("refused in production");
    }
}
