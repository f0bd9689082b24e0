package cn.exchange.core.notification;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * When an e-mail that could not be sent is tried again: 1, 5, 15 and 60 minutes, then 4 hours after the failures
 * before; after {@link #MAX_ATTEMPTS} attempts, or at once on a permanent refusal (an SMTP 5xx answer: the address or
 * the message is refused, trying again would only be refused again), the address is marked failed and staff see it.
 * The recipient's inbox has the notification in any case.
 */
public final class Backoff {

    /** Attempts before an address is marked failed. */
    public static final int MAX_ATTEMPTS = 6;

    private static final List<Duration> WAITS = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(15),
            Duration.ofHours(1), Duration.ofHours(4));

    private Backoff() {
    }

    /**
     * The wait before the next attempt after {@code failedAttempts} attempts failed; empty when there is none (give up).
     */
    public static Optional<Duration> after(int failedAttempts) {
        if (failedAttempts < 1) {
            throw new IllegalArgumentException("failedAttempts must be at least 1: " + failedAttempts);
        }
        if (failedAttempts >= MAX_ATTEMPTS) {
            return Optional.empty();
        }
        return Optional.of(WAITS.get(Math.min(failedAttempts, WAITS.size()) - 1));
    }

    /** Whether an SMTP reply code means the message will never be accepted (5xx); 4xx and no answer are transient. */
    public static boolean permanent(int smtpReplyCode) {
        return smtpReplyCode >= 500 && smtpReplyCode <= 599;
    }
}
