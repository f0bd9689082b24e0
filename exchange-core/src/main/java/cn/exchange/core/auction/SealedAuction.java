package cn.exchange.core.auction;

import cn.exchange.core.auction.AuctionEvent.Reason;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * 一次报价 (docs/rules.md §2.1, §2.3): each qualified bidder quotes once, at least the start price, hidden until the close;
 * the highest quote wins; at an equal quote a priority right holder wins, by rank, then the earlier server time (rule 24,
 * {@link AuctionTerms#mayMatch}); below the reserve the lot fails.
 */
final class SealedAuction extends BaseAuction {

    private Instant end;
    private final Set<String> quoted = new HashSet<>();
    private BigDecimal best;
    private String bestBidder;

    SealedAuction(AuctionTerms terms) {
        super(terms);
        this.end = terms.freeEnd();
    }

    @Override
    void advance(Instant now, List<AuctionEvent> events) {
        if (!now.isBefore(end)) {
            close(bestBidder, best, end, events);
        }
    }

    @Override
    void bid(AuctionCommand.PlaceBid b, List<AuctionEvent> events) {
        if (!quoted.add(b.bidderCode())) {
            events.add(new AuctionEvent.BidRejected(b.bidderCode(), b.amount(), Reason.ALREADY_QUOTED, b.at()));
            return;
        }
        if (b.amount().compareTo(terms.startPrice()) < 0) {
            quoted.remove(b.bidderCode());
            events.add(new AuctionEvent.BidRejected(b.bidderCode(), b.amount(), Reason.BELOW_START, b.at()));
            return;
        }
        sequence++;
        // strictly greater wins; at an equal quote the earlier stands, unless the later is a priority holder's that
        // outranks it (rule 24: a holder over an outsider, rank 1 over rank 2)
        int c = best == null ? 1 : b.amount().compareTo(best);
        if (c > 0 || c == 0 && terms.mayMatch(b.bidderCode(), bestBidder)) {
            best = b.amount().setScale(2);
            bestBidder = b.bidderCode();
        }
        events.add(new AuctionEvent.BidAccepted(sequence, b.bidderCode(), b.amount().setScale(2), b.at(), end));
    }

    @Override
    Instant nextDeadline() {
        return end;
    }

    @Override
    void shift(Duration paused) {
        end = end.plus(paused);
    }

    /** Sealed: the quotes stay hidden, the visible price is the start price. */
    @Override
    public BigDecimal price() {
        return terms.startPrice();
    }

    @Override
    Optional<String> modeLeader() {
        return phase == Phase.CLOSED ? Optional.ofNullable(bestBidder) : Optional.empty();
    }

    @Override
    Instant modeClosesAt() {
        return phase == Phase.CLOSED ? null : end;
    }
}
