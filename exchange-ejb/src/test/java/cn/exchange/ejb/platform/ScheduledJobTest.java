package cn.exchange.ejb.platform;

import org.junit.jupiter.api.Test;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;

import static org.assertj.core.api.Assertions.assertThat;

/** The timers' one idiom: a run that finds the previous one still going is skipped, and a failure does not stop the job. */
class ScheduledJobTest {

    final ScheduledJob job = new ScheduledJob("the test job", Logger.getLogger(ScheduledJobTest.class.getName()));

    @Test
    void aRunWhileThePreviousIsStillGoingIsSkippedNotQueued() throws Exception {
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger runs = new AtomicInteger();
        Thread first = new Thread(() -> job.run(() -> {
            runs.incrementAndGet();
            inside.countDown();
            release.await(10, TimeUnit.SECONDS);
        }));
        first.start();
        assertThat(inside.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(job.run(runs::incrementAndGet)).as("skipped while the first runs").isFalse();
        release.countDown();
        first.join(10_000);
        assertThat(job.run(runs::incrementAndGet)).isTrue();
        assertThat(runs).hasValue(2);
    }

    @Test
    void aFailedRunLeavesTheJobFreeForTheNext() {
        assertThat(job.run(() -> {
            throw new IllegalStateException("database restarting");
        })).isTrue();
        AtomicInteger runs = new AtomicInteger();
        assertThat(job.run(runs::incrementAndGet)).isTrue();
        assertThat(runs).hasValue(1);
    }
}
