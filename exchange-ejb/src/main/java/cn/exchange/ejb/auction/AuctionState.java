package cn.exchange.ejb.auction;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * What everyone in the hall may see of a lot's session, as committed: bidder codes only, never identities (rule 23);
 * the reserve never; a sealed lot's quotes only after the close (rule 24).
 *
 * @param lastSeq the bid log's last sequence number: a client that reconnects asks for the state and compares
 */
public record AuctionState(long lotId, String mode, String phase, BigDecimal startPrice, BigDecimal increment, BigDecimal price,
                           String leader, Instant startsAt, Instant freeEndsAt, Instant closesAt, int limitedSeconds,
                           int acceptedBids, long lastSeq, String outcome, String winner, BigDecimal finalPrice,
                           String failureReason, Instant closedAt, List<Bid> recent) {

    /** An accepted bid as the hall shows it. */
    public record Bid(int no, String bidderCode, BigDecimal amount, Instant at) {
    }

    public boolean closed() {
        return "CLOSED".equals(phase);
    }
}
