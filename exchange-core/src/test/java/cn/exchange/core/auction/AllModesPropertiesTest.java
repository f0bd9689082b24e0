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

/**
 * Every mode (多次报价 and court-style with priority right holders, 一次报价, 荷式) under random sequences of bids, ticks, pauses and resumes: the
 * invariants hold after every step, the lot ends with exactly one outcome, and replaying the commands into a fresh
 * engine gives the same events (the bid log's replay, rule 21).
 */
class AllModesPropertiesTest {

    static final Instant OPENS = Instant.parse("2026-12-01T01:00:00Z");
    static final Set<String> QUALIFIED = Set.of("A", "B", "C");

    static final List<AuctionTerms> MODES = List.of(
            AuctionTerms.ascending(new BigDecimal("10000.00"), new BigDecimal("100.00"), new BigDecimal("10300.00"),
                    new BigDecimal("12000.00"), OPENS, Duration.ofMinutes(5), Duration.ofSeconds(60), QUALIFIED)
                    .withPriority(java.util.Map.of("C", 2, "B", 1)),
            AuctionTerms.sealed(new BigDecimal("10000.00"), new BigDecimal("10200.00"), OPENS, Duration.ofMinutes(10), QUALIFIED),
            AuctionTerms.dutch(new BigDecimal("20000.00"), new BigDecimal("500.00"), Duration.ofSeconds(30), new BigDecimal("15000.00"),
                    OPENS, QUALIFIED),
            AuctionTerms.court(new BigDecimal("10000.00"), new BigDecimal("100.00"), null, OPENS, Duration.ofHours(24), QUALIFIED)
                    .withPriority(java.util.Map.of("A", 1)));

    /** One step: what happens, who, how many increments above the price on screen (or a stray amount), how much later. */
    record Step(int kind, String bidder, int increments, long millisLater) {
    }

    @Provide
    Arbitrary<List<Step>> sessions() {
        Arbitrary<Step> step = Combinators.combine(Arbitraries.integers().between(0, 12), Arbitraries.of("A", "B", "C", "Z"),
                Arbitraries.integers().between(-1, 4), Arbitraries.longs().between(0, 120_000)).as(Step::new);
        // increments 0 = the same price as the highest: a match for a priority holder, a refusal for anyone else
        return step.list().ofMinSize(1).ofMaxSize(80);
    }

    @Property(tries = 200)
    void everyModeKeepsItsInvariantsAndReplays(@ForAll("sessions") List<Step> steps, @ForAll("modes") int mode) {
        AuctionTerms terms = MODES.get(mode);
        AuctionEngine e = terms.newEngine();
        List<AuctionCommand> log = new ArrayList<>();
        List<AuctionEvent> all = new ArrayList<>();
        Instant t = OPENS.minusSeconds(30);
        for (Step s : steps) {
            t = t.plusMillis(terms.start().plus(Duration.ofHours(20)).isBefore(t) ? s.millisLater() : s.millisLater() * (mode == 3 ? 900 : 1));
            AuctionCommand c = switch (s.kind()) {
                case 0 -> new AuctionCommand.Tick(t);
                case 1 -> new AuctionCommand.Pause("outage", t);
                case 2 -> new AuctionCommand.Resume(t);
                default -> new AuctionCommand.PlaceBid(s.bidder(), amount(terms, e, s.increments()), t);
            };
            log.add(c);
            all.addAll(e.handle(c));
            AuctionInvariants.check(terms, all);
        }
        // resume if paused, then let all time pass: the lot must end with one outcome
        t = t.plusSeconds(1);
        for (AuctionCommand c : List.<AuctionCommand>of(new AuctionCommand.Resume(t), new AuctionCommand.Tick(t.plus(Duration.ofDays(3))))) {
            log.add(c);
            all.addAll(e.handle(c));
        }
        AuctionInvariants.check(terms, all);
        assertThat(e.phase()).isEqualTo(AuctionEngine.Phase.CLOSED);
        assertThat(all.stream().filter(ev -> ev instanceof AuctionEvent.LotAwarded || ev instanceof AuctionEvent.LotFailed)).hasSize(1);
        assertThat(Replay.events(terms, log)).isEqualTo(all);
    }

    @Provide
    Arbitrary<Integer> modes() {
        return Arbitraries.integers().between(0, MODES.size() - 1);
    }

    private static BigDecimal amount(AuctionTerms terms, AuctionEngine e, int increments) {
        if (terms.mode() == AuctionTerms.Mode.DUTCH) {
            return increments <= 0 ? e.price().subtract(BigDecimal.ONE) : e.price();
        }
        BigDecimal step = terms.increment() == null ? new BigDecimal("150.00") : terms.increment();
        return e.price().add(step.multiply(BigDecimal.valueOf(increments)));
    }
}
