package cn.exchange.ejb.platform;

import cn.exchange.core.calendar.ExchangeTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.time.Clock;

/**
 * The server clock in Beijing time, the only clock that counts. Injected wherever "now" is needed, so that no code
 * calls {@code Instant.now()} on its own.
 */
@ApplicationScoped
public class ClockProducer {

    private final Clock clock = ExchangeTime.systemClock();

    @Produces
    public Clock clock() {
        return clock;
    }
}
