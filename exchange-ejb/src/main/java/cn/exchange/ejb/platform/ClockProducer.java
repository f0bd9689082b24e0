package cn.exchange.ejb.platform;

import cn.exchange.core.calendar.ExchangeTime;
import cn.exchange.core.calendar.TrainingClock;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.logging.Logger;

/**
 * The exchange's one clock, in Beijing time: every business time (deadlines, bids, audit records) comes from the
 * {@link Clock} produced here, never from {@code Instant.now()}, the database's {@code now()} or {@code LocalDate.now()}
 * (a source scan test keeps it so). It is the server's clock; an instance started as a training environment
 * (演练环境) may start it at a set moment ({@link TrainingClock}: {@code exchange.environment=training},
 * {@code exchange.clock.start}, {@code exchange.clock.anchor}). Configuration is read once, at start: no endpoint can
 * change the clock, and a set start in production stops the start with the reason in the log.
 */
@ApplicationScoped
public class ClockProducer {

    private static final Logger LOG = Logger.getLogger(ClockProducer.class.getName());

    @Inject
    ExchangeConfig config;

    private TrainingClock configured;

    @PostConstruct
    void configure() {
        try {
            configured = TrainingClock.configure(config.string("exchange.environment", TrainingClock.PRODUCTION),
                    config.string("exchange.clock.start", ""), config.string("exchange.clock.anchor", ""), Clock.systemUTC());
        } catch (IllegalArgumentException | IllegalStateException e) {
            LOG.severe("The exchange does not start: " + e.getMessage());
            throw e;
        }
        if (configured.training()) {
            LOG.warning("演练环境 TRAINING ENVIRONMENT: transactions here have no legal effect; the exchange's clock "
                    + (configured.start() == null ? "is the server's clock" : "started at " + ExchangeTime.display(configured.start().toInstant())
                    + " (Beijing) and reads " + ExchangeTime.display(configured.clock().instant()) + " now"));
        } else {
            LOG.info("Production: the exchange's clock is the server's clock, Beijing time (" + ExchangeTime.display(configured.clock().instant()) + ")");
        }
    }

    /** Reads the configuration when the application starts, so that a refused clock stops the start and the log says so. */
    void atStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        configured();
    }

    @Produces
    public Clock clock() {
        return configured.clock();
    }

    /** The clock's configuration: whether this is a training environment, and its set start. */
    public TrainingClock configured() {
        return configured;
    }
}
