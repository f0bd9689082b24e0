package cn.exchange.core.listing;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * Rules 17–20, 22 and 25: the lot's path to sale once its announcement ended — what the number of qualified bidders
 * decides, the competitive session set, annulled for a fault and its result recorded, or the one bidder's negotiated
 * transfer. The lot's verbs ({@link Lot#concludeQualification}, {@link Lot#scheduleAuction}, {@link Lot#annulSession},
 * {@link Lot#recordAuctionResult}, {@link Lot#recordNegotiatedDeal}) come here; what is decided is the lot's
 * {@link SaleOutcome}.
 */
final class PathToSale {

    private PathToSale() {
    }

    /**
     * Rules 17–19: qualification concluded with {@code qualified} bidders. None: the lot stays ended, for extension,
     * relisting or termination; one: negotiated transfer; two or more: the announced method, to be scheduled.
     */
    static Notice concludeQualification(Lot lot, int qualified, OffsetDateTime now) {
        lot.require(ListingStatus.DISCLOSURE_ENDED);
        var path = SalePath.of(qualified, lot.court());
        lot.decide(SaleOutcome.decided(path));
        lot.moveTo(path == SalePath.NEGOTIATED ? ListingStatus.NEGOTIATION
                : path == SalePath.COMPETITIVE ? ListingStatus.AUCTION_SCHEDULED : lot.getStatus());
        // neither how many qualified nor the path they decide is published before the result
        return Notice.of(lot, NoticeKind.QUALIFICATION_CONCLUDED, now, NoticeText.of("QUALIFICATION_CONCLUDED", now));
    }

    /** Rule 17: the competitive session of a lot with two or more qualified bidders, set by staff, in the future. */
    static Notice scheduleAuction(Lot lot, OffsetDateTime startsAt, OffsetDateTime now) {
        lot.require(ListingStatus.AUCTION_SCHEDULED);
        lot.getOutcome().schedule(startsAt, now);
        return Notice.of(lot, NoticeKind.AUCTION_SCHEDULED, now, NoticeText.of("AUCTION_SCHEDULED", startsAt,
                NoticeText.method(lot.getBiddingMethod())));
    }

    /**
     * Rule 25: staff annul the running session for a recorded technical fault (the reason is published). The lot awaits
     * its re-run, which staff schedule for the same qualified bidders ({@link #scheduleAuction}); until then it may also
     * be ended ({@link Lot#terminate}). Whether the session may still be annulled is its own rule
     * ({@code AuctionTerms.requireAnnullable}).
     *
     * @param session the number of the annulled session (1 the first)
     */
    static Notice annulSession(Lot lot, int session, String reason, OffsetDateTime now) {
        lot.require(ListingStatus.AUCTION_SCHEDULED);
        String why = NoticeText.published("reason", reason);
        if (lot.getOutcome() != null) {
            lot.getOutcome().unschedule();
        }
        return Notice.of(lot, NoticeKind.SESSION_ANNULLED, now, NoticeText.of("SESSION_ANNULLED", session, now, why));
    }

    /**
     * Rules 20, 22: the session's result, as its engine closed it — awarded to a bidder code at a price, or failed (no
     * valid bid, or below the reserve). Recorded once: a second call finds the lot no longer scheduled.
     */
    static Notice recordAuctionResult(Lot lot, String winnerCode, BigDecimal price, String failureReason, OffsetDateTime closedAt,
                                      OffsetDateTime now) {
        lot.require(ListingStatus.AUCTION_SCHEDULED);
        lot.moveTo(winnerCode != null ? ListingStatus.AUCTION_SOLD : ListingStatus.AUCTION_FAILED);
        lot.getOutcome().auctioned(winnerCode, price, failureReason, closedAt);
        var method = NoticeText.method(lot.getBiddingMethod());
        return Notice.of(lot, NoticeKind.AUCTION_RESULT, now, winnerCode != null
                ? NoticeText.of("AUCTION_RESULT.awarded", closedAt, method, winnerCode, price)
                : NoticeText.of("AUCTION_RESULT.failed", closedAt, method, NoticeText.failure(failureReason)));
    }

    /** Rule 18: the one qualified bidder's negotiated transfer, at no less than the listing price. */
    static Notice recordNegotiatedDeal(Lot lot, BigDecimal price, OffsetDateTime now) {
        lot.require(ListingStatus.NEGOTIATION);
        lot.getOutcome().negotiated(price, lot.getListingPrice());
        lot.moveTo(ListingStatus.NEGOTIATED_DEAL);
        return Notice.of(lot, NoticeKind.NEGOTIATED_DEAL, now, NoticeText.of("NEGOTIATED_DEAL", now, lot.getListingPrice(),
                lot.getOutcome().negotiatedPrice()));
    }
}
