package cn.exchange.ejb.platform;

import cn.exchange.core.security.RateLimit;
import cn.exchange.core.shared.TooManyRequestsException;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;

/**
 * Counts requests against the {@link cn.exchange.core.security.RateLimits} across the whole cluster. Each server counts
 * on its own first — a request costs no data-grid round trip — and every {@value #SYNC_MILLIS} ms adds what it counted to
 * the cluster's counter of each limit, subject and window in a map of Payara's data grid ({@code exchange.ratelimit},
 * expiring with its window), taking back the cluster's total. A subject's first request of a window on a server reads
 * that total once. So a limit holds across servers to within about a second's requests of the subject on each server
 * beyond it (a server learns the others' counts when it shares its own); on one server it is exact. Without a data grid (a server started without Hazelcast) the counts are this server's own. The configured
 * count ({@code exchange.ratelimit.<name>}, read once) replaces a limit's default; {@code 0} switches the limit off.
 */
@ApplicationScoped
public class RateLimiter {

    static final String MAP = "exchange.ratelimit";
    /** How often a server adds its counts to the cluster's and reads the cluster's back. */
    static final long SYNC_MILLIS = 1000;
    private static final Logger LOG = Logger.getLogger(RateLimiter.class.getName());

    @Inject
    ExchangeConfig config;

    @Inject
    Clock clock;

    /** The cluster's counters (null: this server counts alone). */
    ConcurrentMap<String, Long> grid;

    /** This server's view of each counter of a current window. */
    private final ConcurrentMap<String, Counter> counters = new ConcurrentHashMap<>();
    /** Each limit's configured count, by name. */
    private final ConcurrentMap<String, Integer> limits = new ConcurrentHashMap<>();
    private final AtomicLong lastSync = new AtomicLong();

    /** One counter as this server sees it: the cluster's count when last read, plus what this server counted since. */
    private static final class Counter {
        final long windowEnd;
        final AtomicLong unsent = new AtomicLong();
        volatile long cluster;

        Counter(long windowEnd, long cluster) {
            this.windowEnd = windowEnd;
            this.cluster = cluster;
        }

        long count() {
            return cluster + unsent.get();
        }
    }

    @PostConstruct
    void connect() {
        try {
            HazelcastInstance hz = (HazelcastInstance) new InitialContext().lookup("payara/Hazelcast");
            if (hz != null) {
                // every counter expires two hours after its last change (the longest window is one hour)
                hz.getConfig().addMapConfig(new com.hazelcast.config.MapConfig(MAP).setTimeToLiveSeconds(7200));
                IMap<String, Long> map = hz.getMap(MAP);
                grid = map;
                return;
            }
        } catch (NamingException | RuntimeException | LinkageError e) {
            LOG.info(() -> "no data grid for the rate limits (" + e + "): each server counts its own requests");
        }
        grid = null;
    }

    /**
     * Counts one request of {@code subject} (an account id or a client address) against the limit; requests from an
     * exempt {@code address} ({@link cn.exchange.core.security.RateLimits#exempt}) are not counted.
     *
     * @throws TooManyRequestsException when the request is over the limit (it is counted all the same)
     */
    public void check(RateLimit defaults, String subject, String address) {
        int configured = limits.computeIfAbsent(defaults.name(), n -> config.integer("exchange.ratelimit." + n, defaults.limit()));
        if (configured <= 0 || subject == null || cn.exchange.core.security.RateLimits.exempt(address)) {
            return;
        }
        RateLimit limit = defaults.withLimit(configured);
        var now = clock.instant();
        String key = limit.key(subject, now);
        long windowEnd = (limit.windowOf(now) + 1) * limit.window().toMillis();
        Counter c = counters.computeIfAbsent(key, k -> new Counter(windowEnd, read(k)));
        c.unsent.incrementAndGet();
        long count = c.count();
        syncIfDue(now.toEpochMilli());
        if (limit.exceededBy(count)) {
            throw new TooManyRequestsException(limit, limit.retryAfterSeconds(now));
        }
    }

    /** Once a second, on the thread of the request that finds it due: {@link #sync}. */
    private void syncIfDue(long nowMillis) {
        long last = lastSync.get();
        if (nowMillis - last >= SYNC_MILLIS && lastSync.compareAndSet(last, nowMillis)) {
            sync(nowMillis);
        }
    }

    /** Adds this server's counts to the cluster's, takes the cluster's totals back, and forgets ended windows. */
    void sync(long nowMillis) {
        for (var e : counters.entrySet()) {
            Counter c = e.getValue();
            if (c.windowEnd <= nowMillis) {
                counters.remove(e.getKey(), c);
                continue;
            }
            if (grid == null) {
                continue;   // counted here only: the unsent count is the count
            }
            long sent = c.unsent.getAndSet(0);
            c.cluster += sent;   // one syncing thread at a time writes it
            if (sent > 0) {
                long total = add(e.getKey(), sent);
                if (total < 0) {   // not shared this time: counted here, shared at the next sync
                    c.unsent.addAndGet(sent);
                    c.cluster -= sent;
                } else {
                    c.cluster = Math.max(c.cluster, total);
                }
            }
        }
    }

    private long read(String key) {
        if (grid == null) {
            return 0;
        }
        try {
            Long v = grid.get(key);
            return v == null ? 0 : v;
        } catch (RuntimeException e) {
            return 0;
        }
    }

    /** Adds {@code n} to the cluster's counter; its new total, or -1 when the data grid did not take it. */
    private long add(String key, long n) {
        try {
            for (int attempt = 0; attempt < 50; attempt++) {
                Long old = grid.putIfAbsent(key, n);
                if (old == null) {
                    return n;
                }
                if (grid.replace(key, old, old + n)) {
                    return old + n;
                }
            }
        } catch (RuntimeException e) {
            LOG.warning(() -> "rate limit counts not shared with the cluster this time: " + e);
        }
        return -1;
    }
}
