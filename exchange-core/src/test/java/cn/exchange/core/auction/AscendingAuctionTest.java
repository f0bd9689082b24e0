package cn.exchange.core.auction;

import cn.exchange.core.auction.AuctionEvent.Reason;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** 多次报价 (rule 20, docs/rules.md §2.2): the table of one session, step by step, with the invariants after every step. */
class AscendingAuctionTest {

    static final Instant OPENS = Instant.parse("2026-12-01T01:00:00Z"); // 09:00 Beijing
    static final Instant FREE_END = OPENS.plus(Duration.ofMinutes(60));

    static AuctionTerms terms(String reserve, String cap) {
        return AuctionTerms.ascending(new BigDecimal("100000.00"), new BigDecimal("1000.00"),
                reserve == null ? null : new BigDecimal(reserve), cap == null ? null : new BigDecimal(cap), OPENS,
                Duration.ofMinutes(60), Duration.ofSeconds(300), Set.of("1001", "1002", "1003"));
    }

    final List<AuctionEvent> all = new ArrayList<>();

    List<AuctionEvent> run(AuctionEngine e, AuctionTerms t, AuctionCommand c) {
        List<AuctionEvent> out = e.handle(c);
        all.addAll(out);
        AuctionInvariants.check(t, all);
        return out;
    }

    static AuctionCommand.PlaceBid bid(String code, String amount, Instant at) {
        return new AuctionCommand.PlaceBid(code, new BigDecimal(amount), at);
    }

    static Reason reason(List<AuctionEvent> events) {
        return ((AuctionEvent.BidRejected) events.get(events.size() - 1)).reason();
    }

    @Test
    void aSessionFromTheFreePeriodThroughTheLimitedPeriodToTheAward() {
        AuctionTerms t = terms("105000.00", null);
        AuctionEngine e = t.newEngine();
        assertThat(reason(run(e, t, bid("1001", "100000", OPENS.minusSeconds(1))))).isEqualTo(Reason.NOT_STARTED);
        // the first bid may equal the start price
        assertThat(run(e, t, bid("1001", "100000", OPENS.plusSeconds(60)))).first().isInstanceOf(AuctionEvent.BidAccepted.class);
        assertThat(reason(run(e, t, bid("1002", "100500", OPENS.plusSeconds(61))))).isEqualTo(Reason.NOT_A_WHOLE_INCREMENT);
        assertThat(reason(run(e, t, bid("1002", "100000", OPENS.plusSeconds(62))))).isEqualTo(Reason.NOT_ABOVE_HIGHEST);
        assertThat(reason(run(e, t, bid("1001", "101000", OPENS.plusSeconds(63))))).isEqualTo(Reason.ALREADY_LEADING);
        assertThat(reason(run(e, t, bid("9999", "101000", OPENS.plusSeconds(64))))).isEqualTo(Reason.NOT_QUALIFIED);
        assertThat(reason(run(e, t, bid("1002", "101000.001", OPENS.plusSeconds(65))))).isEqualTo(Reason.TOO_PRECISE);
        // three increments at once
        var accepted = (AuctionEvent.BidAccepted) run(e, t, bid("1002", "103000", OPENS.plusSeconds(66))).get(0);
        assertThat(accepted.closesAt()).as("no countdown in the free period").isNull();
        assertThat(e.phase()).isEqualTo(AuctionEngine.Phase.FREE);

        // the free period ends: the limited period starts from its end
        assertThat(run(e, t, new AuctionCommand.Tick(FREE_END))).containsExactly(new AuctionEvent.CountdownReset(FREE_END.plusSeconds(300)));
        assertThat(e.phase()).isEqualTo(AuctionEngine.Phase.LIMITED);
        // a bid in the limited period restarts it from the bid's own server time
        List<AuctionEvent> restart = run(e, t, bid("1001", "105000", FREE_END.plusSeconds(100)));
        assertThat(restart).contains(new AuctionEvent.CountdownReset(FREE_END.plusSeconds(400)));
        assertThat(e.closesAt()).isEqualTo(FREE_END.plusSeconds(400));
        // 299.999 s later it is still open; at 300 s it is closed, and a bid then is late
        assertThat(run(e, t, new AuctionCommand.Tick(FREE_END.plusSeconds(400).minusMillis(1)))).isEmpty();
        List<AuctionEvent> late = run(e, t, bid("1002", "106000", FREE_END.plusSeconds(400)));
        assertThat(late.get(0)).isEqualTo(new AuctionEvent.LotAwarded("1001", new BigDecimal("105000.00"), FREE_END.plusSeconds(400)));
        assertThat(reason(late)).isEqualTo(Reason.CLOSED);
        assertThat(e.outcome()).contains(late.get(0));
    }

