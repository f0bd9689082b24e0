package cn.exchange.core.auction;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sixteen threads hammer one lot, each bidding "the price I just saw + one increment" (so most bids race and lose):
 * afterwards the events keep every invariant, exactly one bid per accepted price exists, the journal replays to the same
 * events, and the lot has exactly one outcome.
 */
class SerializedLotConcurrencyTest {

    @Test
    void manyThreadsOneLotInvariantsHoldAndTheJournalReplays() throws Exception {
        Instant opens = Instant.parse("2026-12-01T01:00:00Z");
        // a monotonic fake clock: one millisecond per reading, starting in the limited period
        AtomicLong millis = new AtomicLong(opens.plusSeconds(3600).toEpochMilli());
        InstantSource clock = () -> Instant.ofEpochMilli(millis.incrementAndGet());
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            codes.add(Integer.toString(1000 + i));
        }
        AuctionTerms terms = AuctionTerms.ascending(new BigDecimal("10000.00"), new BigDecimal("100.00"), null, null, opens,
                Duration.ofMinutes(60), Duration.ofSeconds(300), Set.copyOf(codes));
        SerializedLot lot = new SerializedLot(terms, clock);
        ExecutorService pool = Executors.newFixedThreadPool(16);
        CountDownLatch go = new CountDownLatch(1);
        for (String code : codes) {
            pool.submit(() -> {
                go.await();
                for (int i = 0; i < 500; i++) {
                    lot.placeBid(code, lot.price().add(new BigDecimal("100.00")));
                }
                return null;
            });
        }
        go.countDown();
        pool.shutdown();
        assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        millis.addAndGet(Duration.ofMinutes(10).toMillis());
        lot.tick();

        List<AuctionEvent> events = lot.events();
        AuctionInvariants.check(terms, events);
        long accepted = events.stream().filter(e -> e instanceof AuctionEvent.BidAccepted).count();
        long rejected = events.stream().filter(e -> e instanceof AuctionEvent.BidRejected).count();
        assertThat(accepted + rejected).isEqualTo(16 * 500);
        assertThat(accepted).isGreaterThan(0);
        AuctionEvent.BidAccepted lastBid = (AuctionEvent.BidAccepted) events.stream().filter(e -> e instanceof AuctionEvent.BidAccepted)
                .reduce((a, b) -> b).orElseThrow();
        assertThat(lastBid.amount()).isEqualByComparingTo(new BigDecimal("10000.00").add(new BigDecimal("100.00").multiply(BigDecimal.valueOf(accepted))));
        assertThat(events.stream().filter(e -> e instanceof AuctionEvent.LotAwarded || e instanceof AuctionEvent.LotFailed)).hasSize(1);
        assertThat(Replay.events(terms, lot.journal())).isEqualTo(events);
    }
}
