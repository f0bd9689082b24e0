package cn.exchange.core.qualification;

import cn.exchange.core.calendar.ExchangeTime;
import cn.exchange.core.calendar.WorkingDayCalendar;
import cn.exchange.core.shared.DomainException;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.time.OffsetDateTime;

/**
 * Deadlines of qualification (docs/rules.md §1.3, rule 14): the transferor replies to the exchange's opinion within
 * [5] working days, counted from the working day after the opinion; silence by the end of that day counts as
 * agreement. The path the qualified bidders' number decides (rules 17–19, 34) is the lot's: {@link
 * cn.exchange.core.listing.SalePath}.
 */
public final class QualificationRules {

    private QualificationRules() {
    }

    /** Rule 14: when the transferor's silence becomes agreement. */
    public static OffsetDateTime transferorReplyDeadline(OffsetDateTime opinionAt, int workingDays, WorkingDayCalendar calendar,
                                                         LocalTime endOfDay) {
        var day = opinionAt.atZoneSameInstant(ExchangeTime.ZONE).toLocalDate().plusDays(1);
        var last = calendar.addWorkingDays(calendar.nextWorkingDay(day), workingDays);
        return last.atTime(endOfDay).atZone(ExchangeTime.ZONE).toOffsetDateTime();
    }
}
