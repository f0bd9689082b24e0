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

    /** MATCHING: rule 24, 事后行权 — bidding has ended and the priority right holders may match the final price. */
    enum Phase { NOT_STARTED, FREE, LIMITED, MATCHING, PAUSED, CLOSED }

    /**
     * One command as the session's record takes it: the events it caused and whether it belongs to the record.
     *
     * @param inRecord false for a command received after the close: answered, kept for the trail only
     */
    record Step(AuctionCommand command, List<AuctionEvent> events, boolean inRecord) {
    }

    /**
     * Rules 21, 22: hands {@code command} to the engine as the session's record keeps it. The record of a closed session
     * is final: a command received after the close is answered (a bid is refused, {@code CLOSED}) but is not part of
     * the record, so neither the record, the result nor a replay of the session changes. When the session's time ran
     * out before the command came and no tick closed it yet, the close is recorded first, as a tick at the command's
     * time, and the command is late. Otherwise a single step (time moves, then the command acts, as {@link #handle}).
     */
    static List<Step> take(AuctionEngine engine, AuctionCommand command) {
        if (engine.phase() == Phase.CLOSED) {
            return List.of(new Step(command, engine.handle(command), false));
        }
        if (command instanceof AuctionCommand.Tick) {
            return List.of(new Step(command, engine.handle(command), true));
        }
        AuctionCommand.Tick tick = new AuctionCommand.Tick(command.at());
        List<AuctionEvent> time = engine.handle(tick);
        if (engine.phase() == Phase.CLOSED) {
            return List.of(new Step(tick, time, true), new Step(command, engine.handle(command), false));
        }
        // the command alone moves time the same way on replay (handle advances before it acts), so one step records both
        List<AuctionEvent> events = new java.util.ArrayList<>(time);
        events.addAll(engine.handle(command));
        return List.of(new Step(command, events, true));
    }
}
