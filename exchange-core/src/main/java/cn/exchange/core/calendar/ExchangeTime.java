package cn.exchange.core.calendar;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The exchange's one clock zone: Beijing time (Asia/Shanghai, UTC+8, no daylight saving).
 *
 * <p>Every deadline, announcement end and bid time is server time in this zone, whatever the server's or the
 * visitor's own zone is (rule 21: "server receipt time only"). Code takes the current time from an injected
 * {@link Clock}, never from {@code Instant.now()} directly, so tests can fix it.
 */
public final class ExchangeTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /** 2026-03-05 17:00:00 — how times are shown to people. */
    public static final DateTimeFormatter DISPLAY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private ExchangeTime() {
    }

    public static OffsetDateTime toOffset(Instant instant) {
        return instant == null ? null : instant.atZone(ZONE).toOffsetDateTime();
    }

    public static ZonedDateTime inZone(Instant instant) {
        return instant.atZone(ZONE);
    }

    /** The Beijing calendar day of a moment. */
    public static java.time.LocalDate day(OffsetDateTime t) {
        return t.atZoneSameInstant(ZONE).toLocalDate();
    }

    public static String display(Instant instant) {
        return instant == null ? "" : DISPLAY.format(instant.atZone(ZONE));
    }
}
