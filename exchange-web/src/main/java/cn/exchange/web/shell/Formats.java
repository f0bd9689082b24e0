package cn.exchange.web.shell;

import cn.exchange.core.calendar.ExchangeTime;
import cn.exchange.core.shared.DomainMessages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Formatting for pages ({@code #{money.yuan(x)}}): amounts in 元 and 万元, times in Beijing time, and a deadline that
 * awaits its year's working-day calendar (rule 1).
 */
@Named("money")
@ApplicationScoped
public class Formats {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    /** "84,000.00 元"; in English "CNY 84,000.00" (no 元 or 万元 on an English page). */
    public String yuan(BigDecimal amount) {
        return Bundle.of(Pages.locale()).yuan(amount);
    }

    public String wan(BigDecimal amount) {
        return Bundle.of(Pages.locale()).wan(amount);
    }

    public String time(OffsetDateTime t) {
        return t == null ? "" : MINUTES.format(t.atZoneSameInstant(ExchangeTime.ZONE));
    }

    /** A moment to the second, Beijing time (a seal's signing time). */
    public String seconds(java.time.Instant t) {
        return t == null ? "" : SECONDS.format(t.atZone(ExchangeTime.ZONE));
    }

    /** A deadline: a moment to the minute, or a day. */
    public String deadline(Object value) {
        return value instanceof OffsetDateTime t ? time(t) : value instanceof LocalDate d ? d.toString() : "";
    }

    /** What a deadline that cannot be counted yet shows: "待 2027 年工作日历录入后确定". */
    public String awaiting(Integer year) {
        return year == null ? "" : DomainMessages.format(Pages.locale(), "calendar.awaiting", Integer.toString(year));
    }
}
