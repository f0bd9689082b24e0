package cn.exchange.core.auction;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * 模拟竞价, a practice session: a registered bidder tries the hall at any time against two simulated
 * bidders, on a made-up lot that is no lot of the exchange. It runs the real ascending engine ({@link AuctionTerms#ascending})
 * with rule 20's increments and rule 22's free and limited periods (shortened: {@link #FREE}, {@link #LIMITED}), so what
 * the bidder learns — the first bid is the start price, each bid a whole increment above the highest, every bid in the
 * limited period restarts its countdown, the last bid standing wins — is what the real hall does.
 * <p>
 * Deterministic like every engine: the session is its seed, its opening time and the practising bidder's own bids; the
 * simulated bidders' bids follow from them ({@link #run}), so nothing else is stored and any server can answer.
 * A simulated bidder answers being outbid after its own delay with one increment, up to its own limit, which the seed
 * chooses between {@link #MIN_STEPS} and {@link #MAX_STEPS} increments above the start price.
 */
public final class Practice {

    /** The practising bidder's code in the session, and the two simulated bidders'. */
    public static final String ME = "P-0001";
    public static final List<String> ROBOTS = List.of("P-0002", "P-0003");
    public static final BigDecimal START = new BigDecimal("100000.00");
    public static final BigDecimal INCREMENT = new BigDecimal("1000.00");
    /** From "start" to the opening: time to look at the screen first. */
    public static final Duration LEAD_IN = Duration.ofSeconds(5);
    /** The free period (a real lot's is about an hour) and the limited period every bid restarts (a real lot's [300 s]). */
    public static final Duration FREE = Duration.ofSeconds(60);
    public static final Duration LIMITED = Duration.ofSeconds(30);
    static final int MIN_STEPS = 4;
    static final int MAX_STEPS = 16;
    /** How many bids one practice session takes from the practising bidder (it is a practice, not a load test). */
    public static final int MAX_BIDS = 200;

    /** A simulated bidder: its code, the highest price it bids, and how long it takes to answer being outbid. */
    public record Robot(String code, BigDecimal limit, Duration delay) {
    }

    /** One of the practising bidder's bids, as received. */
    public record Bid(BigDecimal amount, Instant at) {
    }

    /**
     * The session at a moment: the engine (phase, price, leader, countdown, outcome), every accepted bid in order, and
     * the answer to each of the practising bidder's bids (its accepted bid, or its refusal).
     */
    public record Run(AuctionEngine engine, List<AuctionEvent.BidAccepted> accepted, List<AuctionEvent> answers) {
    }

    private final AuctionTerms terms;
    private final List<Robot> robots;

    private Practice(AuctionTerms terms, List<Robot> robots) {
        this.terms = terms;
        this.robots = List.copyOf(robots);
    }

    /** The session of {@code seed} that opens at {@code opens}; the same seed gives the same simulated bidders. */
    public static Practice of(long seed, Instant opens) {
        SplittableRandom r = new SplittableRandom(seed);
        int first = MIN_STEPS + r.nextInt(MAX_STEPS - MIN_STEPS + 1);
        int second = MIN_STEPS + r.nextInt(MAX_STEPS - MIN_STEPS);
        if (second >= first) {
            second++;   // two different limits: one of them gives up first
        }
        List<Robot> robots = List.of(
                new Robot(ROBOTS.get(0), limit(first), Duration.ofMillis(2000 + r.nextInt(4000))),
                new Robot(ROBOTS.get(1), limit(second), Duration.ofMillis(2000 + r.nextInt(4000))));
        Set<String> codes = Set.of(ME, ROBOTS.get(0), ROBOTS.get(1));
        return new Practice(AuctionTerms.ascending(START, INCREMENT, null, null, opens, FREE, LIMITED, codes), robots);
    }

    private static BigDecimal limit(int steps) {
        return START.add(INCREMENT.multiply(BigDecimal.valueOf(steps)));
    }

    public AuctionTerms terms() {
        return terms;
    }

    public List<Robot> robots() {
        return robots;
    }

    /**
     * The session as it stands at {@code now}, given the practising bidder's bids (in the order received, none after
     * {@code now}): the simulated bidders act between them as their rule says.
     */
    public Run run(List<Bid> mine, Instant now) {
        AuctionEngine engine = terms.newEngine();
        List<AuctionEvent.BidAccepted> accepted = new ArrayList<>();
        List<AuctionEvent> answers = new ArrayList<>();
        Clock c = new Clock(terms.start());
        for (Bid b : mine) {
            advance(engine, accepted, c, b.at());
            List<AuctionEvent> events = engine.handle(new AuctionCommand.PlaceBid(ME, b.amount(), c.move(b.at())));
            answers.add(answer(events));
            collect(events, accepted, c);
        }
        advance(engine, accepted, c, now);
        collect(engine.handle(new AuctionCommand.Tick(c.move(now))), accepted, c);
        return new Run(engine, List.copyOf(accepted), List.copyOf(answers));
    }

    /** The simulated bidders' bids and the passing of time up to {@code until}, in time order. */
    private void advance(AuctionEngine engine, List<AuctionEvent.BidAccepted> accepted, Clock c, Instant until) {
        for (int guard = 0; guard < 10_000; guard++) {
            if (engine.phase() == AuctionEngine.Phase.CLOSED) {
                return;
            }
            Robot next = null;
            Instant when = null;
            BigDecimal amount = accepted.isEmpty() ? START : engine.price().add(INCREMENT);
            String leader = engine.leader().orElse(null);
            for (Robot r : robots) {
                if (!r.code().equals(leader) && amount.compareTo(r.limit()) <= 0 && !c.refused.contains(r.code())) {
                    Instant t = c.notBefore(c.lastChange.plus(r.delay()));
                    if (when == null || t.isBefore(when)) {
                        next = r;
                        when = t;
                    }
                }
            }
            Instant time = engine.nextTimeEvent();
            if (time != null && !time.isAfter(until) && (when == null || !time.isAfter(when))) {
                collect(engine.handle(new AuctionCommand.Tick(c.move(time))), accepted, c);
                continue;
            }
            if (when == null || when.isAfter(until)) {
                return;
            }
            List<AuctionEvent> events = engine.handle(new AuctionCommand.PlaceBid(next.code(), amount, c.move(when)));
            if (!(answer(events) instanceof AuctionEvent.BidAccepted)) {
                c.refused.add(next.code());   // never again in this session: a simulated bidder does not insist
            }
            collect(events, accepted, c);
        }
        throw new IllegalStateException("practice session does not settle");
    }

    private static void collect(List<AuctionEvent> events, List<AuctionEvent.BidAccepted> accepted, Clock c) {
        for (AuctionEvent e : events) {
            if (e instanceof AuctionEvent.BidAccepted a) {
                accepted.add(a);
                c.lastChange = a.at();
            }
        }
    }

    /** The engine's answer to a bid: its acceptance or its refusal. */
    private static AuctionEvent answer(List<AuctionEvent> events) {
        Optional<AuctionEvent> a = events.stream()
                .filter(e -> e instanceof AuctionEvent.BidAccepted || e instanceof AuctionEvent.BidRejected).findFirst();
        return a.orElseThrow();
    }

    /** The session's time: commands never go back in time; the simulated bidders react to the last accepted bid. */
    private static final class Clock {
        Instant last;
        Instant lastChange;
        final java.util.Set<String> refused = new java.util.HashSet<>();

        Clock(Instant opens) {
            last = Instant.EPOCH;
            lastChange = opens;
        }

        /** {@code t}, or the last command's time if {@code t} is earlier. */
        Instant notBefore(Instant t) {
            return t.isAfter(last) ? t : last;
        }

        /** The time of the next command: {@code t}, never before the last one. */
        Instant move(Instant t) {
            last = notBefore(t);
            return last;
        }
    }
}
