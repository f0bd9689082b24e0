package cn.exchange.core.auction;

import cn.exchange.core.auction.AuctionEvent.Reason;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * 多次报价 (docs/rules.md §2.1–2.2, rule 20): from the start price, each bid = highest + a positive whole multiple of the
 * increment (the first may equal the start price); a leader cannot outbid itself; after the free period a limited
 * period runs that every valid bid restarts from its own server time; the lot closes when a limited period passes
 * without a bid; below the reserve it fails; a bid at or above the cap closes it at the cap.
 */
final class AscendingAuction extends BaseAuction {

    private Instant freeEnd;
    private Instant closesAt;
    private BigDecimal highest;
    private String leader;

    AscendingAuction(AuctionTerms terms) {
        super(terms);
        this.freeEnd = terms.freeEnd();
    }

    @Override
    void advance(Instant now, List<AuctionEvent> events) {
        if (phase == Phase.FREE && !now.isBefore(freeEnd)) {
            phase = Phase.LIMITED;
            closesAt = freeEnd.plus(terms.limited());
            events.add(new AuctionEvent.CountdownReset(closesAt));
        }
        if (phase == Phase.LIMITED && !now.isBefore(closesAt)) {
            Instant at = closesAt;
            closesAt = null;
            close(leader, highest, at, events);
        }
    }

    @Override
    void bid(AuctionCommand.PlaceBid b, List<AuctionEvent> events) {
        BigDecimal amount = b.amount();
        if (b.bidderCode().equals(leader)) {
            events.add(new AuctionEvent.BidRejected(b.bidderCode(), amount, Reason.ALREADY_LEADING, b.at()));
            return;
        }
        if (highest != null && amount.compareTo(highest) == 0 && terms.mayMatch(b.bidderCode(), leader)) {
            // rule 24 (docs/rules.md §1.7, SPC Art. 19, 21): a priority holder takes the lead at the same price
            leader = b.bidderCode();
            sequence++;
            accepted(b, events);
            return;
        }
        boolean capped = terms.cap() != null && amount.compareTo(terms.cap()) >= 0;
        BigDecimal base = highest == null ? terms.startPrice() : highest;
        if (highest == null && amount.compareTo(terms.startPrice()) < 0) {
            events.add(new AuctionEvent.BidRejected(b.bidderCode(), amount, Reason.BELOW_START, b.at()));
            return;
        }
        if (highest != null && amount.compareTo(highest) <= 0) {
            events.add(new AuctionEvent.BidRejected(b.bidderCode(), amount, Reason.NOT_ABOVE_HIGHEST, b.at()));
            return;
        }
        if (!capped && amount.subtract(base).remainder(terms.increment()).signum() != 0) {
            events.add(new AuctionEvent.BidRejected(b.bidderCode(), amount, Reason.NOT_A_WHOLE_INCREMENT, b.at()));
            return;
        }
        highest = (capped ? terms.cap() : amount).setScale(2);
        leader = b.bidderCode();
        sequence++;
        if (capped) {
            events.add(new AuctionEvent.BidAccepted(sequence, leader, highest, b.at(), null));
            closesAt = null;
            close(leader, highest, b.at(), events);
            return;
        }
        accepted(b, events);
    }

    /** The new leader's bid is accepted; in the limited period it restarts the countdown from its own time. */
    private void accepted(AuctionCommand.PlaceBid b, List<AuctionEvent> events) {
        if (phase == Phase.LIMITED) {
            closesAt = b.at().plus(terms.limited());
            events.add(new AuctionEvent.BidAccepted(sequence, leader, highest, b.at(), closesAt));
            events.add(new AuctionEvent.CountdownReset(closesAt));
        } else {
            events.add(new AuctionEvent.BidAccepted(sequence, leader, highest, b.at(), null));
        }
    }

    @Override
    Instant nextDeadline() {
        return phase == Phase.FREE ? freeEnd : closesAt;
    }

    @Override
    void shift(Duration paused) {
        freeEnd = freeEnd.plus(paused);
        if (closesAt != null) {
            closesAt = closesAt.plus(paused);
        }
    }

    @Override
    public BigDecimal price() {
        return highest == null ? terms.startPrice() : highest;
    }

    @Override
    Optional<String> modeLeader() {
        return Optional.ofNullable(leader);
    }

    @Override
    Instant modeClosesAt() {
        return phase == Phase.CLOSED ? null : phase == Phase.LIMITED || phase == Phase.PAUSED ? closesAt : null;
    }

    /** When the free period ends (moved by pauses). */
    Instant freeEnd() {
        return freeEnd;
    }
}
