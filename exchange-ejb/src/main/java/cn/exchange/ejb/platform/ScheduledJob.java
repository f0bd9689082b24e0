package cn.exchange.ejb.platform;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

/**
 * The one way the exchange's timers run their work (the schedulers of listing, auction, settlement and the calendar):
 * on each instance a run that finds the previous one of the same job still going is skipped, never queued behind it
 * (the schedulers are {@code @ConcurrencyManagement(BEAN)} singletons, so no container lock queues timer callbacks),
 * and a failure is logged and left to the next run. What must happen once in a cluster is guarded by the database
 * (row locks, {@code SKIP LOCKED}), not here.
 */
public final class ScheduledJob {

    /** A job's work; may throw, the next run retries. */
    @FunctionalInterface
    public interface Work {
        void run() throws Exception;
    }

    private final String name;
    private final Logger log;
    private final AtomicBoolean running = new AtomicBoolean();

    public ScheduledJob(String name, Logger log) {
        this.name = name;
        this.log = log;
    }

    /** Runs {@code work} unless this job is already running here; returns whether it ran. */
    public boolean run(Work work) {
        if (!running.compareAndSet(false, true)) {
            return false;
        }
        try {
            work.run();
        } catch (Exception e) {
            log.warning(() -> name + " failed; the next run retries: " + e);
        } finally {
            running.set(false);
        }
        return true;
    }
}
