package cn.exchange.ejb.settlement;

import cn.exchange.ejb.auction.LotSold;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Opens the winner's deal as soon as the auction announces a sold lot ({@link LotSold}); the deal is its own transaction. */
@ApplicationScoped
public class DealOpener {

    @EJB
    DealService deals;

    void onSold(@Observes LotSold sold) {
        deals.openDeal(sold.lotId());
    }
}
