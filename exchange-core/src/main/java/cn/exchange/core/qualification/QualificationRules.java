package cn.exchange.core.qualification;

import cn.exchange.core.calendar.ExchangeTime;
import cn.exchange.core.calendar.WorkingDayCalendar;
import cn.exchange.core.shared.DomainException;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.time.OffsetDateTime;

/**
 * Deadlines and paths of qualification (domain.md §1.3–1.5, rules 14, 17–19).
 * <ul>
 *   <li>rule 14: the transferor replies to the exchange's opinion within [5] working days, counted from the working
 *       day after the opinion; silence by the end of that day counts as agreement;</li>
 *   <li>rules 17–19: no qualified bidder → extend, relist or end; one → negotiated transfer at no less than the
 *       listing price; two or more → the announced competitive method.</li>
 * </ul>
 */
public final class QualificationRules {

    public static final int TRANSFEROR_REPLY_WD = 5;

    /** The path a lot takes once qualification is concluded. */
    public enum Path {
        NO_BIDDER, NEGOTIATED, COMPETITIVE
    }

    private QualificationRules() {
    }

    /** Rule 14: when the transferor's silence becomes agreement. */
    public static OffsetDateTime transferorReplyDeadline(OffsetDateTime opinionAt, int workingDays, WorkingDayCalendar calendar,
                                                         LocalTime endOfDay) {
        var day = opinionAt.atZoneSameInstant(ExchangeTime.ZONE).toLocalDate().plusDays(1);
        var last = calendar.addWorkingDays(calendar.nextWorkingDay(day), workingDays);
        return last.atTime(endOfDay).atZone(ExchangeTime.ZONE).toOffsetDateTime();
    }

    public static Path path(int qualifiedBidders) {
        if (qualifiedBidders < 0) {
            throw new IllegalArgumentException("negative count");
        }
        return qualifiedBidders == 0 ? Path.NO_BIDDER : qualifiedBidders == 1 ? Path.NEGOTIATED : Path.COMPETITIVE;
    }

    /** Rule 18: a negotiated transfer happens at no less than the listing price. */
    public static BigDecimal negotiatedPrice(BigDecimal agreed, BigDecimal listingPrice) {
        if (agreed == null || agreed.compareTo(listingPrice) < 0) {
            throw new DomainException("price", "qualification.negotiatedBelowListing", listingPrice.toPlainString());
        }
        return agreed.setScale(2);
    }
}
