package cn.exchange.web.auction;

import cn.exchange.ejb.auction.AuctionState;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The hall's push pacing: at once after a quiet interval, the latest of a burst once the interval has passed. */
class PushPacerTest {

    static final long INTERVAL = TimeUnit.MILLISECONDS.toNanos(50);

    long now = 1_000_000_000L;
    final List<Runnable> scheduled = new ArrayList<>();
    final List<Long> delays = new ArrayList<>();
    final List<AuctionState> sent = new ArrayList<>();
    final PushPacer pacer = new PushPacer(INTERVAL, () -> now, (task, nanos) -> {
        scheduled.add(task);
        delays.add(nanos);
    }, sent::add);

    @Test
    void theFirstChangeGoesAtOnceAndABurstFoldsIntoItsLatestAfterTheInterval() {
        pacer.offer(state(1, 1, 10));
        assertThat(sent).extracting(AuctionState::lastSeq).containsExactly(10L);

        now += TimeUnit.MILLISECONDS.toNanos(10);
        pacer.offer(state(1, 1, 11));
        pacer.offer(state(1, 1, 12));
        pacer.offer(state(1, 1, 13));
        assertThat(sent).as("nothing more within the interval").hasSize(1);
        assertThat(scheduled).as("one flush for the burst").hasSize(1);
        assertThat(delays.get(0)).isEqualTo(TimeUnit.MILLISECONDS.toNanos(40));

        now += TimeUnit.MILLISECONDS.toNanos(40);
        scheduled.remove(0).run();
        assertThat(sent).extracting(AuctionState::lastSeq).containsExactly(10L, 13L);

        // quiet for longer than the interval: the next change goes at once again
        now += TimeUnit.MILLISECONDS.toNanos(200);
        pacer.offer(state(1, 1, 14));
        assertThat(sent).extracting(AuctionState::lastSeq).containsExactly(10L, 13L, 14L);
        assertThat(scheduled).isEmpty();
    }

    @Test
    void aLateOlderStateDoesNotReplaceANewerOneAndANewSessionWins() {
        pacer.offer(state(1, 1, 20));
        pacer.offer(state(1, 1, 25));
        pacer.offer(state(1, 1, 22));   // an older state arriving late
        scheduled.remove(0).run();
        assertThat(sent).extracting(AuctionState::lastSeq).containsExactly(20L, 25L);

        pacer.offer(state(1, 1, 30));
        pacer.offer(state(1, 2, 0));    // rule 25: the re-run's first state, its log empty
        scheduled.remove(0).run();
        assertThat(sent.get(sent.size() - 1).session()).isEqualTo(2);
    }

    @Test
    void lotsArePacedEachOnItsOwn() {
        pacer.offer(state(1, 1, 1));
        pacer.offer(state(2, 1, 1));
        assertThat(sent).extracting(AuctionState::lotId).containsExactly(1L, 2L);
    }

    @Test
    void aZeroIntervalSendsEveryChange() {
        List<AuctionState> all = new ArrayList<>();
        PushPacer every = new PushPacer(0, () -> now, (task, nanos) -> task.run(), all::add);
        for (int i = 1; i <= 5; i++) {
            every.offer(state(1, 1, i));
        }
        assertThat(all).hasSize(5);
    }

    static AuctionState state(long lot, int session, long seq) {
        return new AuctionState(lot, "ASCENDING", "FREE", new BigDecimal("100.00"), new BigDecimal("1.00"), new BigDecimal("100.00"),
                null, null, null, null, 0, 0, seq, null, null, null, null, null, List.of(), session, false, null, "IN_AUCTION");
    }
}
