package cn.exchange.core.calendar;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Locale;

/**
 * The exchange's one clock, as its configuration sets it. In production ({@code exchange.environment=production}, the
 * default) it is the server's clock in Beijing time, and nothing can move it. A training environment (演练环境,
 * {@code exchange.environment=training}) may start the exchange's clock at a set moment ({@code exchange.clock.start},
 * e.g. {@code 2027-01-15T10:00}, Beijing time) from which it runs on in real time; instances of one cluster that are
 * given the same anchor ({@code exchange.clock.anchor}: the real moment at which the clock read the start) agree to the
 * millisecond. A start in production is refused: the exchange does not start.
 *
 * @param training whether this is a training environment
 * @param start    the set start, or null (the server's clock)
 * @param clock    the clock every business time comes from
 */
public record TrainingClock(boolean training, OffsetDateTime start, Clock clock) {

    public static final String PRODUCTION = "production";
    public static final String TRAINING = "training";

    /**
     * The clock for this configuration.
     *
     * @param environment {@code production} or {@code training} (blank: production)
     * @param start       the training clock's start (blank: none)
     * @param anchor      the real moment the clock read {@code start}: ISO instant or offset date-time, or epoch
     *                    milliseconds (blank: now, when the instance starts)
     * @param system      the server's clock
     * @throws IllegalArgumentException a value that cannot be read
     * @throws IllegalStateException    a start in production
     */
    public static TrainingClock configure(String environment, String start, String anchor, Clock system) {
        String env = blank(environment) ? PRODUCTION : environment.strip().toLowerCase(Locale.ROOT);
        if (!env.equals(PRODUCTION) && !env.equals(TRAINING)) {
            throw new IllegalArgumentException("exchange.environment must be '" + PRODUCTION + "' or '" + TRAINING + "', not '" + environment + "'");
        }
        boolean training = env.equals(TRAINING);
        Clock zoned = system.withZone(ExchangeTime.ZONE);
        if (blank(start)) {
            return new TrainingClock(training, null, zoned);
        }
        if (!training) {
            throw new IllegalStateException("exchange.clock.start=" + start + " is refused in production: the exchange's clock is the"
                    + " server's clock. Only an instance started as a training environment (exchange.environment=training) may set it.");
        }
        OffsetDateTime at = parseStart(start.strip());
        Instant realAnchor = blank(anchor) ? system.instant() : parseAnchor(anchor.strip());
        return new TrainingClock(true, at, Clock.offset(zoned, Duration.between(realAnchor, at.toInstant())));
    }

    private static OffsetDateTime parseStart(String s) {
        try {
            if (s.length() == 10) {
                return LocalDate.parse(s).atStartOfDay(ExchangeTime.ZONE).toOffsetDateTime();
            }
            if (s.endsWith("Z") || s.matches(".*[+-]\\d\\d:?\\d\\d$")) {
                return OffsetDateTime.parse(s);
            }
            return LocalDateTime.parse(s).atZone(ExchangeTime.ZONE).toOffsetDateTime();
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("exchange.clock.start must be a Beijing date-time such as 2027-01-15T10:00, not '" + s + "'", e);
        }
    }

    private static Instant parseAnchor(String s) {
        try {
            if (s.chars().allMatch(Character::isDigit)) {
                return Instant.ofEpochMilli(Long.parseLong(s));
            }
            return s.endsWith("Z") ? Instant.parse(s) : OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeException | NumberFormatException e) {
            throw new IllegalArgumentException("exchange.clock.anchor must be an instant or epoch milliseconds, not '" + s + "'", e);
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
