package cn.exchange.ejb.auction;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * What everyone in the hall may see of a lot's session, as committed: bidder codes only, never identities (rule 23);
 * the reserve never; a sealed lot's quotes only after the close (rule 24).
 *
 * @param lastSeq the bid log's last sequence number: a client that reconnects asks for the state and compares
 * @param session the session's number (1 the first; rule 25: a re-run after an annulment counts on)
 * @param awaitingRerun the session before this one was annulled and the re-run is not yet scheduled
 * @param annulledReason why the session before this one was annulled (published), null when it was not
 * @param priorityMode how the lot's priority right holders exercise the right (rule 24): IN_AUCTION or AFTER_AUCTION
 *                     (事后行权: phase MATCHING after the bidding, until {@code closesAt})
 */
public record AuctionState(long lotId, String mode, String phase, BigDecimal startPrice, BigDecimal increment, BigDecimal price,
                           String leader, Instant startsAt, Instant freeEndsAt, Instant closesAt, int limitedSeconds,
                           int acceptedBids, long lastSeq, String outcome, String winner, BigDecimal finalPrice,
                           String failureReason, Instant closedAt, List<Bid> recent, int session, boolean awaitingRerun,
                           String annulledReason, String priorityMode) {

    /** An accepted bid as the hall shows it. */
    public record Bid(int no, String bidderCode, BigDecimal amount, Instant at) {
    }

    public boolean closed() {
        return "CLOSED".equals(phase);
    }
}
