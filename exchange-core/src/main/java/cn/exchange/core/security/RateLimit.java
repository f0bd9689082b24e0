package cn.exchange.core.security;

import java.time.Duration;
import java.time.Instant;

/**
 * One rate limit: at most {@code limit} requests of one kind per subject (an account or a client address) in each
 * fixed window of {@code window}. The counting itself is cluster-wide (the data grid); this is the arithmetic.
 *
 * @param name   the limit's name, also its configuration key {@code exchange.ratelimit.<name>} (the limit per window)
 * @param limit  requests allowed per window
 * @param window the window's length
 */
public record RateLimit(String name, int limit, Duration window) {

    public RateLimit {
        if (limit < 1 || window.isZero() || window.isNegative()) {
            throw new IllegalArgumentException(name + ": a limit needs a positive count and window");
        }
    }

    /** The same limit with another count (from configuration). */
    public RateLimit withLimit(int newLimit) {
        return new RateLimit(name, newLimit, window);
    }

    /** The number of the window {@code now} falls in (windows start at the epoch). */
    public long windowOf(Instant now) {
        return now.toEpochMilli() / window.toMillis();
    }

    /** The counter's key for a subject in the window of {@code now}. */
    public String key(String subject, Instant now) {
        return name + ':' + subject + ':' + windowOf(now);
    }

    /** Whole seconds until the window of {@code now} ends (at least 1): what a refused caller is told to wait. */
    public long retryAfterSeconds(Instant now) {
        long end = (windowOf(now) + 1) * window.toMillis();
        return Math.max(1, (end - now.toEpochMilli() + 999) / 1000);
    }

    /** Whether the {@code count}-th request of a window is over the limit. */
    public boolean exceededBy(long count) {
        return count > limit;
    }
}
