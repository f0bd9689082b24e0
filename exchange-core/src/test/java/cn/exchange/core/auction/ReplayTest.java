package cn.exchange.core.auction;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static cn.exchange.core.auction.AscendingAuctionTest.FREE_END;
import static cn.exchange.core.auction.AscendingAuctionTest.OPENS;
import static cn.exchange.core.auction.AscendingAuctionTest.bid;
import static cn.exchange.core.auction.AscendingAuctionTest.terms;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rule 21: the bid log is the state. One fold reads a log back for the writer's rebuild and the supervisors' replay; its
 * verdict says whether the record holds, and where it first does not.
 */
class ReplayTest {

    static final AuctionTerms TERMS = terms(null, null);
    static final Instant CLOSE = FREE_END.plusSeconds(200 + 300);

    /** A session as the writer logs it: each command with the result it got. */
    record Logged(long seq, AuctionCommand command, String result) {
    }

    static List<Logged> session() {
        AuctionEngine live = TERMS.newEngine();
        List<AuctionCommand> commands = List.of(bid("1001", "100000", OPENS.plusSeconds(5)), bid("1002", "100500", OPENS.plusSeconds(6)),
                bid("1002", "101000", FREE_END.plusSeconds(200)), new AuctionCommand.Tick(FREE_END.plusSeconds(700)));
        List<Logged> log = new ArrayList<>();
        for (AuctionCommand c : commands) {
            log.add(new Logged(log.size() + 1, c, Replay.resultOf(live.handle(c))));
        }
        return log;
    }

    static Replay fold(List<Logged> log) {
        Replay r = new Replay(TERMS);
        log.forEach(e -> r.apply(e.seq(), e.command(), e.result()));
        return r;
    }

    @Test
    void anUntouchedLogReplaysToTheRecordedOutcome() {
        List<Logged> log = session();
        assertThat(log).extracting(Logged::result).containsExactly("ACCEPTED", "NOT_A_WHOLE_INCREMENT", "ACCEPTED", "LotAwarded");
        Replay r = fold(log);
        assertThat(r.commands()).isEqualTo(4);
        assertThat(r.accepted()).isEqualTo(2);
        assertThat(r.lastSeq()).isEqualTo(4);
        Replay.Outcome recorded = new Replay.Outcome("1002", new BigDecimal("101000.0"), CLOSE);
        assertThat(r.outcome().winner()).isEqualTo("1002");
        assertThat(r.verdict(recorded)).as("101000.0 is 101000.00").isEqualTo(Replay.Verdict.MATCHES);
        assertThat(r.difference(recorded)).isNull();
    }

    @Test
    void aCommandWhoseRecordedResultWasChangedIsNamed() {
        List<Logged> log = new ArrayList<>(session());
        log.set(1, new Logged(2, log.get(1).command(), "ACCEPTED"));   // someone marked the refused bid accepted
        Replay r = fold(log);
        Replay.Outcome recorded = new Replay.Outcome("1002", new BigDecimal("101000.00"), CLOSE);
        assertThat(r.verdict(recorded)).isEqualTo(Replay.Verdict.COMMAND_DIFFERS);
        assertThat(r.differsAtSeq()).isEqualTo(2L);
        assertThat(r.difference(recorded)).isEqualTo("seq 2: recorded ACCEPTED, replayed NOT_A_WHOLE_INCREMENT");
        assertThat(r.accepted()).as("as replayed").isEqualTo(2);
        assertThat(r.acceptedAsRecorded()).as("as the log records them, which the session's row keeps").isEqualTo(3);
    }

    @Test
    void anOutcomeRecordedOtherwiseThanTheLogGivesIsNamed() {
        Replay r = fold(session());
        Replay.Outcome recorded = new Replay.Outcome("1001", new BigDecimal("101000.00"), CLOSE);
        assertThat(r.verdict(recorded)).isEqualTo(Replay.Verdict.OUTCOME_DIFFERS);
        assertThat(r.differsAtSeq()).isNull();
        assertThat(r.difference(recorded)).isEqualTo("outcome: recorded 1001 101000.00 " + CLOSE + ", replayed 1002 101000.00 " + CLOSE);
        assertThat(r.verdict(new Replay.Outcome(null, null, null))).as("a session recorded as still running").isEqualTo(Replay.Verdict.OUTCOME_DIFFERS);
    }

    @Test
    void theWriterCountsWhatItHandledLiveAsIfReplayed() {
        List<Logged> log = session();
        Replay rebuilt = fold(log.subList(0, 2));
        // the writer handles the rest itself and only counts it
        for (Logged e : log.subList(2, 4)) {
            rebuilt.counted(e.seq(), Replay.resultOf(rebuilt.engine().handle(e.command())));
        }
        Replay whole = fold(log);
        assertThat(rebuilt.lastSeq()).isEqualTo(whole.lastSeq());
        assertThat(rebuilt.accepted()).isEqualTo(whole.accepted());
        assertThat(rebuilt.outcome()).isEqualTo(whole.outcome());
    }

    @Test
    void theResultOfACommandIsAcceptedTheRefusalOrTheFirstEvent() {
        assertThat(Replay.resultOf(List.of())).isEqualTo("NONE");
        assertThat(Replay.resultOf(List.of(new AuctionEvent.LotAwarded("1001", BigDecimal.TEN, CLOSE)))).isEqualTo("LotAwarded");
        assertThat(Replay.resultOf(List.of(new AuctionEvent.BidRejected("1001", BigDecimal.TEN, AuctionEvent.Reason.BELOW_START, OPENS))))
                .isEqualTo("BELOW_START");
    }
}
