package cn.exchange.core.auction;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** 模拟竞价: the practice session runs the real ascending rules against two simulated bidders. */
class PracticeTest {

    static final Instant OPENS = Instant.parse("2027-03-01T02:00:00Z");

    @Test
    void theSameSeedGivesTheSameSimulatedBiddersWithTwoDifferentLimits() {
        for (long seed = 0; seed < 200; seed++) {
            Practice p = Practice.of(seed, OPENS);
            assertThat(p.robots()).hasSize(2);
            assertThat(p.robots().get(0).limit()).isNotEqualByComparingTo(p.robots().get(1).limit());
            for (Practice.Robot r : p.robots()) {
                assertThat(r.limit()).isBetween(new BigDecimal("104000.00"), new BigDecimal("116000.00"));
                assertThat(r.delay()).isBetween(Duration.ofSeconds(2), Duration.ofSeconds(6));
            }
            assertThat(Practice.of(seed, OPENS).robots()).isEqualTo(p.robots());
        }
    }

    @Test
    void leftAloneTheSimulatedBiddersBidUpToTheLowerLimitAndTheOtherWins() {
        for (long seed = 0; seed < 50; seed++) {
            Practice p = Practice.of(seed, OPENS);
            Practice.Run run = p.run(List.of(), OPENS.plus(Duration.ofHours(1)));
            Practice.Robot high = p.robots().stream().max(Comparator.comparing(Practice.Robot::limit)).orElseThrow();
            Practice.Robot low = p.robots().stream().min(Comparator.comparing(Practice.Robot::limit)).orElseThrow();
            assertThat(run.engine().phase()).isEqualTo(AuctionEngine.Phase.CLOSED);
            assertThat(run.engine().outcome()).containsInstanceOf(AuctionEvent.LotAwarded.class);
            AuctionEvent.LotAwarded award = (AuctionEvent.LotAwarded) run.engine().outcome().orElseThrow();
            assertThat(award.bidderCode()).isEqualTo(high.code());
            // the lower one bid its limit (the other answers one increment above) or could not beat the other's bid at it
            assertThat(award.price()).isBetween(low.limit(), low.limit().add(Practice.INCREMENT));
            // the first bid is the start price, each next one increment above, nobody above its own limit
            assertThat(run.accepted().get(0).amount()).isEqualByComparingTo(Practice.START);
            for (int i = 0; i < run.accepted().size(); i++) {
                AuctionEvent.BidAccepted a = run.accepted().get(i);
                assertThat(a.amount()).isEqualByComparingTo(Practice.START.add(Practice.INCREMENT.multiply(BigDecimal.valueOf(i))));
                Practice.Robot who = p.robots().stream().filter(r -> r.code().equals(a.bidderCode())).findFirst().orElseThrow();
                assertThat(a.amount()).isLessThanOrEqualTo(who.limit());
            }
        }
    }

    @Test
    void aPractisingBidderWhoKeepsBiddingOneIncrementAboveWinsAboveBothLimitsAndTheCountdownRestarts() {
        Practice p = Practice.of(7, OPENS);
        BigDecimal top = p.robots().stream().map(Practice.Robot::limit).max(Comparator.naturalOrder()).orElseThrow();
        List<Practice.Bid> mine = new ArrayList<>();
        // the simulated bidders bid during the free period; the practising bidder comes in the limited period
        Instant t = OPENS.plus(Practice.FREE).plusSeconds(5);
        Practice.Run run = p.run(mine, t);
        while (run.engine().phase() != AuctionEngine.Phase.CLOSED) {
            String leader = run.engine().leader().orElse(null);
            if (!Practice.ME.equals(leader)) {
                BigDecimal amount = run.accepted().isEmpty() ? Practice.START : run.engine().price().add(Practice.INCREMENT);
                mine.add(new Practice.Bid(amount, t));
                run = p.run(mine, t);
                assertThat(run.answers().get(mine.size() - 1)).isInstanceOf(AuctionEvent.BidAccepted.class);
            }
            t = t.plus(Duration.ofSeconds(7));
            run = p.run(mine, t);
        }
        AuctionEvent.LotAwarded award = (AuctionEvent.LotAwarded) run.engine().outcome().orElseThrow();
        assertThat(award.bidderCode()).isEqualTo(Practice.ME);
        assertThat(award.price()).isBetween(top, top.add(Practice.INCREMENT));
        // the lot closed a limited period after the last bid: every bid restarted the countdown
        AuctionEvent.BidAccepted last = run.accepted().get(run.accepted().size() - 1);
        assertThat(last.bidderCode()).isEqualTo(Practice.ME);
        Instant freeEnd = OPENS.plus(Practice.FREE);
        assertThat(last.at()).isAfter(freeEnd);
        assertThat(award.at()).isEqualTo(last.at().plus(Practice.LIMITED));
        // the same bids give the same session, on any server, at any later time
        assertThat(p.run(mine, t.plus(Duration.ofDays(3))).accepted()).isEqualTo(run.accepted());
    }

    @Test
    void refusedBidsAreAnsweredWithTheRealHallsReasons() {
        Practice p = Practice.of(3, OPENS);
        List<Practice.Bid> mine = List.of(
                new Practice.Bid(Practice.START, OPENS.minusSeconds(2)),
                new Practice.Bid(new BigDecimal("99000.00"), OPENS.plusMillis(500)),
                new Practice.Bid(new BigDecimal("100500.00"), OPENS.plusMillis(600)),
                new Practice.Bid(Practice.START, OPENS.plusMillis(700)),
                new Practice.Bid(new BigDecimal("101000.00"), OPENS.plusMillis(800)));
        Practice.Run run = p.run(mine, OPENS.plusSeconds(1));
        assertThat(run.answers()).extracting(a -> a instanceof AuctionEvent.BidRejected r ? r.reason().name() : "ACCEPTED")
                .containsExactly("NOT_STARTED", "BELOW_START", "NOT_A_WHOLE_INCREMENT", "ACCEPTED", "ALREADY_LEADING");
        assertThat(run.engine().leader()).contains(Practice.ME);
        // the simulated bidders have not answered yet (they take two seconds at least)
        assertThat(run.accepted()).hasSize(1);
        assertThat(p.run(mine, OPENS.plusSeconds(7)).engine().leader()).isNotEqualTo(java.util.Optional.of(Practice.ME));
    }
}
