package cn.exchange.core.listing;

import cn.exchange.core.calendar.WorkingDayCalendar;
import cn.exchange.core.shared.DomainException;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * Rules 7 and 8: a lot offered again at a new price — after a round without buyer ({@link Lot#relist}), or as a new lot
 * after its buyer defaulted and the deal was forfeited ({@link #afterDefault}, docs/rules.md §1.4). Below 90 % of the
 * valuation only with the approving body's document ({@link PriceApproval}); the period is [20] WD, or [5] WD when only
 * the price changed (2025 rules). Court lots are re-auctioned under rule 34 instead ({@link CourtSale}).
 */
public final class Relisting {

    private Relisting() {
    }

    /** Rules 7, 8: the lot's next round, after it ended, was terminated or its auction failed. */
    static Notice relist(Lot lot, BigDecimal newPrice, boolean onlyPriceChanged, PriceApproval approval, OffsetDateTime now,
                         WorkingDayCalendar calendar, ListingSettings settings) {
        lot.require(ListingStatus.DISCLOSURE_ENDED, ListingStatus.TERMINATED, ListingStatus.AUCTION_FAILED);
        if (lot.court()) {
            // rule 34: a court lot is re-auctioned under SPC 2016 Art. 26, never relisted under rules 7 and 8
            throw new DomainException(null, "lot.courtReauctionInstead");
        }
        BigDecimal price = priced(lot, newPrice, approval);
        TwelveMonths.requireWithin(lot, now);
        lot.valuation().requireUsable(now);
        use(approval, lot, price);
        BigDecimal before = lot.getListingPrice();
        lot.sale().reprice(price);
        lot.nextRound(period(now, onlyPriceChanged, calendar, settings), approval == null ? null : approval.getId());
        return notice(lot, before, now);
    }

    /**
     * Docs/rules.md §1.4, rules 7, 8, 33: the buyer of {@code sold} defaulted and its deal {@code forfeitedDealId} was
     * forfeited, so the lot is offered again — as the project's next lot, since the sold lot keeps its applications,
     * session and deal for the record. Its terms are the sold lot's, at {@code newPrice} (below 90 % of the valuation only
     * with the approving body's document, attached to the sold lot); it is published at once, in the sold lot's round + 1.
     */
    public static Relisted afterDefault(Lot sold, long forfeitedDealId, BigDecimal newPrice, boolean onlyPriceChanged,
                                        PriceApproval approval, OffsetDateTime now, WorkingDayCalendar calendar,
                                        ListingSettings settings) {
        sold.require(ListingStatus.AUCTION_SOLD, ListingStatus.NEGOTIATED_DEAL);
        if (sold.court()) {
            throw new DomainException(null, "lot.courtRelistAfterDefault");
        }
        BigDecimal price = priced(sold, newPrice, approval);
        sold.valuation().requireUsable(now);
        use(approval, sold, price);
        Lot lot = sold.getProject().addLot(termsOf(sold));
        lot.relistOf(sold, forfeitedDealId, price, approval == null ? null : approval.getId(),
                period(now, onlyPriceChanged, calendar, settings));
        return new Relisted(lot, sold.getListingPrice(), now);
    }

    /** The sold lot's terms as the agency entered them (with its current listing price), for the lot that relists it. */
    private static LotTerms termsOf(Lot l) {
        return new LotTerms(l.getTitle(), l.getDescription(), l.getLocation(), l.getRegion(), l.getAppraiser(), l.getValuationBaseDate(),
                l.getAppraisedValue(), l.getListingPrice(), l.getDeposit(), l.getIncrement(), l.getReservePrice(),
                l.valuation().negativeNetAssets(), l.getBuyerConditions(), l.getConditionsFilingRef(), l.getBiddingMethod(),
                l.getPaymentTerms(), l.isExtensionAllowed(), l.isAnnualPrice(), l.getTermYears(), l.getDutchTerms(), l.getCourtAssetKind());
    }

    /** Rule 7: the new price against the lot's valuation, with or without an approval; a Dutch floor stays at or above it. */
    private static BigDecimal priced(Lot lot, BigDecimal newPrice, PriceApproval approval) {
        BigDecimal price = lot.valuation().relistingPrice(newPrice, approval != null);
        lot.sale().requireDutchFloor(price);
        return price;
    }

    /** Rule 7: the document is this relisting's — the lot's, not used by an earlier round, at or below its price. */
    private static void use(PriceApproval approval, Lot lot, BigDecimal price) {
        if (approval != null) {
            approval.useFor(lot.getId(), price, lot.getRound() + 1);
        }
    }

    /** Rule 8: a relisting's period. */
    private static DisclosurePeriod period(OffsetDateTime now, boolean onlyPriceChanged, WorkingDayCalendar calendar,
                                           ListingSettings settings) {
        return DisclosurePeriod.of(now, DisclosureRules.relistingWorkingDays(onlyPriceChanged, settings), calendar, settings);
    }

    private static Notice notice(Lot lot, BigDecimal before, OffsetDateTime at) {
        return Notice.of(lot, NoticeKind.RELISTING, at, NoticeText.of(lot.isAnnualPrice() ? "RELISTING.annual" : "RELISTING",
                lot.getRound(), before, lot.getListingPrice(), lot.getDisclosureStart(), lot.getPeriodWd(), lot.getEndsAt()));
    }

    /** A lot relisted after a forfeited deal; its announcement once the lot is stored (the notice names its id). */
    public record Relisted(Lot lot, BigDecimal before, OffsetDateTime at) {

        public Notice notice() {
            if (lot.getId() == null) {
                throw new IllegalStateException("the relisted lot is stored before its announcement");
            }
            return Relisting.notice(lot, before, at);
        }
    }
}
