package cn.exchange.core.listing;

import cn.exchange.core.calendar.ExchangeTime;
import cn.exchange.core.calendar.WorkingDayCalendar;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A running announcement's period: how many working days, from which first day, to which end (Beijing time). The
 * days themselves come from {@link DisclosureRules}; this keeps them together as one fact of the lot and moves them
 * as the rules move them (an amendment adds [N] WD, a resumption counts the elapsed days too). Immutable: every change
 * is a new period.
 */
@Embeddable
public class DisclosurePeriod {

    @Column(name = "period_wd")
    private Integer wd;
    @Column(name = "disclosure_start")
    private LocalDate start;
    @Column(name = "ends_at")
    private OffsetDateTime endsAt;
    /** Rule 34: a court lot's period counts calendar days, {@code wd} being then their number. */
    @Column(name = "period_calendar_days")
    private Boolean calendarDays;

    protected DisclosurePeriod() {
    }

    private DisclosurePeriod(int wd, LocalDate start, OffsetDateTime endsAt) {
        this.wd = wd;
        this.start = start;
        this.endsAt = endsAt;
    }

    /** Rules 2–5, 8, 9: {@code wd} working days from the first working day after {@code now}. */
    static DisclosurePeriod of(OffsetDateTime now, int wd, WorkingDayCalendar calendar, ListingSettings settings) {
        LocalDate first = DisclosureRules.firstDay(now, calendar, settings);
        return new DisclosurePeriod(wd, first, DisclosureRules.endsAt(first, wd, calendar, settings));
    }

    /** Rule 34: {@code days} calendar days from the day after {@code now} ({@link DisclosureRules#calendarDaysEndAt}). */
    static DisclosurePeriod ofCalendarDays(OffsetDateTime now, int days, WorkingDayCalendar calendar, ListingSettings settings) {
        DisclosurePeriod p = new DisclosurePeriod(days, DisclosureRules.calendarDaysFirstDay(now, settings),
                DisclosureRules.calendarDaysEndAt(now, days, calendar, settings));
        p.calendarDays = true;
        return p;
    }

    /** Rule 10: an amendment moves the end by [N] working days after the current end. */
    DisclosurePeriod amended(WorkingDayCalendar calendar, ListingSettings settings) {
        LocalDate dayAfterEnd = ExchangeTime.day(endsAt).plusDays(1);
        OffsetDateTime end = DisclosureRules.endsAt(calendar.nextWorkingDay(dayAfterEnd), settings.amendmentExtensionWd(), calendar, settings);
        if (calendarDays()) {
            // a court lot's period stays counted in calendar days, from its first day to its new last day
            DisclosurePeriod p = new DisclosurePeriod((int) java.time.temporal.ChronoUnit.DAYS.between(start, ExchangeTime.day(end)) + 1,
                    start, end);
            p.calendarDays = true;
            return p;
        }
        return new DisclosurePeriod(wd + settings.amendmentExtensionWd(), start, end);
    }

    /** Rule 11: after a resumption the period counts the working days that ran before the suspension too. */
    DisclosurePeriod counting(int totalWd) {
        return new DisclosurePeriod(totalWd, start, endsAt);
    }

    /** Whether {@link #wd()} counts calendar days (a court lot, rule 34) rather than working days. */
    public boolean calendarDays() {
        return Boolean.TRUE.equals(calendarDays);
    }

    public Integer wd() {
        return wd;
    }

    public LocalDate start() {
        return start;
    }

    public OffsetDateTime endsAt() {
        return endsAt;
    }
}
