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
 * the award or failure at the close (reserve: rule 20) — and, on a lot whose priority right is exercised after the
 * auction (事后行权, rule 24, {@link cn.exchange.core.listing.PriorityExercise#AFTER_AUCTION}), the holders' match period that follows an
 * outsider's winning price.
 */
abstract class BaseAuction implements AuctionEngine {

    final AuctionTerms terms;
    Phase phase = Phase.NOT_STARTED;
    private Phase beforePause;
    private Instant pausedAt;
    Instant last = Instant.MIN;
    AuctionEvent outcome;
    long sequence;
    // rule 24, 事后行权: the outsiders' final price, who bid it, until when the holders may match it, and the best match
    private BigDecimal matchPrice;
    private String outsider;
    private Instant matchEnds;
    private String matcher;

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
            if (phase == Phase.MATCHING) {
                if (!command.at().isBefore(matchEnds)) {
                    award(matchEnds, events);
                }
            } else if (phase != Phase.NOT_STARTED) {
                advance(command.at(), events);
                if (phase == Phase.MATCHING && !command.at().isBefore(matchEnds)) {
                    // the bidding ended and the match period too, before this command: both as time ran (a replay agrees)
                    award(matchEnds, events);
                }
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
                if (beforePause == Phase.MATCHING) {
                    matchEnds = matchEnds.plus(Duration.between(pausedAt, r.at()));
                } else {
                    shift(Duration.between(pausedAt, r.at()));
                }
                phase = beforePause;
                events.add(new AuctionEvent.Resumed(r.at(), closesAt()));
            }
        } else if (command instanceof AuctionCommand.PlaceBid b) {
            Reason refused = precheck(b);
            if (refused != null) {
                events.add(new AuctionEvent.BidRejected(b.bidderCode(), b.amount(), refused, b.at()));
            } else if (phase == Phase.MATCHING) {
                match(b, events);
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
                boolean holder = terms.priorityRanks().containsKey(b.bidderCode());
                if (terms.priorityMode() == cn.exchange.core.listing.PriorityExercise.AFTER_AUCTION && phase != Phase.MATCHING && holder) {
                    yield Reason.HOLDER_MATCHES_AFTER;   // rule 24, 事后行权: the holder does not bid; it may match the final price
                }
                if (phase == Phase.MATCHING && !holder) {
                    yield Reason.MATCHING;
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
        } else if (terms.priorityMode() == cn.exchange.core.listing.PriorityExercise.AFTER_AUCTION && !terms.priorityRanks().isEmpty()
                && !terms.priorityRanks().containsKey(leader)) {
            // rule 24, 事后行权: the outsiders' final price stands for the holders to match within the lot's match period
            phase = Phase.MATCHING;
            matchPrice = price.setScale(2);
            outsider = leader;
            matchEnds = at.plus(terms.matchWindow());
            events.add(new AuctionEvent.MatchOpened(outsider, matchPrice, matchEnds, at));
            return;
        } else {
            outcome = new AuctionEvent.LotAwarded(leader, price.setScale(2), at);
        }
        events.add(outcome);
    }

    /**
     * Rule 24, 事后行权: a holder matches the outsiders' final price (exactly that price). Among holders the higher rank
     * wins (rank 1 before rank 2), at equal rank the earlier match; the holder of the best rank ends the period at once.
     */
    private void match(AuctionCommand.PlaceBid b, List<AuctionEvent> events) {
        if (b.amount().compareTo(matchPrice) != 0) {
            events.add(new AuctionEvent.BidRejected(b.bidderCode(), b.amount(), Reason.NOT_MATCH_PRICE, b.at()));
            return;
        }
        int rank = terms.priorityRanks().get(b.bidderCode());
        if (matcher != null && terms.priorityRanks().get(matcher) <= rank) {
            events.add(new AuctionEvent.BidRejected(b.bidderCode(), b.amount(), Reason.ALREADY_MATCHED, b.at()));
            return;
        }
        matcher = b.bidderCode();
        sequence++;
        events.add(new AuctionEvent.BidAccepted(sequence, matcher, matchPrice, b.at(), matchEnds));
        int best = terms.priorityRanks().values().stream().min(Integer::compare).orElse(rank);
        if (rank == best) {
            award(b.at(), events);
        }
    }

    /** The match period ends: to the holder that matched (the best rank), or else to the outsider, at the final price. */
    private void award(Instant at, List<AuctionEvent> events) {
        phase = Phase.CLOSED;
        outcome = new AuctionEvent.LotAwarded(matcher != null ? matcher : outsider, matchPrice, at);
        events.add(outcome);
    }
    @Override
    public final Instant nextTimeEvent() {
        return switch (phase) {
            case NOT_STARTED -> terms.start();
            case PAUSED, CLOSED -> null;
            case MATCHING -> matchEnds;
            default -> nextDeadline();
        };
    }

    /** The mode's next time-driven change while running. */
    abstract Instant nextDeadline();

    /** The mode's leader while bidding runs. */
    abstract Optional<String> modeLeader();

    /** The mode's close while bidding runs. */
    abstract Instant modeClosesAt();

    /** The winner once awarded; in the match period the holder that matched, else the outsider; otherwise the mode's. */
    @Override
    public final Optional<String> leader() {
        if (outcome instanceof AuctionEvent.LotAwarded a) {
            return Optional.of(a.bidderCode());
        }
        if (matchPrice != null && outcome == null) {
            return Optional.of(matcher != null ? matcher : outsider);
        }
        return modeLeader();
    }

    /** When the lot closes if nothing happens; in the match period (paused or not) when the holders' time ends. */
    @Override
    public final Instant closesAt() {
        if (phase == Phase.MATCHING || phase == Phase.PAUSED && beforePause == Phase.MATCHING) {
            return matchEnds;
        }
        return modeClosesAt();
    }

    @Override
    public Phase phase() {
        return phase;
    }

    @Override
    public Optional<AuctionEvent> outcome() {
        return Optional.ofNullable(outcome);
    }
}
