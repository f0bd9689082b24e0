package cn.exchange.core.auction;

import java.math.BigDecimal;
import java.time.Instant;

/** What an auction engine is told. Every command carries the server time at which it was received. */
public sealed interface AuctionCommand {

    Instant at();

    /** A bid (or, in a Dutch auction, the acceptance of the current price) by a qualified bidder's code. */
    record PlaceBid(String bidderCode, BigDecimal amount, Instant at) implements AuctionCommand {
    }

    /** Time passes: periods end, the Dutch price falls, the lot closes. */
    record Tick(Instant at) implements AuctionCommand {
    }

    /** Staff pause the session (an outage); paused time does not count. */
    record Pause(String reason, Instant at) implements AuctionCommand {
    }

    record Resume(Instant at) implements AuctionCommand {
    }
}
