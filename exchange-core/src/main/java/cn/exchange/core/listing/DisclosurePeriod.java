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

    /** Rule 10: an amendment moves the end by [N] working days after the current end. */
    DisclosurePeriod amended(WorkingDayCalendar calendar, ListingSettings settings) {
        LocalDate dayAfterEnd = ExchangeTime.day(endsAt).plusDays(1);
        return new DisclosurePeriod(wd + settings.amendmentExtensionWd(), start,
                DisclosureRules.endsAt(calendar.nextWorkingDay(dayAfterEnd), settings.amendmentExtensionWd(), calendar, settings));
    }

    /** Rule 11: after a resumption the period counts the working days that ran before the suspension too. */
    DisclosurePeriod counting(int totalWd) {
        return new DisclosurePeriod(totalWd, start, endsAt);
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
