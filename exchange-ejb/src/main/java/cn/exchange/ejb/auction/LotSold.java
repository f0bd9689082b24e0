package cn.exchange.ejb.auction;

/**
 * A lot's session closed with a winner and its result is recorded (a CDI event). The auction announces it; settlement
 * observes it and opens the winner's deal at once ({@code settlement/DealOpener}) — so that the auction does not depend
 * on settlement, and a failure to open the deal now leaves it to the settlement scheduler's catch-up.
 */
public record LotSold(long lotId) {
}
