package cn.exchange.core.security;

import java.time.Duration;

/**
 * The exchange's rate limits, one place for all of them. Each is per subject, counted across every server of a
 * cluster, and can be changed by configuration ({@code exchange.ratelimit.<name>}, e.g. for a load test from one
 * address). A refused request is answered 429 with the limit named and the seconds to wait, in the caller's language.
 *
 * <p>Sign-in is limited by its failures ({@link cn.exchange.core.party.SignInPolicy}: 5 per user name and 30 per address in
 * 15 minutes lock the key for 15 minutes); the limits here bound the volume of the other public and hot requests:
 * <ul>
 *   <li>{@link #REGISTRATION_PER_ADDRESS}: self-registrations from one address — 10 an hour (an office registering a
 *       few colleagues passes; a script filling the review queue does not);</li>
 *   <li>{@link #BID_PER_ACCOUNT}: bids (accepted or refused, retries included) of one account — 20 in 10 seconds, which
 *       is faster than a person can bid in the hall's limited period (rules 22–23) but stops a script flooding the lot's
 *       log;</li>
 *   <li>{@link #BID_PER_ADDRESS}: bids from one address — 300 in 10 seconds (many bidders behind one company's
 *       gateway).</li>
 * </ul>
 * Requests from the server's own machine (loopback, without a forwarded address) are not limited: they are the
 * operator's tools, health checks and load tests. Behind the load balancer ({@code exchange.trust-proxy=true}) each
 * client counts under the address the balancer forwards.
 */
public final class RateLimits {

    public static final RateLimit REGISTRATION_PER_ADDRESS = new RateLimit("registration-per-address", 10, Duration.ofHours(1));
    /** 忘记密码 by e-mail: requests from one address — 10 an hour (a person retrying passes; a mail bomb does not). */
    public static final RateLimit PASSWORD_RESET_PER_ADDRESS = new RateLimit("password-reset-per-address", 10, Duration.ofHours(1));
    public static final RateLimit BID_PER_ACCOUNT = new RateLimit("bid-per-account", 20, Duration.ofSeconds(10));
    public static final RateLimit BID_PER_ADDRESS = new RateLimit("bid-per-address", 300, Duration.ofSeconds(10));

    /** Whether requests from this client address are exempt (loopback: the server's own machine). */
    public static boolean exempt(String address) {
        return address != null && (address.startsWith("127.") || address.equals("::1") || address.equals("0:0:0:0:0:0:0:1"));
    }

    private RateLimits() {
    }
}
