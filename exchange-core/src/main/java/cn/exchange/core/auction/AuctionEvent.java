package cn.exchange.core.auction;

import java.math.BigDecimal;
import java.time.Instant;

/** What an auction engine answers. */
public sealed interface AuctionEvent {

    /** A bid became the highest; {@code closesAt} is when the lot closes if nothing else happens (null in the free period). */
    record BidAccepted(long sequence, String bidderCode, BigDecimal amount, Instant at, Instant closesAt) implements AuctionEvent {
    }

    record BidRejected(String bidderCode, BigDecimal amount, Reason reason, Instant at) implements AuctionEvent {
    }

    /** The limited period started or restarted: the lot closes at {@code closesAt} unless a valid bid comes first. */
    record CountdownReset(Instant closesAt) implements AuctionEvent {
    }

    /** The Dutch price fell. */
    record PriceLowered(BigDecimal price, Instant at) implements AuctionEvent {
    }

    /**
     * Rule 24, 事后行权: bidding ended with {@code outsider} at {@code price}; the priority right holders may match it
     * until {@code until}.
     */
    record MatchOpened(String outsider, BigDecimal price, Instant until, Instant at) implements AuctionEvent {
    }

    record LotAwarded(String bidderCode, BigDecimal price, Instant at) implements AuctionEvent {
    }

    record LotFailed(Reason reason, Instant at) implements AuctionEvent {
    }

    record Paused(String reason, Instant at) implements AuctionEvent {
    }

    record Resumed(Instant at, Instant closesAt) implements AuctionEvent {
    }

    /** Why a bid was refused, or why a lot failed. */
    enum Reason {
        NOT_STARTED, CLOSED, PAUSED, NOT_QUALIFIED, TOO_PRECISE, BELOW_START, NOT_A_WHOLE_INCREMENT, NOT_ABOVE_HIGHEST,
        ALREADY_LEADING, ALREADY_QUOTED, NOT_CURRENT_PRICE, NO_BIDS, BELOW_RESERVE,
        /** 事后行权: a holder does not bid; it matches the final price after the bidding. */
        HOLDER_MATCHES_AFTER,
        /** 事后行权: bidding has ended; only the holders may still match the final price. */
        MATCHING,
        NOT_MATCH_PRICE, ALREADY_MATCHED
    }
}
