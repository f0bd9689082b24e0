package cn.exchange.core.listing;

import cn.exchange.core.calendar.ExchangeTime;
import cn.exchange.core.calendar.WorkingDayCalendar;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;

/**
 * A suspension (中止) of a running announcement and the arithmetic of rule 11: it lasts at most [1 month]; on
 * resumption the cumulative period is at least 20 working days and at least 10 remain to run.
 */
@Embeddable
public class Suspension {

    static final int MIN_CUMULATIVE_WD = 20;
    static final int MIN_REMAINING_WD = 10;

    @Column(name = "suspended_at")
    private OffsetDateTime since;

    /** Working days already run when the listing was suspended. */
    @Column(name = "elapsed_wd_at_suspension")
    private Integer elapsedWd;

    /** Working days that were still to run. */
    @Column(name = "remaining_wd_at_suspension")
    private Integer remainingWd;

    protected Suspension() {
    }

    static Suspension begin(OffsetDateTime now, LocalDate disclosureStart, OffsetDateTime endsAt, WorkingDayCalendar calendar) {
        Suspension s = new Suspension();
        LocalDate today = ExchangeTime.day(now);
        s.since = now;
        s.elapsedWd = today.isBefore(disclosureStart) ? 0 : calendar.workingDaysBetween(disclosureStart, today.minusDays(1));
        s.remainingWd = Math.max(0, calendar.workingDaysBetween(today, ExchangeTime.day(endsAt)));
        return s;
    }

    /** The working days the announcement runs after resumption. */
    int remainingOnResume() {
        return Math.max(remainingWd, Math.max(MIN_REMAINING_WD, MIN_CUMULATIVE_WD - elapsedWd));
    }

    int elapsedWd() {
        return elapsedWd;
    }

    boolean overdue(OffsetDateTime now, Period max) {
        return since.plus(max).isBefore(now);
    }

    OffsetDateTime since() {
        return since;
    }
}
