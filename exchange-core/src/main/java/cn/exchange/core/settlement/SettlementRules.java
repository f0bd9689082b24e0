package cn.exchange.core.settlement;

import cn.exchange.core.calendar.ExchangeTime;
import cn.exchange.core.calendar.WorkingDayCalendar;
import cn.exchange.core.listing.DisclosureRules;
import cn.exchange.core.listing.ListingSettings;
import cn.exchange.core.listing.Lot;
import cn.exchange.core.listing.NoticeText;
import cn.exchange.core.supervision.Appreciation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;

/**
 * The deadlines after the buyer is determined, decided here and nowhere else. "Within N working days after day D"
 * counts from the first working day after D, and ends at {@link #CUT_OFF} Beijing time on the N-th working day (when
 * the bank's same-day transfers close).
 * <ul>
 *   <li>rule 26: the contract signed within {@link #SIGNING_WD} [5] working days of the buyer being determined
 *       (configurable: {@code exchange.settlement.signingWd}, 3 under the 2009 rules) — a missed one opens a
 *       forfeiture case for staff;</li>
 *   <li>rule 27/28: the (first) payment within {@link #PAYMENT_WD} 5 working days of the contract taking effect;</li>
 *   <li>docs/rules.md §1.4: losing bidders' deposits refunded within [3] working days of the result
 *       ({@code exchange.settlement.refundWd});</li>
 *   <li>rule 30: the result notice published for at least {@link #RESULT_NOTICE_WD} 5 working days, counted as an
 *       announcement's period ({@link DisclosureRules}: after the end of the day counts from the next working day);</li>
 *   <li>rule 31: the certificate issued within {@link #CERTIFICATE_WD} 3 working days once its conditions are met (a
 *       target the staff's queue shows, not a gate).</li>
 * </ul>
 */
public final class SettlementRules {

    public static final int SIGNING_WD = 5;
    public static final int PAYMENT_WD = 5;
    public static final int REFUND_WD = 3;
    public static final int RESULT_NOTICE_WD = 5;
    public static final int CERTIFICATE_WD = 3;
    public static final LocalTime CUT_OFF = LocalTime.of(17, 0);

    private SettlementRules() {
    }

    /** The end of the N-th working day after {@code after}'s day. */
    public static OffsetDateTime workingDaysAfter(OffsetDateTime after, int workingDays, WorkingDayCalendar calendar) {
        LocalDate day = workingDaysAfter(ExchangeTime.day(after), workingDays, calendar);
        return day.atTime(CUT_OFF).atZone(ExchangeTime.ZONE).toOffsetDateTime();
    }

    static LocalDate workingDaysAfter(LocalDate after, int workingDays, WorkingDayCalendar calendar) {
        return calendar.addWorkingDays(calendar.nextWorkingDay(after.plusDays(1)), workingDays);
    }

    /** Rule 27: the (first) payment's due date. */
    public static LocalDate paymentDue(LocalDate effectiveOn, WorkingDayCalendar calendar) {
        return workingDaysAfter(effectiveOn, PAYMENT_WD, calendar);
    }

    /**
     * Rule 28: the latest day the first payment (the down payment) can fall due while the contract is being signed — the
     * payment working days after the signing deadline's day, the latest the contract can take effect.
     */
    public static LocalDate latestFirstPaymentDue(OffsetDateTime signDeadline, WorkingDayCalendar calendar) {
        return paymentDue(ExchangeTime.day(signDeadline), calendar);
    }

    /**
     * Rule 30: the end of the result notice's {@link #RESULT_NOTICE_WD} working days, counted as an announcement's
     * period is ({@link DisclosureRules#firstDay}, {@link DisclosureRules#endsAt}): a publication at or after the
     * end-of-day time, or on a day off, counts from the next working day; the period ends at the end-of-day time of
     * its last day. Published Monday 20:00 → Tuesday is day 1 → ends the next Monday 17:00.
     */
    public static OffsetDateTime resultNoticeEnds(OffsetDateTime publishedAt, WorkingDayCalendar calendar,
                                                  ListingSettings settings) {
        LocalDate first = DisclosureRules.firstDay(publishedAt, calendar, settings);
        return DisclosureRules.endsAt(first, RESULT_NOTICE_WD, calendar, settings);
    }

    /**
     * Rule 30: the result notice's text, from its template — the asset, valuation, listing and deal price (figures and
     * 大写), the appreciation and its rate, the method, and the buyer's public name (an organisation named, a person masked).
     */
    public static NoticeText resultNotice(Lot lot, Deal deal, String buyerPublicName) {
        BigDecimal up = Appreciation.amount(deal.getPrice(), lot.getAppraisedValue());
        BigDecimal ratePct = Appreciation.ratePct(up, lot.getAppraisedValue());
        String rate = ratePct == null ? "—" : ratePct.toPlainString() + "%";
        return NoticeText.of("DEAL_RESULT", lot.getTitle(), lot.getAppraisedValue(), lot.getListingPrice(), deal.getPrice(),
                new NoticeText.Figures(up), rate, new NoticeText.Term("notice.dealMethod."
                        + (deal.getMethod() == FeeTable.Method.BIDDING ? "BIDDING" : "NEGOTIATED")), buyerPublicName, RESULT_NOTICE_WD);
    }
}
