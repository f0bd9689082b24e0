package cn.exchange.core.auction;

import cn.exchange.core.auction.AuctionEvent.Reason;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rule 24 (docs/rules.md §1.7): 事后行权 as SUAEE runs it — the holder does not bid; outsiders compete;
 * their final price is the exercise price, which the holders may match within the lot's match period. The best-ranked
 * holder that matches wins at that price; nobody matching, the outsider wins.
 */
class MatchAfterAuctionTest {

    static final Instant OPENS = Instant.parse("2026-12-01T01:00:00Z");
    static final Duration WINDOW = Duration.ofSeconds(120);
    /** No free period, a 60-second limited period: bidding ends 60 s after the last bid. */
    static AuctionEngine engine(Map<String, Integer> holders) {
        return AuctionTerms.ascending(new BigDecimal("10000.00"), new BigDecimal("100.00"), null, null, OPENS, Duration.ZERO,
                Duration.ofSeconds(60), Set.of("A", "B", "H1", "H2")).withPriority(holders).withMatchAfter(WINDOW).newEngine();
    }

    static List<AuctionEvent> bid(AuctionEngine e, String code, String amount, int second) {
        return e.handle(new AuctionCommand.PlaceBid(code, new BigDecimal(amount), OPENS.plusSeconds(second)));
    }

    static List<AuctionEvent> tick(AuctionEngine e, int second) {
        return e.handle(new AuctionCommand.Tick(OPENS.plusSeconds(second)));
    }

    static Reason refused(List<AuctionEvent> events) {
        return events.stream().filter(ev -> ev instanceof AuctionEvent.BidRejected).map(ev -> ((AuctionEvent.BidRejected) ev).reason())
                .findFirst().orElse(null);
    }

    @Test
    void theHolderDoesNotBidButMatchesTheOutsidersFinalPriceAndWins() {
        AuctionEngine e = engine(Map.of("H1", 1));
        assertThat(refused(bid(e, "H1", "10000", 1))).as("the holder does not bid").isEqualTo(Reason.HOLDER_MATCHES_AFTER);
        bid(e, "A", "10000", 2);
        bid(e, "B", "10300", 3);

        List<AuctionEvent> end = tick(e, 63);   // 60 s after the last bid: bidding ends, the match period opens
        assertThat(end).containsExactly(new AuctionEvent.MatchOpened("B", new BigDecimal("10300.00"), OPENS.plusSeconds(63).plus(WINDOW),
                OPENS.plusSeconds(63)));
        assertThat(e.phase()).isEqualTo(AuctionEngine.Phase.MATCHING);
        assertThat(e.outcome()).isEmpty();
        assertThat(e.closesAt()).isEqualTo(OPENS.plusSeconds(63).plus(WINDOW));
        assertThat(e.nextTimeEvent()).isEqualTo(OPENS.plusSeconds(63).plus(WINDOW));
        assertThat(refused(bid(e, "A", "10400", 70))).as("outsiders' bidding has ended").isEqualTo(Reason.MATCHING);
        assertThat(refused(bid(e, "H1", "10200", 71))).as("only the final price").isEqualTo(Reason.NOT_MATCH_PRICE);

        List<AuctionEvent> matched = bid(e, "H1", "10300", 72);
        assertThat(matched).contains(new AuctionEvent.LotAwarded("H1", new BigDecimal("10300.00"), OPENS.plusSeconds(72)));
        assertThat(e.phase()).isEqualTo(AuctionEngine.Phase.CLOSED);
        assertThat(e.leader()).contains("H1");
    }

    @Test
    void noHolderMatchingInTimeTheOutsiderWinsAtTheEndOfTheMatchPeriod() {
        AuctionEngine e = engine(Map.of("H1", 1));
        bid(e, "A", "10000", 2);
        tick(e, 62);
        assertThat(tick(e, 62 + 119)).isEmpty();
        assertThat(tick(e, 62 + 120)).containsExactly(new AuctionEvent.LotAwarded("A", new BigDecimal("10000.00"), OPENS.plusSeconds(182)));
        assertThat(refused(bid(e, "H1", "10000", 183))).as("too late").isEqualTo(Reason.CLOSED);
    }

    @Test
    void amongHoldersTheBestRankWinsAndALowerRanksMatchWaitsForTheEndOfThePeriod() {
        AuctionEngine e = engine(Map.of("H1", 1, "H2", 2));
        bid(e, "A", "10000", 2);
        tick(e, 62);
        assertThat(bid(e, "H2", "10000", 70)).singleElement().isInstanceOf(AuctionEvent.BidAccepted.class);
        assertThat(e.phase()).as("rank 1 may still match").isEqualTo(AuctionEngine.Phase.MATCHING);
        assertThat(e.leader()).contains("H2");
        assertThat(bid(e, "H1", "10000", 80)).contains(new AuctionEvent.LotAwarded("H1", new BigDecimal("10000.00"), OPENS.plusSeconds(80)));

        AuctionEngine f = engine(Map.of("H1", 1, "H2", 2));
        bid(f, "A", "10000", 2);
        tick(f, 62);
        bid(f, "H2", "10000", 70);
        assertThat(tick(f, 182)).containsExactly(new AuctionEvent.LotAwarded("H2", new BigDecimal("10000.00"), OPENS.plusSeconds(182)));
    }

