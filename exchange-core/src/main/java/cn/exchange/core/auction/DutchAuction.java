package cn.exchange.core.auction;

import cn.exchange.core.auction.AuctionEvent.Reason;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * 荷式 (descending, docs/rules.md §2.1): the price falls by a step every interval down to the floor; the first bidder to
 * accept the current price wins at it. If nobody accepts during one interval at the floor, the lot fails.
 */
final class DutchAuction extends BaseAuction {

    private Instant origin;
    private BigDecimal price;

    DutchAuction(AuctionTerms terms) {
        super(terms);
        this.origin = terms.start();
        this.price = terms.startPrice().setScale(2);
    }

    @Override
    void advance(Instant now, List<AuctionEvent> events) {
        long steps = Duration.between(origin, now).toMillis() / terms.dutchInterval().toMillis();
        BigDecimal target = terms.startPrice().subtract(terms.dutchStep().multiply(BigDecimal.valueOf(steps))).max(terms.dutchFloor())
                .setScale(2);
        if (target.compareTo(price) < 0) {
            price = target;
            events.add(new AuctionEvent.PriceLowered(price, origin.plus(terms.dutchInterval().multipliedBy(steps))));
        }
        Instant failsAt = modeClosesAt();
        if (!now.isBefore(failsAt)) {
            close(null, null, failsAt, events);
        }
    }

    @Override
    void bid(AuctionCommand.PlaceBid b, List<AuctionEvent> events) {
        if (b.amount().compareTo(price) != 0) {
            events.add(new AuctionEvent.BidRejected(b.bidderCode(), b.amount(), Reason.NOT_CURRENT_PRICE, b.at()));
            return;
        }
        sequence++;
        events.add(new AuctionEvent.BidAccepted(sequence, b.bidderCode(), price, b.at(), null));
        close(b.bidderCode(), price, b.at(), events);
    }

    /** The next step of the price (or the failure after the last interval at the floor). */
    @Override
    Instant nextDeadline() {
        long interval = terms.dutchInterval().toMillis();
        long steps = Math.max(0, Duration.between(origin, last).toMillis()) / interval;
        Instant next = origin.plusMillis(interval * (steps + 1));
        Instant failsAt = modeClosesAt();
        return next.isAfter(failsAt) ? failsAt : next;
    }

    @Override
    void shift(Duration paused) {
        origin = origin.plus(paused);
    }

    @Override
    public BigDecimal price() {
        return price;
    }

    @Override
    Optional<String> modeLeader() {
        return outcome instanceof AuctionEvent.LotAwarded a ? Optional.of(a.bidderCode()) : Optional.empty();
    }

    /** The end of one interval at the floor. */
    @Override
    Instant modeClosesAt() {
        if (phase == Phase.CLOSED) {
            return null;
        }
        long stepsToFloor = terms.startPrice().subtract(terms.dutchFloor())
                .divide(terms.dutchStep(), 0, java.math.RoundingMode.CEILING).longValueExact();
        return origin.plus(terms.dutchInterval().multipliedBy(stepsToFloor + 1));
    }
}
