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
import java.util.logging.Logger;

/**
 * Counts requests against the {@link cn.exchange.core.security.RateLimits} across the whole cluster: one counter per
 * limit, subject and window in a map of Payara's data grid ({@code exchange.ratelimit}), incremented by compare-and-set
 * and expiring with its window, so every server sees the same counts. Without a data grid (a server started without
 * Hazelcast) the counters are this server's own. The configured count ({@code exchange.ratelimit.<name>}) replaces a
 * limit's default; {@code 0} switches the limit off.
 */
@ApplicationScoped
public class RateLimiter {

    static final String MAP = "exchange.ratelimit";
    private static final Logger LOG = Logger.getLogger(RateLimiter.class.getName());

    @Inject
    ExchangeConfig config;

    @Inject
    Clock clock;

    private ConcurrentMap<String, Long> counters;
    private IMap<String, Long> grid;

    @PostConstruct
    void connect() {
        try {
            HazelcastInstance hz = (HazelcastInstance) new InitialContext().lookup("payara/Hazelcast");
            if (hz != null) {
                // every counter expires two hours after its last change (the longest window is one hour)
                hz.getConfig().addMapConfig(new com.hazelcast.config.MapConfig(MAP).setTimeToLiveSeconds(7200));
                grid = hz.getMap(MAP);
                counters = grid;
                return;
            }
        } catch (NamingException | RuntimeException | LinkageError e) {
            LOG.info(() -> "no data grid for the rate limits (" + e + "): each server counts its own requests");
        }
        counters = new ConcurrentHashMap<>();
    }

    /**
     * Counts one request of {@code subject} (an account id or a client address) against the limit; requests from an
     * exempt {@code address} ({@link cn.exchange.core.security.RateLimits#exempt}) are not counted.
     *
     * @throws TooManyRequestsException when the request is over the limit (it is counted all the same)
     */
    public void check(RateLimit defaults, String subject, String address) {
        int configured = config.integer("exchange.ratelimit." + defaults.name(), defaults.limit());
        if (configured <= 0 || subject == null || cn.exchange.core.security.RateLimits.exempt(address)) {
            return;
        }
        RateLimit limit = defaults.withLimit(configured);
        var now = clock.instant();
        String key = limit.key(subject, now);
        long count = increment(key);
        if (limit.exceededBy(count)) {
            throw new TooManyRequestsException(limit, limit.retryAfterSeconds(now));
        }
    }

    private long increment(String key) {
        for (int attempt = 0; attempt < 50; attempt++) {
            Long old = counters.putIfAbsent(key, 1L);
            if (old == null) {
                if (grid == null && counters.size() > 100_000) {
                    counters.clear();   // the local fallback forgets old windows wholesale
                }
                return 1;
            }
            if (counters.replace(key, old, old + 1)) {
                return old + 1;
            }
        }
        return Long.MAX_VALUE;  // heavily contended: treat as over the limit rather than uncounted
    }
}
