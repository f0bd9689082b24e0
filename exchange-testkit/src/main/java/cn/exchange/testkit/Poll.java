package cn.exchange.testkit;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * A test waiting for what the server does in its own time (a timer, a worker, a restart): the condition is checked
 * until it holds — first after 10 ms, the pause doubling up to half a second — or the deadline passes, and then the
 * test fails naming what it waited for. No fixed sleep: the wait ends as soon as the condition holds.
 */
public final class Poll {

    /** What is awaited; may throw (a query, a request), which ends the wait with that failure. */
    @FunctionalInterface
    public interface Condition {
        boolean holds() throws Exception;
    }

    private Poll() {
    }

    /**
     * Returns once {@code condition} holds.
     *
     * @throws AssertionError when it still does not hold after {@code limit}: "waited … for {@code what}"
     */
    public static void until(Duration limit, String what, Condition condition) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        long pause = TimeUnit.MILLISECONDS.toNanos(10);
        while (!condition.holds()) {
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError("waited " + limit.toMillis() / 1000.0 + " s for " + what);
            }
            LockSupport.parkNanos(pause);
            if (Thread.interrupted()) {
                throw new InterruptedException("waiting for " + what);
            }
            pause = Math.min(pause * 2, TimeUnit.MILLISECONDS.toNanos(500));
        }
    }
}
