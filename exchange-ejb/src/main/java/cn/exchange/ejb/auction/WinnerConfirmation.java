package cn.exchange.ejb.auction;

import cn.exchange.ejb.listing.LotView;

/** What the result confirmation (竞价结果确认书) states: the lot, the session's result and who the winning code is. */
public record WinnerConfirmation(LotView lot, AuctionState state, String winnerName, String winnerIdentifier) {
}
