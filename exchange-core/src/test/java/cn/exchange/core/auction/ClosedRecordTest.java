package cn.exchange.core.auction;

import cn.exchange.core.auction.AuctionEvent.Reason;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rules 21, 22: the record of a closed session is final. A command received after the close is
 * answered but stays out of the record; replaying the record gives the same result whether late bids came or not.
 */
class ClosedRecordTest {

    static final Instant OPENS = AscendingAuctionTest.OPENS;
    static final Instant FREE_END = AscendingAuctionTest.FREE_END;

    /** Every step the record keeps, through {@link AuctionEngine#take}. */
    static List<AuctionCommand> session(AuctionEngine e, List<AuctionEvent.BidRejected> lateAnswers, AuctionCommand... commands) {
        List<AuctionCommand> record = new ArrayList<>();
        for (AuctionCommand c : commands) {
            for (AuctionEngine.Step s : AuctionEngine.take(e, c)) {
                if (s.inRecord()) {
                    record.add(s.command());
                } else {
                    s.events().stream().filter(AuctionEvent.BidRejected.class::isInstance).map(AuctionEvent.BidRejected.class::cast)
                            .forEach(lateAnswers::add);
                }
            }
        }
        return record;
    }

    static AuctionCommand.PlaceBid bid(String code, String amount, Instant at) {
        return new AuctionCommand.PlaceBid(code, new BigDecimal(amount), at);
    }

    /**
     * A session on {@link AscendingAuctionTest#terms} in which 1001 bids the start price a minute after the opening and
     * nobody outbids it: it {@code closes} when the limited period runs out, 300 s after the free period.
     */
    private record OneBidSession(AuctionTerms terms, AuctionEngine engine, List<AuctionEvent.BidRejected> late, Instant closes) {

        static OneBidSession start() {
            AuctionTerms t = AscendingAuctionTest.terms(null, null);
            return new OneBidSession(t, t.newEngine(), new ArrayList<>(), FREE_END.plusSeconds(300));
        }

        /** The record {@link #session} keeps of 1001's bid and then {@code after}; the answers to late bids go to {@link #late}. */
        List<AuctionCommand> record(AuctionCommand... after) {
            AuctionCommand[] commands = new AuctionCommand[after.length + 1];
            commands[0] = bid("1001", "100000", OPENS.plusSeconds(60));
            System.arraycopy(after, 0, commands, 1, after.length);
            return session(engine, late, commands);
        }
    }

    @Test
    void aBidAfterTheCloseIsAnsweredButNotRecorded() {
        OneBidSession s = OneBidSession.start();
        Instant closes = s.closes();
        List<AuctionCommand> record = s.record(new AuctionCommand.Tick(closes), bid("1002", "101000", closes.plusSeconds(1)));

        assertThat(s.late()).singleElement().satisfies(r -> assertThat(r.reason()).isEqualTo(Reason.CLOSED));
        assertThat(record).hasSize(2).noneMatch(c -> c instanceof AuctionCommand.PlaceBid b && b.bidderCode().equals("1002"));
        assertThat(s.engine().outcome()).contains(new AuctionEvent.LotAwarded("1001", new BigDecimal("100000.00"), closes));
    }

    @Test
    void whenNoTickClosedTheSessionTheCloseIsRecordedFirstAndTheBidIsLate() {
        OneBidSession s = OneBidSession.start();
        Instant closes = s.closes();
        List<AuctionCommand> record = s.record(bid("1002", "101000", closes.plusSeconds(1)));

        assertThat(s.late()).singleElement().satisfies(r -> assertThat(r.reason()).isEqualTo(Reason.CLOSED));
        assertThat(record).hasSize(2).last().isEqualTo(new AuctionCommand.Tick(closes.plusSeconds(1)));
        // the record alone replays to the same close, at the countdown's time
        assertThat(Replay.events(s.terms(), record)).last().isEqualTo(new AuctionEvent.LotAwarded("1001", new BigDecimal("100000.00"), closes));
    }

    @Test
    void beforeTheCloseACommandIsOneStepAsHandleWouldMakeIt() {
        AuctionTerms t = AscendingAuctionTest.terms(null, null);
        AuctionEngine viaTake = t.newEngine();
        AuctionEngine viaHandle = t.newEngine();
        AuctionCommand[] commands = {bid("1001", "100000", OPENS.minusSeconds(5)), bid("1001", "100000", OPENS.plusSeconds(60)),
                bid("1002", "101000", FREE_END.plusSeconds(10)), new AuctionCommand.Pause("outage", FREE_END.plusSeconds(20)),
                new AuctionCommand.Resume(FREE_END.plusSeconds(80))};
        for (AuctionCommand c : commands) {
            List<AuctionEngine.Step> steps = AuctionEngine.take(viaTake, c);
            assertThat(steps).singleElement().satisfies(s -> {
                assertThat(s.inRecord()).isTrue();
                assertThat(s.events()).isEqualTo(viaHandle.handle(c));
            });
        }
    }
}
