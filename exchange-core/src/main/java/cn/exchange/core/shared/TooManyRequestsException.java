package cn.exchange.core.shared;

import cn.exchange.core.security.RateLimit;

/**
 * A rate limit ({@link cn.exchange.core.security.RateLimits}) refused the request: answered 429 with the seconds to wait
 * ({@code Retry-After}) and a message naming the limit, in the caller's language. Nothing was changed.
 */
public class TooManyRequestsException extends DomainException {

    private final long retryAfterSeconds;

    public TooManyRequestsException(RateLimit limit, long retryAfterSeconds) {
        super(null, "ratelimit." + limit.name(), limit.limit(), retryAfterSeconds);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** Refused by another counter than a {@link RateLimit} (e.g. the sign-in's lock-out): the message code and its arguments. */
    public TooManyRequestsException(long retryAfterSeconds, String code, Object... args) {
        super(null, code, args);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
