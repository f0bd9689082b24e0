package cn.exchange.core.auction;

import cn.exchange.core.auction.AuctionEvent.Reason;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What every mode shares: time moving forward only, pause and resume (paused time does not count: the mode's deadlines
 * move by the paused duration), the checks every bid passes first (rule 20: a qualified bidder, an amount in fen), and
 * the award or failure at the close (reserve: rule 20).
 */
abstract class BaseAuction implements AuctionEngine {

    final AuctionTerms terms;
    Phase phase = Phase.NOT_STARTED;
    private Phase beforePause;
    private Instant pausedAt;
    Instant last = Instant.MIN;
    AuctionEvent outcome;
    long sequence;

    BaseAuction(AuctionTerms terms) {
        this.terms = terms;
    }

    @Override
    public final List<AuctionEvent> handle(AuctionCommand command) {
        if (command.at().isBefore(last)) {
            throw new IllegalArgumentException("commands must come in time order: " + command.at() + " after " + last);
        }
        last = command.at();
        List<AuctionEvent> events = new ArrayList<>();
        if (phase != Phase.PAUSED && phase != Phase.CLOSED) {
            if (phase == Phase.NOT_STARTED && !command.at().isBefore(terms.start())) {
                phase = Phase.FREE;
            }
            if (phase != Phase.NOT_STARTED) {
                advance(command.at(), events);
            }
        }
        if (command instanceof AuctionCommand.Pause p) {
            if (phase != Phase.CLOSED && phase != Phase.PAUSED) {
                beforePause = phase;
                pausedAt = p.at();
                phase = Phase.PAUSED;
                events.add(new AuctionEvent.Paused(p.reason(), p.at()));
            }
        } else if (command instanceof AuctionCommand.Resume r) {
            if (phase == Phase.PAUSED) {
                shift(Duration.between(pausedAt, r.at()));
                phase = beforePause;
                events.add(new AuctionEvent.Resumed(r.at(), closesAt()));
            }
        } else if (command instanceof AuctionCommand.PlaceBid b) {
            Reason refused = precheck(b);
            if (refused != null) {
                events.add(new AuctionEvent.BidRejected(b.bidderCode(), b.amount(), refused, b.at()));
            } else {
                bid(b, events);
            }
        }
        return events;
    }

    private Reason precheck(AuctionCommand.PlaceBid b) {
        return switch (phase) {
            case NOT_STARTED -> Reason.NOT_STARTED;
            case CLOSED -> Reason.CLOSED;
            case PAUSED -> Reason.PAUSED;
            default -> {
                if (b.bidderCode() == null || !terms.qualified().contains(b.bidderCode())) {
                    yield Reason.NOT_QUALIFIED;
                }
                if (b.amount() == null || b.amount().signum() <= 0) {
                    yield Reason.BELOW_START;
                }
                if (b.amount().stripTrailingZeros().scale() > 2) {
                    yield Reason.TOO_PRECISE;
                }
                yield null;
            }
        };
    }

    /** Moves time to {@code now}: periods end, prices fall, the lot closes. */
    abstract void advance(Instant now, List<AuctionEvent> events);

    /** A bid that passed the common checks. */
    abstract void bid(AuctionCommand.PlaceBid bid, List<AuctionEvent> events);

    /** Moves every deadline by a paused duration. */
    abstract void shift(Duration paused);

    /** Closes the lot with {@code leader} at {@code price}: awarded, or failed without bids or below the reserve. */
    void close(String leader, BigDecimal price, Instant at, List<AuctionEvent> events) {
        phase = Phase.CLOSED;
        if (leader == null) {
            outcome = new AuctionEvent.LotFailed(Reason.NO_BIDS, at);
        } else if (terms.reserve() != null && price.compareTo(terms.reserve()) < 0) {
            outcome = new AuctionEvent.LotFailed(Reason.BELOW_RESERVE, at);
        } else {
            outcome = new AuctionEvent.LotAwarded(leader, price.setScale(2), at);
        }
        events.add(outcome);
    }

    @Override
    public final Instant nextTimeEvent() {
        return switch (phase) {
            case NOT_STARTED -> terms.start();
            case PAUSED, CLOSED -> null;
            default -> nextDeadline();
        };
    }

    /** The mode's next time-driven change while running. */
    abstract Instant nextDeadline();

    @Override
    public Phase phase() {
        return phase;
    }

    @Override
    public Optional<AuctionEvent> outcome() {
        return Optional.ofNullable(outcome);
    }
}
