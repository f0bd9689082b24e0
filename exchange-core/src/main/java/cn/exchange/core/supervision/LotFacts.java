package cn.exchange.core.supervision;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What the supervisors' reports and red flags know of one lot: read from the record (lot, applications, bid log, deal),
 * never entered by hand.
 *
 * @param valuation      the appraised value (评估值)
 * @param dealPrice      the deal price, or null when the lot did not sell
 * @param auctioned      the lot went to an auction session
 * @param failed         the auction closed without a winner
 * @param applications   applications received
 * @param qualified      qualified bidders
 * @param bids           bids placed (accepted or not) in the auction
 * @param listedOn       the first day of the announcement
 * @param dealOn         the day the buyer was determined, or null
 */
public record LotFacts(long lotId, String projectNumber, String title, String agency, String region, String category,
                       BigDecimal valuation, BigDecimal listingPrice, BigDecimal dealPrice, boolean auctioned, boolean failed, int applications,
                       int qualified, int bids, LocalDate listedOn, LocalDate dealOn) {

    public boolean sold() {
        return dealPrice != null;
    }
}
