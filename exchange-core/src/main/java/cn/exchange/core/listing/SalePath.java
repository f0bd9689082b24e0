package cn.exchange.core.listing;

import cn.exchange.core.shared.DomainException;

import java.math.BigDecimal;

/**
 * The path a lot takes once qualification is concluded (docs/rules.md §1.5, rules 17–19; rule 34 for court lots) —
 * the lot's path to sale, so listing decides it; qualification only counts the qualified bidders.
 * <ul>
 *   <li>rules 17–19: no qualified bidder → extend, relist or end; one → negotiated transfer at no less than the listing
 *       price; two or more → the announced competitive method;</li>
 *   <li>rule 34: on a court-entrusted lot one qualified bidder is enough for the auction (SPC 2016 Art. 11).</li>
 * </ul>
 */
public enum SalePath {
    NO_BIDDER, NEGOTIATED, COMPETITIVE;

    public static SalePath of(int qualifiedBidders) {
        return of(qualifiedBidders, false);
    }

    /**
     * Rules 17–19; rule 34 for a court-entrusted lot ({@code court}): the SPC rules set no minimum number of bidders
     * (SPC 2016 Art. 11) — a single qualified bidder goes to the auction and wins there with a bid at the start price;
     * there is no negotiated transfer.
     */
    public static SalePath of(int qualifiedBidders, boolean court) {
        if (qualifiedBidders < 0) {
            throw new IllegalArgumentException("negative count");
        }
        if (qualifiedBidders == 0) {
            return NO_BIDDER;
        }
        return qualifiedBidders == 1 && !court ? NEGOTIATED : COMPETITIVE;
    }

    /** Rule 18: a negotiated transfer happens at no less than the listing price. */
    public static BigDecimal negotiatedPrice(BigDecimal agreed, BigDecimal listingPrice) {
        if (agreed == null || agreed.compareTo(listingPrice) < 0) {
            throw new DomainException("price", "qualification.negotiatedBelowListing", listingPrice.toPlainString());
        }
        return agreed.setScale(2);
    }
}
