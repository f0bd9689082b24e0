package cn.exchange.ejb.listing;

import cn.exchange.core.listing.Category;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * A session bidding now or opening within a day, for the home page and the board: the lot, the
 * session's phase and current price, when it opens and when it closes as the session stands (the limited period's
 * countdown moves with every late bid). No bidder is shown.
 */
public record LiveRow(long lotId, String projectNumber, int lotNo, String title, Category category, String phase, BigDecimal price,
                      OffsetDateTime startsAt, OffsetDateTime closesAt) {

    public boolean running() {
        return !"NOT_STARTED".equals(phase);
    }
}
