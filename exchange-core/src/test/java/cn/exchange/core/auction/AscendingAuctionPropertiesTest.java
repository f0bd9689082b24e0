package cn.exchange.core.auction;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Random bid sequences: the invariants hold after every step, and a replay gives the same events. */
class AscendingAuctionPropertiesTest {

    static final Instant OPENS = Instant.parse("2026-12-01T01:00:00Z");
    static final AuctionTerms TERMS = AuctionTerms.ascending(new BigDecimal("10000.00"), new BigDecimal("100.00"),
            new BigDecimal("10500.00"), null, OPENS, Duration.ofMinutes(10), Duration.ofSeconds(60), Set.of("A", "B", "C", "D"));

    record Step(String bidder, int increments, int cents, long millisLater) {
    }

    @Provide
    Arbitrary<List<Step>> sessions() {
        Arbitrary<Step> step = Combinators.combine(Arbitraries.of("A", "B", "C", "D", "X"), Arbitraries.integers().between(-1, 6),
                Arbitraries.of(0, 0, 0, 50, 1), Arbitraries.longs().between(0, 90_000)).as(Step::new);
        return step.list().ofMinSize(1).ofMaxSize(60);
    }

    @Property(tries = 300)
    void invariantsHoldAndReplayAgrees(@ForAll("sessions") List<Step> steps) {
        AuctionEngine e = TERMS.newEngine();
        List<AuctionCommand> log = new ArrayList<>();
        List<AuctionEvent> all = new ArrayList<>();
        Instant t = OPENS;
        for (Step s : steps) {
            t = t.plusMillis(s.millisLater());
            BigDecimal amount = e.price().add(new BigDecimal("100.00").multiply(BigDecimal.valueOf(s.increments())))
                    .add(BigDecimal.valueOf(s.cents(), 2));
            AuctionCommand c = new AuctionCommand.PlaceBid(s.bidder(), amount, t);
            log.add(c);
            all.addAll(e.handle(c));
            AuctionInvariants.check(TERMS, all);
        }
        AuctionCommand end = new AuctionCommand.Tick(t.plus(Duration.ofHours(1)));
        log.add(end);
        all.addAll(e.handle(end));
        AuctionInvariants.check(TERMS, all);
        assertThat(e.phase()).isEqualTo(AuctionEngine.Phase.CLOSED);
        assertThat(e.outcome()).isPresent();
        assertThat(Replay.events(TERMS, log)).isEqualTo(all);
    }
}
