package cn.exchange.ejb.auction;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One row of the bid log as the auction record (竞价记录) prints it: every command in order, a bid by its bidder code,
 * with the server's receipt time in milliseconds and what the engine answered (rule 21).
 */
public record BidRecord(long seq, String kind, String bidderCode, BigDecimal amount, Instant at, String result, Integer acceptedNo) {
}
