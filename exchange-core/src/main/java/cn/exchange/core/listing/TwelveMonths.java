package cn.exchange.core.listing;

import cn.exchange.core.calendar.ExchangeTime;
import cn.exchange.core.shared.Amounts;
import cn.exchange.core.shared.DomainException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * Rule 12: a lot without a buyer twelve months after its first formal disclosure can no longer be extended or relisted;
 * it is locked ({@link ListingStatus#WITHOUT_BUYER} are the states the lock job looks at) and comes back only with a new
 * audit and valuation ({@link Valuation#revised}), as a first listing again. The lot's verbs ({@link Lot#staleAt},
 * {@link Lot#lockableAt}, {@link Lot#lock}, {@link Lot#revalue}) come here.
 */
final class TwelveMonths {

    private TwelveMonths() {
    }

    /** Twelve months have passed since the first formal disclosure, and the lot is not locked yet. */
    static boolean stale(Lot lot, OffsetDateTime now) {
        return lot.getFirstPublishedOn() != null && lot.getStatus() != ListingStatus.LOCKED
                && lot.getFirstPublishedOn().plusMonths(12).isBefore(ExchangeTime.day(now));
    }

    /** Whether the lot is to be locked now — stale, and in a state {@link ListingStatus#WITHOUT_BUYER}. */
    static boolean lockable(Lot lot, OffsetDateTime now) {
        return ListingStatus.WITHOUT_BUYER.contains(lot.getStatus()) && stale(lot, now);
    }

    /** Extension and relisting are refused once the twelve months have passed. */
    static void requireWithin(Lot lot, OffsetDateTime now) {
        if (stale(lot, now)) {
            throw new DomainException(null, "listing.stale");
        }
    }

    static Notice lock(Lot lot, OffsetDateTime now) {
        if (!stale(lot, now)) {
            throw new DomainException(null, "listing.notStale");
        }
        lot.require(ListingStatus.WITHOUT_BUYER.toArray(ListingStatus[]::new));
        lot.moveTo(ListingStatus.LOCKED);
        return Notice.of(lot, NoticeKind.LOCKED, now, NoticeText.of("LOCKED", lot.getFirstPublishedOn()));
    }

    /**
     * A locked lot returns with a new audit and valuation, and counts its 12 months afresh: a first listing again
     * (round 1), so rule 6 asks its price to reach the new valuation.
     */
    static void revalue(Lot lot, String appraiser, LocalDate baseDate, BigDecimal value, BigDecimal newListingPrice,
                        OffsetDateTime now) {
        lot.require(ListingStatus.LOCKED);
        Valuation revised = lot.valuation().revised(appraiser, baseDate, value, ExchangeTime.day(now));
        BigDecimal price = Amounts.cny("listingPrice", newListingPrice, true);
        revised.requireFirstListingPrice(price, lot.court());
        lot.sale().reprice(price);
        lot.restart(revised);
    }
}
