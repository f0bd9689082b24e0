package cn.exchange.core.qualification;

import cn.exchange.core.calendar.ExchangeTime;
import cn.exchange.core.calendar.WorkingDayCalendar;
import cn.exchange.core.shared.DomainException;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.time.OffsetDateTime;

/**
 * Deadlines and paths of qualification (docs/rules.md §1.3–1.5, rules 14, 17–19).
 * <ul>
 *   <li>rule 14: the transferor replies to the exchange's opinion within [5] working days, counted from the working
 *       day after the opinion; silence by the end of that day counts as agreement;</li>
 *   <li>rules 17–19: no qualified bidder → extend, relist or end; one → negotiated transfer at no less than the
 *       listing price; two or more → the announced competitive method;</li>
 *   <li>rule 34: on a court-entrusted lot one qualified bidder is enough for the auction (SPC 2016 Art. 11).</li>
 * </ul>
 */
public final class QualificationRules {

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
        return path(qualifiedBidders, false);
    }

    /**
     * Rules 17–19; rule 34 for a court-entrusted lot ({@code court}): the SPC rules set no minimum number of bidders
     * (SPC 2016 Art. 11) — a single qualified bidder goes to the auction and wins there with a bid at the start price;
     * there is no negotiated transfer.
     */
    public static Path path(int qualifiedBidders, boolean court) {
        if (qualifiedBidders < 0) {
            throw new IllegalArgumentException("negative count");
        }
        if (qualifiedBidders == 0) {
            return Path.NO_BIDDER;
        }
        return qualifiedBidders == 1 && !court ? Path.NEGOTIATED : Path.COMPETITIVE;
    }

    /** Rule 18: a negotiated transfer happens at no less than the listing price. */
    public static BigDecimal negotiatedPrice(BigDecimal agreed, BigDecimal listingPrice) {
        if (agreed == null || agreed.compareTo(listingPrice) < 0) {
            throw new DomainException("price", "qualification.negotiatedBelowListing", listingPrice.toPlainString());
        }
        return agreed.setScale(2);
    }
}
