package cn.exchange.core.listing;

import cn.exchange.core.calendar.WorkingDayCalendar;
import cn.exchange.core.shared.DomainException;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * Rule 34: the steps of a court-entrusted lot ({@link Lot#court()}) that differ from rules 6–8 — the court's notice in
 * calendar days, the one re-auction after a failed auction and the sell-off (变卖) after that. The numbers are
 * {@link CourtRules}' and {@link DisclosureRules}'; the lot's own verbs ({@link Lot#publish}, {@link Lot#reauction},
 * {@link Lot#sellOff}) come here.
 */
final class CourtSale {

    private CourtSale() {
    }

    /** Rule 34: the court's notice (SPC 2016 Art. 12), in calendar days by the lot's kind. */
    static Notice publish(Lot lot, OffsetDateTime now, WorkingDayCalendar calendar, ListingSettings settings) {
        int days = DisclosureRules.courtNoticeDays(lot.getCourtAssetKind(), false);
        lot.firstPublish(DisclosurePeriod.ofCalendarDays(now, days, calendar, settings));
        return Notice.of(lot, NoticeKind.ANNOUNCEMENT, now, NoticeText.of("ANNOUNCEMENT.court", lot.getDisclosureStart(), days,
                lot.getEndsAt(), lot.getListingPrice()));
    }

    /**
     * Rule 34 (SPC 2016 Art. 26): a court lot whose auction failed is auctioned once more, announced within 30 days of
     * the failure for 7 (movables) or 15 (real estate, rights) calendar days, at a start price cut by at most 20 %; the
     * deposit stays within 5–20 % of the new start (Art. 17), a new one may be given ({@code newDeposit}, null: kept).
     */
    static Notice reauction(Lot lot, BigDecimal newStart, BigDecimal newDeposit, OffsetDateTime now, WorkingDayCalendar calendar,
                            ListingSettings settings) {
        requireCourt(lot);
        lot.require(ListingStatus.AUCTION_FAILED);
        CourtRules.requireReauction(lot.getRound(), lot.getOutcome().auctionClosedAt(), now);
        BigDecimal before = lot.getListingPrice();
        BigDecimal price = CourtRules.reauctionPrice(newStart, before);
        BigDecimal deposit = lot.sale().courtDeposit(price, newDeposit);
        lot.valuation().requireUsable(now);
        int days = DisclosureRules.courtNoticeDays(lot.getCourtAssetKind(), true);
        lot.sale().reauctionAt(price, deposit);
        lot.decide(null);                   // the next qualification decides afresh
        lot.nextRound(DisclosurePeriod.ofCalendarDays(now, days, calendar, settings), lot.getPriceApprovalId());
        return Notice.of(lot, NoticeKind.REAUCTION, now, NoticeText.of("REAUCTION", lot.getRound(), before, price,
                lot.getDisclosureStart(), days, lot.getEndsAt()));
    }

    /**
     * Rule 34 (SPC 2016 Art. 26): after the re-auction failed too, the court may have the lot sold by 变卖 on the same
     * platform: at the last start price, for the [60] calendar days of platform practice (docs/rules.md §3). The lot then
     * stands in {@link ListingStatus#SELL_OFF} until staff record the sale or end it.
     */
    static Notice sellOff(Lot lot, OffsetDateTime now, WorkingDayCalendar calendar, ListingSettings settings) {
        requireCourt(lot);
        lot.require(ListingStatus.AUCTION_FAILED);
        CourtRules.requireSellOff(lot.getRound());
        lot.reopen(DisclosurePeriod.ofCalendarDays(now, DisclosureRules.COURT_SELL_OFF_DAYS, calendar, settings), ListingStatus.SELL_OFF);
        return Notice.of(lot, NoticeKind.SELL_OFF, now, NoticeText.of("SELL_OFF", lot.getDisclosureStart(),
                DisclosureRules.COURT_SELL_OFF_DAYS, lot.getEndsAt(), lot.getListingPrice()));
    }

    private static void requireCourt(Lot lot) {
        if (!lot.court()) {
            throw new DomainException(null, "lot.notCourt");
        }
    }
}
