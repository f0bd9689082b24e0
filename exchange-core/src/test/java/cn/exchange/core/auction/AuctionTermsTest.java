package cn.exchange.core.auction;

import cn.exchange.core.shared.DomainException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A lot's periods (rule 22's defaults and their bounds), rule 17's two bidders, and the hall's quick bids (rule 20). */
class AuctionTermsTest {

    @Test
    void periodsDefaultToRuleTwentyTwoAndStayWithinBounds() {
        assertThat(AuctionTerms.periods(null, null)).containsExactly(Duration.ofMinutes(60), Duration.ofSeconds(300));
        assertThat(AuctionTerms.periods(Duration.ZERO, Duration.ofSeconds(5))).containsExactly(Duration.ZERO, Duration.ofSeconds(5));
        assertThatThrownBy(() -> AuctionTerms.periods(Duration.ofDays(61), null)).isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).problems().get(0).field()).isEqualTo("freeSeconds");
        assertThatThrownBy(() -> AuctionTerms.periods(null, Duration.ofSeconds(4))).isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).problems().get(0).field()).isEqualTo("limitedSeconds");
        assertThatThrownBy(() -> AuctionTerms.periods(null, Duration.ofHours(25))).isInstanceOf(DomainException.class);
    }

    @Test
    void anAuctionNeedsTwoQualifiedBidders() {
        AuctionTerms.requireCompetition(Set.of("1001", "1002"), 7);
        assertThatThrownBy(() -> AuctionTerms.requireCompetition(Set.of("1001"), 7))
                .extracting(e -> ((DomainException) e).code()).isEqualTo("auction.tooFewBidders");
    }

    @Test
    void aSessionMayBeRescheduledUntilItStartsByPhaseAndStartTime() {
        java.time.Instant start = java.time.Instant.parse("2026-12-01T01:00:00Z");
        AuctionTerms.requireNotStarted(null, null, start);
        AuctionTerms.requireNotStarted(AuctionEngine.Phase.NOT_STARTED, start, start.minusMillis(1));
        for (var started : new Object[][] {{AuctionEngine.Phase.NOT_STARTED, start}, {AuctionEngine.Phase.FREE, start.minusSeconds(60)},
                {AuctionEngine.Phase.PAUSED, start.minusSeconds(60)}, {AuctionEngine.Phase.CLOSED, start.minusSeconds(60)}}) {
            assertThatThrownBy(() -> AuctionTerms.requireNotStarted((AuctionEngine.Phase) started[0], start, (java.time.Instant) started[1]))
                    .extracting(e -> ((DomainException) e).code()).isEqualTo("auction.alreadyRunning");
        }
    }

    @Test
    void quickBidsStartAtTheStartPriceThenAddWholeIncrements() {
        BigDecimal start = new BigDecimal("100000.00");
        BigDecimal inc = new BigDecimal("1000.00");
        assertThat(AuctionTerms.quickBid(start, inc, start, false, 1)).isEqualByComparingTo("100000.00");
        assertThat(AuctionTerms.quickBid(start, inc, start, false, 3)).isEqualByComparingTo("102000.00");
        assertThat(AuctionTerms.quickBid(start, inc, new BigDecimal("105000.00"), true, 2)).isEqualByComparingTo("107000.00");
    }
}
