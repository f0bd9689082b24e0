package cn.exchange.core.auction;

import cn.exchange.core.auction.AuctionEvent.Reason;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The priority purchase right exercised in the auction (docs/rules.md §1.7, SPC Art. 19 and 21, rule 24): a holder may bid
 * the same price as the highest bid and then leads; with no higher bid it wins; among holders the higher rank wins,
 * at equal rank the earlier bid.
 */
class PriorityRightTest {

    static final Instant OPENS = Instant.parse("2026-12-01T01:00:00Z");

    static AuctionEngine engine(Map<String, Integer> holders) {
        return AuctionTerms.ascending(new BigDecimal("10000.00"), new BigDecimal("100.00"), null, null, OPENS, Duration.ofMinutes(10),
                Duration.ofSeconds(60), Set.of("A", "B", "H1", "H2", "H3")).withPriority(holders).newEngine();
    }

    static List<AuctionEvent> bid(AuctionEngine e, String code, String amount, int second) {
        return e.handle(new AuctionCommand.PlaceBid(code, new BigDecimal(amount), OPENS.plusSeconds(second)));
    }

    static Reason refused(List<AuctionEvent> events) {
        return ((AuctionEvent.BidRejected) events.get(0)).reason();
    }

    @Test
    void aHolderMatchesTheHighestPriceAndWinsWithoutAHigherBid() {
        AuctionEngine e = engine(Map.of("H1", 1));
        bid(e, "A", "10000", 1);
        bid(e, "B", "10100", 2);
        assertThat(bid(e, "H1", "10100", 3).get(0)).isInstanceOf(AuctionEvent.BidAccepted.class);
        assertThat(e.leader()).contains("H1");
        assertThat(refused(bid(e, "A", "10100", 4))).as("an outsider cannot match").isEqualTo(Reason.NOT_ABOVE_HIGHEST);
        bid(e, "A", "10200", 5);
        assertThat(e.leader()).contains("A");
        bid(e, "H1", "10200", 6);
        assertThat(e.handle(new AuctionCommand.Tick(OPENS.plus(Duration.ofMinutes(12)))))
                .contains(new AuctionEvent.LotAwarded("H1", new BigDecimal("10200.00"), OPENS.plus(Duration.ofMinutes(11))));
    }

    @Test
    void amongHoldersTheHigherRankWinsAndAtEqualRankTheEarlierBid() {
        AuctionEngine e = engine(Map.of("H1", 1, "H2", 2, "H3", 2));
        bid(e, "A", "10000", 1);
        bid(e, "H2", "10000", 2);
        assertThat(e.leader()).contains("H2");
        assertThat(refused(bid(e, "H3", "10000", 3))).as("equal rank: the earlier bid keeps the lead").isEqualTo(Reason.NOT_ABOVE_HIGHEST);
        bid(e, "H1", "10000", 4);
        assertThat(e.leader()).as("higher rank (rank 1 before rank 2) takes the lead at the same price").contains("H1");
        assertThat(refused(bid(e, "H2", "10000", 5))).isEqualTo(Reason.NOT_ABOVE_HIGHEST);
        assertThat(refused(bid(e, "H1", "10000", 6))).isEqualTo(Reason.ALREADY_LEADING);
        assertThat(e.price()).isEqualByComparingTo("10000");
    }

    @Test
    void aMatchInTheLimitedPeriodRestartsTheCountdown() {
        AuctionEngine e = engine(Map.of("H1", 1));
        bid(e, "A", "10000", 1);
        Instant t = OPENS.plus(Duration.ofMinutes(10)).plusSeconds(20);
        List<AuctionEvent> ev = e.handle(new AuctionCommand.PlaceBid("H1", new BigDecimal("10000"), t));
        assertThat(ev).contains(new AuctionEvent.CountdownReset(t.plusSeconds(60)));
        assertThat(e.closesAt()).isEqualTo(t.plusSeconds(60));
    }

    static AuctionEngine sealed(Map<String, Integer> holders) {
        return AuctionTerms.sealed(new BigDecimal("100000.00"), null, OPENS, Duration.ofMinutes(10), Set.of("A", "B", "H1", "H2", "H3"))
                .withPriority(holders).newEngine();
    }

    static List<AuctionEvent> close(AuctionEngine e) {
        return e.handle(new AuctionCommand.Tick(OPENS.plus(Duration.ofMinutes(11))));
    }

    static AuctionEvent.LotAwarded award(String code, String amount) {
        return new AuctionEvent.LotAwarded(code, new BigDecimal(amount), OPENS.plus(Duration.ofMinutes(10)));
    }

    /** Rule 24: an outsider quotes 150,000 first, a holder 150,000 later: the holder wins the equal quote. */
    @Test
    void aSealedHolderWinsAnEqualQuoteMadeEarlierByAnOutsider() {
        AuctionEngine e = sealed(Map.of("H1", 1));
        bid(e, "A", "150000", 1);
        bid(e, "H1", "150000", 2);
        assertThat(close(e)).contains(award("H1", "150000.00"));
    }

    @Test
    void aSealedOutsiderNeverWinsAnEqualQuoteAgainstAHolderAndAHigherQuoteStillWins() {
        AuctionEngine e = sealed(Map.of("H1", 1));
        bid(e, "H1", "150000", 1);
        bid(e, "A", "150000", 2);
        bid(e, "B", "149000", 3);
        assertThat(close(e)).as("the holder's earlier equal quote stands").contains(award("H1", "150000.00"));

        AuctionEngine higher = sealed(Map.of("H1", 1));
        bid(higher, "A", "150100", 1);
        bid(higher, "H1", "150000", 2);
        assertThat(close(higher)).as("the right is exercised on price: a higher quote wins").contains(award("A", "150100.00"));
    }

    @Test
    void amongSealedHoldersRankOneBeatsRankTwoAndAtEqualRankTheEarlierQuote() {
        AuctionEngine e = sealed(Map.of("H1", 1, "H2", 2, "H3", 2));
        bid(e, "H2", "150000", 1);
        bid(e, "H3", "150000", 2);
        bid(e, "A", "150000", 3);
        bid(e, "H1", "150000", 4);
        assertThat(close(e)).contains(award("H1", "150000.00"));

        AuctionEngine equalRank = sealed(Map.of("H2", 2, "H3", 2));
        bid(equalRank, "A", "150000", 1);
        bid(equalRank, "H3", "150000", 2);
        bid(equalRank, "H2", "150000", 3);
        assertThat(close(equalRank)).as("equal rank: the earlier quote").contains(award("H3", "150000.00"));
    }
}
