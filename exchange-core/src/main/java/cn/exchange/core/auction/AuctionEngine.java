package cn.exchange.core.auction;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One lot's auction: a single writer (the caller serialises the commands of a lot), deterministic — the same commands
 * in the same order always give the same events. Commands must come in non-decreasing time.
 */
public interface AuctionEngine {

    List<AuctionEvent> handle(AuctionCommand command);

    Phase phase();

    /** The price a bid must beat (ascending), the current Dutch price, or the start price before any bid. */
    BigDecimal price();

    Optional<String> leader();

    /** When the lot closes if nothing happens (null while the free period runs, or when closed). */
    Instant closesAt();

    /**
     * When the passing of time alone next changes something — the start, the end of the free period, the close, the
     * Dutch price's next step — so that a scheduler knows when to send a {@link AuctionCommand.Tick}; null while paused
     * or closed.
     */
    Instant nextTimeEvent();

    /** The award or failure, once closed. */
    Optional<AuctionEvent> outcome();

    enum Phase { NOT_STARTED, FREE, LIMITED, PAUSED, CLOSED }

    /** Replays stored commands into a fresh engine and returns every event (supervisor's replay, recovery). */
    static List<AuctionEvent> replay(AuctionTerms terms, List<AuctionCommand> commands) {
        AuctionEngine e = terms.newEngine();
        List<AuctionEvent> out = new java.util.ArrayList<>();
        for (AuctionCommand c : commands) {
            out.addAll(e.handle(c));
        }
        return out;
    }
}
