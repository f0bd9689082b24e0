package cn.exchange.core.security;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * What one watcher of the trading hall may hold. The hall's WebSocket ({@code /ws/auctions/{lot}})
 * is open to anyone — the public may watch a session — so each of its resources has a bound:
 * <ul>
 *   <li>{@link #perAddress}: open connections from one client address on one server (50: a company's gateway with
 *       many bidders and colleagues watching passes; a script opening hundreds does not). The server's own machine is
 *       exempt as for the rate limits ({@link RateLimits#exempt}); behind the load balancer each client counts under the
 *       address it forwards. 0 switches the cap off.</li>
 *   <li>{@link #idleTimeout}: the server pings every watcher with its 5-second time signal; a watcher from which
 *       nothing — no pong, no message — arrives for this long is closed (a vanished phone, a half-open connection). A
 *       browser answers pings by itself, so an open hall page never times out.</li>
 *   <li>{@link #maxMessageBytes}: a watcher only ever sends the word {@code state} (the page asking for the state again
 *       after it was hidden); a longer message closes the connection with 1009 (too big).</li>
 *   <li>{@link #messagesPerMinute}: how many such requests one connection may send a minute; more closes it with 1008
 *       (policy). Each request is answered from the last state the server pushed, not from the database.</li>
 * </ul>
 * Each bound is configuration ({@code exchange.hall.*}, README).
 */
public record WatcherLimits(int perAddress, Duration idleTimeout, int maxMessageBytes, int messagesPerMinute) {

    public static final WatcherLimits DEFAULT = new WatcherLimits(50, Duration.ofSeconds(60), 256, 30);

    public WatcherLimits {
        if (perAddress < 0 || maxMessageBytes < 16 || messagesPerMinute < 1 || idleTimeout.compareTo(Duration.ofSeconds(10)) < 0) {
            throw new IllegalArgumentException("implausible watcher limits: " + perAddress + ", " + idleTimeout + ", "
                    + maxMessageBytes + ", " + messagesPerMinute);
        }
    }

    /** Whether one more connection from this address is admitted while {@code open} are already open from it. */
    public boolean admits(String address, int open) {
        return perAddress == 0 || RateLimits.exempt(address) || open < perAddress;
    }

    /** Whether a text message from a watcher is over the limit (counted in UTF-8 bytes, as it travelled). */
    public boolean tooBig(String text) {
        return text.length() > maxMessageBytes || text.getBytes(StandardCharsets.UTF_8).length > maxMessageBytes;
    }

    /** Whether a watcher last heard from {@code silentFor} ago is to be closed. */
    public boolean idle(Duration silentFor) {
        return silentFor.compareTo(idleTimeout) > 0;
    }

    /**
     * One connection's count of requests in the current minute: {@link #allows} answers whether a request arriving at
     * {@code nanos} (a monotonic reading) is within the limit, and counts it.
     */
    public static final class MessageCount {
        private long windowStart = Long.MIN_VALUE;
        private int count;

        public synchronized boolean allows(WatcherLimits limits, long nanos) {
            if (windowStart == Long.MIN_VALUE || nanos - windowStart >= Duration.ofMinutes(1).toNanos()) {
                windowStart = nanos;
                count = 0;
            }
            count++;
            return count <= limits.messagesPerMinute();
        }
    }
}
