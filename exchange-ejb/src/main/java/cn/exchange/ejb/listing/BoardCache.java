package cn.exchange.ejb.listing;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What the public board answered, kept per instance and keyed by the board's version (table {@code board_version},
 * raised by the database at the commit of any change the board shows): an answer is reused only while the version it
 * was computed at is still the current one, so a notice published through any instance invalidates every instance's
 * answers at their next request, with nothing to send between instances.
 *
 * <p>The caller reads the version <em>before</em> it computes an answer: an answer may then be newer than its version
 * (it is recomputed once more at the next version), never older.
 */
@ApplicationScoped
public class BoardCache {

    /** Answers kept, least recently used dropped first: the board's first pages and its most visited lots. */
    static final int ENTRIES = 500;

    private record Entry(long version, Object answer) {
    }

    private final Map<String, Entry> entries = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
            return size() > ENTRIES;
        }
    };

    private long hits;
    private long misses;

    @jakarta.inject.Inject
    cn.exchange.ejb.platform.ExchangeMetrics metrics;

    @jakarta.annotation.PostConstruct
    void register() {
        metrics.gauge("exchange_board_cache_hits", "Public board answers served from this instance's cache", () -> counts()[0]);
        metrics.gauge("exchange_board_cache_misses", "Public board answers computed (new, or the board's version moved)",
                () -> counts()[1]);
    }

    /**
     * The answer for {@code key} at {@code version}: the kept one when it was computed at this version, else
     * {@code compute}'s (kept unless a newer version's answer was kept meanwhile). A failure is not kept.
     */
    @SuppressWarnings("unchecked")
    public <T> T get(String key, long version, Supplier<T> compute) {
        synchronized (entries) {
            Entry e = entries.get(key);
            if (e != null && e.version() == version) {
                hits++;
                return (T) e.answer();
            }
            misses++;
        }
        T answer = compute.get();
        synchronized (entries) {
            Entry now = entries.get(key);
            if (now == null || now.version() <= version) {
                entries.put(key, new Entry(version, answer));
            }
        }
        return answer;
    }

    /** Answers reused and computed since the start (for the operator's metrics). */
    public long[] counts() {
        synchronized (entries) {
            return new long[] {hits, misses};
        }
    }
}
