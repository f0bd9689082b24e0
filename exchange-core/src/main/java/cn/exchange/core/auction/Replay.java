package cn.exchange.core.auction;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A session's bid log folded, command by command, into a fresh engine built from the session's terms (rule 21: the log
 * is the state). One fold serves everyone who reads a log back: the lot's writer rebuilds its engine with it after a
 * restart or on another instance, the supervisors' replay checks a closed session with it, and tests use it.
 *
 * <p>While folding it compares the result each command gets now with the result the log recorded, and keeps the
 * first difference; {@link #verdict} then also compares the outcome (winner, price, close) with the one recorded on
 * the session.
 */
public final class Replay {

    /** What the log records for a command the engine accepted as a bid. */
    public static final String ACCEPTED = "ACCEPTED";

    /** The replay's verdict on a session. */
    public enum Verdict {
        /** Every command's result and the outcome are what the record says. */
        MATCHES,
        /** A command's replayed result differs from the recorded one ({@link #differsAtSeq()} names the first). */
        COMMAND_DIFFERS,
        /** Every command agrees, but the outcome recorded on the session is not the replayed one. */
        OUTCOME_DIFFERS
    }

    /** A session's outcome: the winner's bidder code and price, and when it closed; all null while it runs. */
    public record Outcome(String winner, BigDecimal price, Instant closedAt) {

        /** Equal, prices compared by value (100.0 is 100.00). */
        public boolean sameAs(Outcome o) {
            return Objects.equals(winner, o.winner) && Objects.equals(closedAt, o.closedAt)
                    && (price == null ? o.price == null : o.price != null && price.compareTo(o.price) == 0);
        }

        @Override
        public String toString() {
            return winner + " " + (price == null ? null : price.toPlainString()) + " " + closedAt;
        }
    }

    private final AuctionEngine engine;
    private long lastSeq;
    private int commands;
    private int accepted;
    private int acceptedAsRecorded;
    private Long differsAtSeq;
    private String difference;

    public Replay(AuctionTerms terms) {
        this.engine = terms.newEngine();
    }

    /**
     * Every event the commands give, in order, handled by a fresh engine for {@code terms}: the same fold without a
     * record to compare (tests, and recovery checks that compare event streams).
     */
    public static List<AuctionEvent> events(AuctionTerms terms, List<AuctionCommand> commands) {
        AuctionEngine e = terms.newEngine();
        List<AuctionEvent> out = new java.util.ArrayList<>();
        for (AuctionCommand c : commands) {
            out.addAll(e.handle(c));
        }
        return out;
    }

    /** Applies the logged command {@code seq}, and compares its result now with {@code recorded}. */
    public void apply(long seq, AuctionCommand command, String recorded) {
        String replayed = resultOf(engine.handle(command));
        if (differsAtSeq == null && !replayed.equals(recorded)) {
            differsAtSeq = seq;
            difference = "seq " + seq + ": recorded " + recorded + ", replayed " + replayed;
        }
        lastSeq = seq;
        commands++;
        accepted += ACCEPTED.equals(replayed) ? 1 : 0;
        acceptedAsRecorded += ACCEPTED.equals(recorded) ? 1 : 0;
    }

    /**
     * A command the engine has just handled live and the log now holds as {@code seq} with {@code result} (the lot's
     * writer, which drives the engine itself): counted as if it had been replayed.
     */
    public void counted(long seq, String result) {
        lastSeq = seq;
        commands++;
        if (ACCEPTED.equals(result)) {
            accepted++;
            acceptedAsRecorded++;
        }
    }

    /** What the bid log records as a command's result: ACCEPTED, the refusal reason, or else the first event's name. */
    public static String resultOf(List<AuctionEvent> events) {
        String result = events.isEmpty() ? "NONE" : events.get(0).getClass().getSimpleName();
        for (AuctionEvent ev : events) {
            if (ev instanceof AuctionEvent.BidAccepted) {
                result = ACCEPTED;
            } else if (ev instanceof AuctionEvent.BidRejected r) {
                result = r.reason().name();
            }
        }
        return result;
    }

    /** The replayed outcome: the award, a failed session's close time, or nothing while the session runs. */
    public Outcome outcome() {
        AuctionEvent o = engine.outcome().orElse(null);
        if (o instanceof AuctionEvent.LotAwarded a) {
            return new Outcome(a.bidderCode(), a.price(), a.at());
        }
        return new Outcome(null, null, o instanceof AuctionEvent.LotFailed f ? f.at() : null);
    }

    /** The verdict against the outcome recorded on the session. */
    public Verdict verdict(Outcome recorded) {
        return differsAtSeq != null ? Verdict.COMMAND_DIFFERS
                : outcome().sameAs(recorded) ? Verdict.MATCHES : Verdict.OUTCOME_DIFFERS;
    }

    /** The first difference in words (a command's, else the outcome's), or null when the verdict is {@code MATCHES}. */
    public String difference(Outcome recorded) {
        return switch (verdict(recorded)) {
            case MATCHES -> null;
            case COMMAND_DIFFERS -> difference;
            case OUTCOME_DIFFERS -> "outcome: recorded " + recorded + ", replayed " + outcome();
        };
    }

    /** The engine as the log leaves it (the writer goes on with it). */
    public AuctionEngine engine() {
        return engine;
    }

    /** The seq of the last command folded or counted (0: none). */
    public long lastSeq() {
        return lastSeq;
    }

    public int commands() {
        return commands;
    }

    /** How many of the commands were accepted bids, as replayed. */
    public int accepted() {
        return accepted;
    }

    /** How many the log records as accepted: the count the session's row keeps (the log is the record). */
    public int acceptedAsRecorded() {
        return acceptedAsRecorded;
    }

    /** The first command whose replayed result differs from the recorded one, or null. */
    public Long differsAtSeq() {
        return differsAtSeq;
    }
}
