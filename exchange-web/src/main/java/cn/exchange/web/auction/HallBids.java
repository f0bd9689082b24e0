package cn.exchange.web.auction;

import cn.exchange.core.auction.AuctionTerms;
import cn.exchange.core.shared.CnyFormat;
import cn.exchange.ejb.auction.AuctionState;

import java.math.BigDecimal;

/** The arithmetic of the hall's bid form ({@link HallBidBacking}): the quick bids, their labels, the large jump. */
final class HallBids {

    /** A free amount more than this many increments above the price asks "are you sure?" first. */
    static final int LARGE_JUMP = 10;

    private HallBids() {
    }

    /** Quick bid {@code n} over {@code base}; while no bid has been accepted, the first step is the start price (rule 20). */
    static BigDecimal quick(AuctionState state, BigDecimal base, int n) {
        return AuctionTerms.quickBid(state.startPrice(), state.increment(), base, state.acceptedBids() > 0, n);
    }

    /** A quick button's label: the price it bids ("¥101,000.00"), as the page's script writes it; "" for none. */
    static String label(BigDecimal amount) {
        return amount == null ? "" : "¥" + CnyFormat.figures(amount);
    }

    /** Whether bidding {@code amount} over {@code base} jumps more than {@link #LARGE_JUMP} increments. */
    static boolean isLargeJump(BigDecimal increment, BigDecimal base, BigDecimal amount) {
        return increment != null && increment.signum() > 0
                && amount.subtract(base).compareTo(increment.multiply(BigDecimal.valueOf(LARGE_JUMP))) > 0;
    }
}
