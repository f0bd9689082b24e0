package cn.exchange.ejb.auction;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The answer to one bid, given only after the bid's record is committed (rule 21).
 *
 * @param accepted   whether the bid became the highest (a sealed quote: whether it was taken)
 * @param reason     the refusal reason ({@link cn.exchange.core.auction.AuctionEvent.Reason}), null when accepted
 * @param at         the server's receipt time, in milliseconds
 * @param closesAt   when the lot closes unless another valid bid comes (limited period), else null
 * @param repeated   true when this is the stored answer to a retried request id: nothing new was recorded
 */
public record BidOutcome(long lotId, long seq, String bidderCode, BigDecimal amount, boolean accepted, String reason, Instant at,
                         Integer acceptedNo, Instant closesAt, boolean repeated) {
}
