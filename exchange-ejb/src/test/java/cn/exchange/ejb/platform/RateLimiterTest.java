package cn.exchange.ejb.platform;

import cn.exchange.core.security.RateLimit;
import cn.exchange.core.shared.TooManyRequestsException;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Rate limits counted on each server and shared with the cluster once a second (issue 22: no data-grid round trip per
 * request): two servers over one map standing for the data grid, each with the test's clock.
 */
class RateLimiterTest {

    static final RateLimit BIDS = new RateLimit("bid-per-account", 20, Duration.ofSeconds(10));
    static final String FROM = "203.0.113.7";

    /** The data grid's map, counting the calls a request would pay a round trip for. */
    static final class Grid extends ConcurrentHashMap<String, Long> {
        final AtomicInteger calls = new AtomicInteger();

        @Override
        public Long get(Object key) {
            calls.incrementAndGet();
            return super.get(key);
        }

        @Override
        public Long putIfAbsent(String key, Long value) {
            calls.incrementAndGet();
            return super.putIfAbsent(key, value);
        }

        @Override
        public boolean replace(String key, Long oldValue, Long newValue) {
            calls.incrementAndGet();
            return super.replace(key, oldValue, newValue);
        }
    }

    /** A mutable clock at a window's start (windows start at the epoch). */
    static final class TestClock extends Clock {
        Instant now = Instant.ofEpochSecond(1_800_000_000L);

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        void advance(long millis) {
            now = now.plusMillis(millis);
        }
    }

    static RateLimiter server(ConcurrentMap<String, Long> grid, Clock clock) {
        RateLimiter r = new RateLimiter();
        r.config = new ExchangeConfig() {
            @Override
            public int integer(String key, int defaultValue) {
                return defaultValue;
            }
        };
        r.clock = clock;
        r.grid = grid;
        return r;
    }

    @Test
    void oneServerCountsExactlyWithoutAGridCallPerRequest() {
        Grid grid = new Grid();
        TestClock clock = new TestClock();
        RateLimiter a = server(grid, clock);
        for (int i = 0; i < 20; i++) {
            a.check(BIDS, "account-1", FROM);
            clock.advance(10);
        }
        assertThatThrownBy(() -> a.check(BIDS, "account-1", FROM)).isInstanceOf(TooManyRequestsException.class);
        // the first request read the cluster's count; the 21 requests took one sync of two calls at most, not 21
        assertThat(grid.calls.get()).isLessThanOrEqualTo(3);
    }

    @Test
    void aLimitHoldsAcrossServersOnceTheyHaveShared() {
        Grid grid = new Grid();
        TestClock clock = new TestClock();
        RateLimiter a = server(grid, clock);
        RateLimiter b = server(grid, clock);
        for (int i = 0; i < 15; i++) {
            a.check(BIDS, "account-2", FROM);
        }
        clock.advance(RateLimiter.SYNC_MILLIS);
        a.check(BIDS, "account-2", FROM);   // the 16th, and A's counts go to the cluster
        assertThat(grid.get("bid-per-account:account-2:" + BIDS.windowOf(clock.instant()))).isEqualTo(16L);
        // B's first request of the window reads the cluster's 16: four more are allowed, the fifth is refused
        for (int i = 0; i < 4; i++) {
            b.check(BIDS, "account-2", FROM);
        }
        assertThatThrownBy(() -> b.check(BIDS, "account-2", FROM)).isInstanceOf(TooManyRequestsException.class);
    }

    @Test
    void eachServerLearnsTheOthersCountsAtItsNextSync() {
        Grid grid = new Grid();
        TestClock clock = new TestClock();
        RateLimiter a = server(grid, clock);
        RateLimiter b = server(grid, clock);
        a.check(BIDS, "account-3", FROM);
        b.check(BIDS, "account-3", FROM);
        for (int i = 0; i < 9; i++) {
            a.check(BIDS, "account-3", FROM);
            b.check(BIDS, "account-3", FROM);
        }
        clock.advance(RateLimiter.SYNC_MILLIS);
        a.sync(clock.millis());   // A shares its 10: the cluster's count is 10
        b.sync(clock.millis());   // B shares its 10 and reads back 20
        assertThatThrownBy(() -> b.check(BIDS, "account-3", FROM)).isInstanceOf(TooManyRequestsException.class);
        // A shared before B did: it learns B's ten when it next shares, so one more is allowed there (at most a
        // second's worth of requests beyond the limit), then refused
        a.check(BIDS, "account-3", FROM);
        clock.advance(RateLimiter.SYNC_MILLIS);
        a.sync(clock.millis());
        assertThatThrownBy(() -> a.check(BIDS, "account-3", FROM)).isInstanceOf(TooManyRequestsException.class);
    }

    @Test
    void aNewWindowStartsAfreshAndTheEndedOneIsForgotten() {
        TestClock clock = new TestClock();
        RateLimiter alone = server(null, clock);
        for (int i = 0; i < 20; i++) {
            alone.check(BIDS, "account-4", FROM);
        }
        assertThatThrownBy(() -> alone.check(BIDS, "account-4", FROM)).isInstanceOf(TooManyRequestsException.class);
        clock.advance(BIDS.window().toMillis());
        alone.check(BIDS, "account-4", FROM);
    }

    @Test
    void loopbackIsNotCounted() {
        TestClock clock = new TestClock();
        RateLimiter alone = server(null, clock);
        for (int i = 0; i < 100; i++) {
            alone.check(BIDS, "account-5", "127.0.0.1");
        }
    }
}
