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

/** 一次报价 and 荷式 (docs/rules.md §2.1, §2.3). */
class OtherModesTest {

    static final Instant OPENS = Instant.parse("2026-12-01T01:00:00Z");

    static AuctionCommand.PlaceBid bid(String code, String amount, Instant at) {
        return new AuctionCommand.PlaceBid(code, new BigDecimal(amount), at);
    }

    @Test
    void sealedQuotesStayHiddenTheHighestWinsAndATieGoesToTheEarlier() {
        AuctionTerms t = AuctionTerms.sealed(new BigDecimal("50000.00"), new BigDecimal("52000.00"), OPENS, Duration.ofHours(2),
                Set.of("2001", "2002", "2003"));
        AuctionEngine e = t.newEngine();
        List<AuctionEvent> all = new ArrayList<>();
        all.addAll(e.handle(bid("2001", "55000", OPENS.plusSeconds(10))));
        all.addAll(e.handle(bid("2002", "55000", OPENS.plusSeconds(20))));
        List<AuctionEvent> twice = e.handle(bid("2001", "60000", OPENS.plusSeconds(30)));
        assertThat(((AuctionEvent.BidRejected) twice.get(0)).reason()).isEqualTo(Reason.ALREADY_QUOTED);
        assertThat(((AuctionEvent.BidRejected) e.handle(bid("2003", "49999.99", OPENS.plusSeconds(40))).get(0)).reason())
                .isEqualTo(Reason.BELOW_START);
        assertThat(e.leader()).as("hidden until the close").isEmpty();
        assertThat(e.price()).isEqualByComparingTo("50000");
        all.addAll(e.handle(new AuctionCommand.Tick(OPENS.plus(Duration.ofHours(2)))));
        assertThat(all.get(all.size() - 1))
                .isEqualTo(new AuctionEvent.LotAwarded("2001", new BigDecimal("55000.00"), OPENS.plus(Duration.ofHours(2))));
        AuctionInvariants.check(t, all);
    }

    @Test
    void theDutchPriceFallsAndTheFirstAcceptanceWins() {
        AuctionTerms t = AuctionTerms.dutch(new BigDecimal("100000.00"), new BigDecimal("10000.00"), Duration.ofMinutes(1),
                new BigDecimal("60000.00"), OPENS, Set.of("3001", "3002"));
        AuctionEngine e = t.newEngine();
        assertThat(e.handle(new AuctionCommand.Tick(OPENS.plusSeconds(150))))
                .containsExactly(new AuctionEvent.PriceLowered(new BigDecimal("80000.00"), OPENS.plusSeconds(120)));
        assertThat(((AuctionEvent.BidRejected) e.handle(bid("3001", "90000", OPENS.plusSeconds(151))).get(0)).reason())
                .isEqualTo(Reason.NOT_CURRENT_PRICE);
        List<AuctionEvent> taken = e.handle(bid("3002", "80000", OPENS.plusSeconds(152)));
        assertThat(taken).endsWith(new AuctionEvent.LotAwarded("3002", new BigDecimal("80000.00"), OPENS.plusSeconds(152)));
        assertThat(((AuctionEvent.BidRejected) e.handle(bid("3001", "80000", OPENS.plusSeconds(153))).get(0)).reason())
                .isEqualTo(Reason.CLOSED);
    }

    @Test
    void aDutchLotNobodyTakesFailsOneIntervalAfterReachingTheFloor() {
        AuctionTerms t = AuctionTerms.dutch(new BigDecimal("100000.00"), new BigDecimal("10000.00"), Duration.ofMinutes(1),
                new BigDecimal("60000.00"), OPENS, Set.of("3001"));
        AuctionEngine e = t.newEngine();
        assertThat(e.closesAt()).isEqualTo(OPENS.plusSeconds(300));
        assertThat(e.handle(new AuctionCommand.Tick(OPENS.plusSeconds(299)))).extracting(Object::getClass)
                .containsOnly(AuctionEvent.PriceLowered.class);
        assertThat(e.price()).isEqualByComparingTo("60000");
        assertThat(e.handle(new AuctionCommand.Tick(OPENS.plusSeconds(300))))
                .containsExactly(new AuctionEvent.LotFailed(Reason.NO_BIDS, OPENS.plusSeconds(300)));
    }
}
