package cn.exchange.ejb.listing;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The board's kept answers: reused only at the version they were computed at, bounded, failures not kept. */
class BoardCacheTest {

    private final BoardCache cache = new BoardCache();
    private final AtomicInteger computed = new AtomicInteger();

    private String answer(String what) {
        return what + " #" + computed.incrementAndGet();
    }

    @Test
    void anAnswerIsReusedWhileTheVersionStaysAndRecomputedWhenItMoves() {
        assertThat(cache.get("search a", 7, () -> answer("a"))).isEqualTo("a #1");
        assertThat(cache.get("search a", 7, () -> answer("a"))).isEqualTo("a #1");
        assertThat(cache.get("search b", 7, () -> answer("b"))).isEqualTo("b #2");
        assertThat(cache.get("search a", 8, () -> answer("a"))).as("a change moved the version").isEqualTo("a #3");
        assertThat(cache.get("search a", 8, () -> answer("a"))).isEqualTo("a #3");
        assertThat(cache.counts()).containsExactly(2, 3);
    }

    @Test
    void aSlowReaderOfAnOlderVersionDoesNotReplaceANewerAnswer() {
        cache.get("lot 1", 9, () -> answer("new"));
        // a request that read version 8 finishes after one that read 9: its answer is served once, not kept
        assertThat(cache.get("lot 1", 8, () -> answer("old"))).isEqualTo("old #2");
        assertThat(cache.get("lot 1", 9, () -> answer("new"))).isEqualTo("new #1");
    }

    @Test
    void aFailureIsNotKeptAndTheCacheStaysBounded() {
        assertThatThrownBy(() -> cache.get("lot 404", 1, () -> {
            throw new IllegalStateException("not public");
        })).hasMessage("not public");
        assertThat(cache.get("lot 404", 1, () -> answer("now public"))).isEqualTo("now public #1");

        for (int i = 0; i < BoardCache.ENTRIES + 10; i++) {
            cache.get("search " + i, 1, () -> answer("x"));
        }
        int before = computed.get();
        cache.get("search 0", 1, () -> answer("x"));
        assertThat(computed.get()).as("the least recently used answer was dropped").isEqualTo(before + 1);
        cache.get("search " + (BoardCache.ENTRIES + 9), 1, () -> answer("x"));
        assertThat(computed.get()).as("a recent answer is kept").isEqualTo(before + 1);
    }
}
