package cn.exchange.core.auction;

import cn.exchange.core.listing.BiddingMethod;
import cn.exchange.core.shared.DomainException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Rule 34 (docs/rules.md §3, SPC Art. 20): bidding ≥ 24 h; a bid in the last 5 minutes moves the end to 5 minutes after it. */
class CourtAuctionTest {

    static final Instant OPENS = Instant.parse("2026-12-01T02:00:00Z");
    static final Instant END = OPENS.plus(Duration.ofHours(24));

    static AuctionEngine court() {
        return AuctionTerms.forLot(BiddingMethod.ONLINE_ASCENDING, true, new BigDecimal("1000000.00"), new BigDecimal("10000.00"), null,
                OPENS, null, null, Set.of("3001", "3002")).newEngine();
    }

    static AuctionCommand.PlaceBid bid(String code, String amount, Instant at) {
        return new AuctionCommand.PlaceBid(code, new BigDecimal(amount), at);
    }

    @Test
    void withoutABidInTheLastFiveMinutesItClosesAtTheEndOfTheTwentyFourHours() {
        AuctionEngine e = court();
        e.handle(bid("3001", "1000000", OPENS.plusSeconds(60)));
        // six minutes before the end: no extension, the end stays
        e.handle(bid("3002", "1010000", END.minus(Duration.ofMinutes(6))));
        assertThat(e.handle(new AuctionCommand.Tick(END))).contains(new AuctionEvent.LotAwarded("3002", new BigDecimal("1010000.00"), END));
    }

    @Test
    void aBidInTheLastFiveMinutesExtendsToFiveMinutesAfterItAgainAndAgain() {
        AuctionEngine e = court();
        e.handle(bid("3001", "1000000", OPENS.plusSeconds(60)));
        Instant late = END.minus(Duration.ofMinutes(2));
        e.handle(bid("3002", "1010000", late));
        assertThat(e.closesAt()).isEqualTo(late.plus(Duration.ofMinutes(5)));
        Instant later = late.plus(Duration.ofMinutes(4));
        e.handle(bid("3001", "1020000", later));
        assertThat(e.closesAt()).isEqualTo(later.plus(Duration.ofMinutes(5)));
        assertThat(e.handle(new AuctionCommand.Tick(later.plus(Duration.ofMinutes(5)))))
                .contains(new AuctionEvent.LotAwarded("3001", new BigDecimal("1020000.00"), later.plus(Duration.ofMinutes(5))));
    }

    @Test
    void aSingleQualifiedBidderWhoBidsTheStartPriceWins() {
        // rule 34, SPC 2016 Art. 11: no minimum number of bidders — one is enough for the session and its bid at the start wins
        AuctionTerms.requireCompetition(Set.of("3001"), 7, true);
        assertThatThrownBy(() -> AuctionTerms.requireCompetition(Set.of("3001"), 7, false))
                .isInstanceOf(DomainException.class).extracting(e -> ((DomainException) e).code()).isEqualTo("auction.tooFewBidders");
        AuctionEngine e = AuctionTerms.forLot(BiddingMethod.ONLINE_ASCENDING, true, new BigDecimal("1000000.00"), new BigDecimal("10000.00"),
                null, OPENS, null, null, Set.of("3001")).newEngine();
        e.handle(bid("3001", "1000000", OPENS.plusSeconds(60)));
        assertThat(e.handle(new AuctionCommand.Tick(END))).contains(new AuctionEvent.LotAwarded("3001", new BigDecimal("1000000.00"), END));
    }

    @Test
    void lessThanTwentyFourHoursOfBiddingIsRefused() {
        assertThatThrownBy(() -> AuctionTerms.forLot(BiddingMethod.ONLINE_ASCENDING, true, new BigDecimal("1000000.00"),
                new BigDecimal("10000.00"), null, OPENS, Duration.ofHours(23), null, Set.of("3001", "3002")))
                .isInstanceOf(DomainException.class).extracting(e -> ((DomainException) e).code()).isEqualTo("auction.courtBidding");
        assertThat(AuctionTerms.forLot(BiddingMethod.ONLINE_ASCENDING, true, new BigDecimal("1.00"), new BigDecimal("1.00"), null, OPENS,
                Duration.ofHours(48), null, Set.of("3001")).freeEnd()).isEqualTo(OPENS.plus(Duration.ofHours(48)).minus(Duration.ofMinutes(5)));
    }
}