    @Test
    void belowTheReserveTheLotFailsAndWithoutBidsToo() {
        AuctionTerms t = terms("105000.00", null);
        AuctionEngine e = t.newEngine();
        run(e, t, bid("1001", "104000", OPENS.plusSeconds(10)));
        assertThat(run(e, t, new AuctionCommand.Tick(FREE_END.plusSeconds(300))))
                .endsWith(new AuctionEvent.LotFailed(Reason.BELOW_RESERVE, FREE_END.plusSeconds(300)));

        all.clear();
        AuctionEngine empty = t.newEngine();
        assertThat(run(empty, t, new AuctionCommand.Tick(FREE_END.plusSeconds(301))))
                .endsWith(new AuctionEvent.LotFailed(Reason.NO_BIDS, FREE_END.plusSeconds(300)));
    }

    @Test
    void aBidAtOrAboveTheCapClosesTheLotAtTheCap() {
        AuctionTerms t = terms(null, "120000.00");
        AuctionEngine e = t.newEngine();
        run(e, t, bid("1001", "100000", OPENS.plusSeconds(10)));
        List<AuctionEvent> capped = run(e, t, bid("1002", "125000", OPENS.plusSeconds(20)));
        assertThat(capped).endsWith(new AuctionEvent.LotAwarded("1002", new BigDecimal("120000.00"), OPENS.plusSeconds(20)));
        assertThat(e.phase()).isEqualTo(AuctionEngine.Phase.CLOSED);
    }

    @Test
    void pausedTimeDoesNotCount() {
        AuctionTerms t = terms(null, null);
        AuctionEngine e = t.newEngine();
        run(e, t, bid("1001", "100000", FREE_END.plusSeconds(10)));   // limited period, closes at +310 s
        run(e, t, new AuctionCommand.Pause("机房网络中断", FREE_END.plusSeconds(100)));
        assertThat(reason(run(e, t, bid("1002", "101000", FREE_END.plusSeconds(200))))).isEqualTo(Reason.PAUSED);
        assertThat(run(e, t, new AuctionCommand.Tick(FREE_END.plusSeconds(650)))).as("time stands still while paused").isEmpty();
        List<AuctionEvent> resumed = run(e, t, new AuctionCommand.Resume(FREE_END.plusSeconds(700)));
        // paused for 600 s: the close moves from +310 s to +910 s
        assertThat(resumed).containsExactly(new AuctionEvent.Resumed(FREE_END.plusSeconds(700), FREE_END.plusSeconds(910)));
        assertThat(run(e, t, new AuctionCommand.Tick(FREE_END.plusSeconds(909)))).isEmpty();
        assertThat(run(e, t, new AuctionCommand.Tick(FREE_END.plusSeconds(910))).get(0)).isInstanceOf(AuctionEvent.LotAwarded.class);
    }

    @Test
    void replayingTheStoredCommandsReproducesTheOutcome() {
        AuctionTerms t = terms("101000.00", null);
        List<AuctionCommand> log = List.of(bid("1001", "100000", OPENS.plusSeconds(5)), bid("1002", "102000", OPENS.plusSeconds(6)),
                new AuctionCommand.Tick(FREE_END), bid("1003", "103000", FREE_END.plusSeconds(299)),
                bid("1001", "104000", FREE_END.plusSeconds(598)), new AuctionCommand.Tick(FREE_END.plusSeconds(2000)));
        List<AuctionEvent> first = Replay.events(t, log);
        List<AuctionEvent> second = Replay.events(t, log);
        assertThat(second).isEqualTo(first);
        assertThat(first.get(first.size() - 1))
                .isEqualTo(new AuctionEvent.LotAwarded("1001", new BigDecimal("104000.00"), FREE_END.plusSeconds(898)));
        AuctionInvariants.check(t, first);
    }
}