    @Test
    void aPauseInTheMatchPeriodMovesItsEndAndAReplayGivesTheSameEvents() {
        AuctionEngine e = engine(Map.of("H1", 1));
        List<AuctionCommand> commands = new ArrayList<>();
        commands.add(new AuctionCommand.PlaceBid("A", new BigDecimal("10000"), OPENS.plusSeconds(2)));
        commands.add(new AuctionCommand.Tick(OPENS.plusSeconds(62)));
        commands.add(new AuctionCommand.Pause("outage", OPENS.plusSeconds(100)));
        commands.add(new AuctionCommand.Resume(OPENS.plusSeconds(130)));
        commands.add(new AuctionCommand.Tick(OPENS.plusSeconds(182)));
        List<AuctionEvent> all = new ArrayList<>();
        commands.forEach(c -> all.addAll(e.handle(c)));
        assertThat(e.phase()).as("30 paused seconds did not count").isEqualTo(AuctionEngine.Phase.MATCHING);
        assertThat(e.closesAt()).isEqualTo(OPENS.plusSeconds(212));
        assertThat(Replay.events(AuctionTerms.ascending(new BigDecimal("10000.00"), new BigDecimal("100.00"), null, null, OPENS,
                Duration.ZERO, Duration.ofSeconds(60), Set.of("A", "B", "H1", "H2")).withPriority(Map.of("H1", 1)).withMatchAfter(WINDOW),
                commands)).isEqualTo(all);
    }

    /** A holder's match that comes after both the close and the match period (no tick between) is late, live and on replay. */
    @Test
    void aMatchAfterTheWholePeriodIsLateAndTheReplayAgrees() {
        AuctionEngine live = engine(Map.of("H1", 1));
        List<AuctionCommand> record = new ArrayList<>();
        AuctionCommand first = new AuctionCommand.PlaceBid("A", new BigDecimal("10000"), OPENS.plusSeconds(2));
        record.add(first);
        live.handle(first);
        // closes at 62 s, the match period ends at 182 s; the holder's match comes at 183 s
        List<AuctionEngine.Step> steps = AuctionEngine.take(live,
                new AuctionCommand.PlaceBid("H1", new BigDecimal("10000"), OPENS.plusSeconds(183)));
        assertThat(steps).hasSize(2);
        assertThat(steps.get(0).events()).contains(new AuctionEvent.LotAwarded("A", new BigDecimal("10000.00"), OPENS.plusSeconds(182)));
        assertThat(steps.get(1).inRecord()).as("the match is late").isFalse();
        assertThat(refused(steps.get(1).events())).isEqualTo(Reason.CLOSED);
        steps.stream().filter(AuctionEngine.Step::inRecord).forEach(st -> record.add(st.command()));
        List<AuctionEvent> replayed = Replay.events(AuctionTerms.ascending(new BigDecimal("10000.00"), new BigDecimal("100.00"), null,
                null, OPENS, Duration.ZERO, Duration.ofSeconds(60), Set.of("A", "B", "H1", "H2")).withPriority(Map.of("H1", 1))
                .withMatchAfter(WINDOW), record);
        assertThat(replayed).filteredOn(e -> e instanceof AuctionEvent.LotAwarded).singleElement()
                .isEqualTo(new AuctionEvent.LotAwarded("A", new BigDecimal("10000.00"), OPENS.plusSeconds(182)));

        // the same command handled alone (as a replay of a log holding it would) gives the same result
        AuctionEngine direct = engine(Map.of("H1", 1));
        direct.handle(first);
        assertThat(direct.handle(new AuctionCommand.PlaceBid("H1", new BigDecimal("10000"), OPENS.plusSeconds(183))))
                .contains(new AuctionEvent.LotAwarded("A", new BigDecimal("10000.00"), OPENS.plusSeconds(182)));
        assertThat(direct.leader()).contains("A");
    }

    @Test
    void withoutHoldersOrWhenTheAuctionFailsThereIsNoMatchPeriod() {
        AuctionEngine none = engine(Map.of());
        bid(none, "A", "10000", 2);
        assertThat(tick(none, 62)).last().isInstanceOf(AuctionEvent.LotAwarded.class);
        assertThat(none.phase()).isEqualTo(AuctionEngine.Phase.CLOSED);

        AuctionEngine failed = engine(Map.of("H1", 1));
        assertThat(tick(failed, 61)).last().isEqualTo(new AuctionEvent.LotFailed(Reason.NO_BIDS, OPENS.plusSeconds(60)));
    }

    @Test
    void inTheAuctionModeTheHolderStillBidsAtAnEqualPrice() {
        AuctionEngine e = AuctionTerms.ascending(new BigDecimal("10000.00"), new BigDecimal("100.00"), null, null, OPENS, Duration.ZERO,
                Duration.ofSeconds(60), Set.of("A", "H1")).withPriority(Map.of("H1", 1)).newEngine();
        bid(e, "A", "10000", 2);
        assertThat(bid(e, "H1", "10000", 3)).first().isInstanceOf(AuctionEvent.BidAccepted.class);
    }
}
