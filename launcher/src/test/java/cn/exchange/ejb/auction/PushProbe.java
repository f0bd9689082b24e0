package cn.exchange.ejb.auction;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static cn.exchange.ejb.auction.AuctionBenchmarkIT.*;
import static cn.exchange.ejb.auction.BenchLoads.http;
import static org.assertj.core.api.Assertions.assertThat;

/** Push latency: WebSocket watchers of one lot, two bidders taking turns. */
final class PushProbe {

    private PushProbe() {
    }

    /** 2,000 watchers of one lot; two bidders take turns; per price change, acceptance → last watcher's receipt. */
    static String pushLatency(String base, long lot, List<String> tokens) throws Exception {
        HttpClient client = http();
        Map<Long, long[]> perSeq = new ConcurrentHashMap<>();   // lastSeq -> {receipts, max latency ms}
        List<WebSocket> sockets = new ArrayList<>();
        CountDownLatch connected = new CountDownLatch(WATCHERS);
        String ws = base.replace("http://", "ws://") + "/ws/auctions/" + lot;
        for (int i = 0; i < WATCHERS; i++) {
            sockets.add(client.newWebSocketBuilder().buildAsync(URI.create(ws), new StateWatcher() {
                @Override
                public void onOpen(WebSocket w) {
                    connected.countDown();
                    w.request(1);
                }

                @Override
                void onState(String m, long now) {
                    int r = recent(m);
                    if (r > 0) {
                        long seq = number(m, "\"lastSeq\":");
                        long at = number(m.substring(r), "\"at\":");
                        perSeq.compute(seq, (k, v) -> v == null ? new long[] {1, now - at} : new long[] {v[0] + 1, Math.max(v[1], now - at)});
                    }
                }
            }).get(30, TimeUnit.SECONDS));
        }
        assertThat(connected.await(60, TimeUnit.SECONDS)).isTrue();
        Thread.sleep(1000);
        perSeq.clear();
        HttpClient bidder = http();
        int bids = 0;
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(SECONDS);
        for (long k = 0; System.nanoTime() < end; k++) {
            String token = tokens.get((int) (k % 2));
            HttpResponse<String> r = bidder.send(HttpRequest.newBuilder(URI.create(base + "/api/auctions/" + lot + "/bids"))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"amount\":" + START.add(INC.multiply(BigDecimal.valueOf(k))).toPlainString()
                            + ",\"requestId\":\"push-" + k + "\"}")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.body()).contains("\"accepted\":true");
            bids++;
            Thread.sleep(100);
        }
        Thread.sleep(2000);
        for (WebSocket w : sockets) {
            w.abort();
        }
        List<long[]> changes = new ArrayList<>(perSeq.values());
        long complete = changes.stream().filter(v -> v[0] == WATCHERS).count();
        long[] last = changes.stream().mapToLong(v -> v[1]).sorted().toArray();
        return String.format("push: %d watchers, %d price changes, %d received by every watcher; acceptance -> last watcher p50 %d ms,"
                + " p99 %d ms, max %d ms", WATCHERS, bids, complete, pct(last, 50), pct(last, 99), last.length == 0 ? 0 : last[last.length - 1]);
    }

    /**
     * A watcher of a lot's WebSocket: it joins each message's frames and hands every whole state message, with the time
     * it arrived, to {@link #onState}; it asks for the next message after each frame.
     */
    abstract static class StateWatcher implements WebSocket.Listener {
        private final StringBuilder buf = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket w, CharSequence data, boolean last) {
            buf.append(data);
            if (last) {
                long now = System.currentTimeMillis();
                String m = buf.toString();
                buf.setLength(0);
                if (m.startsWith("{\"type\":\"state\"")) {
                    onState(m, now);
                }
            }
            w.request(1);
            return null;
        }

        /** A whole state message {@code m}, received at {@code now} (epoch milliseconds). */
        abstract void onState(String m, long now);

        /** Where the message's list of recent bids starts, when it lists any; -1 when it lists none. */
        static int recent(String m) {
            return m.indexOf("\"recent\":[{");
        }
    }

    static long number(String s, String key) {
        int i = s.indexOf(key) + key.length();
        int j = i;
        while (j < s.length() && Character.isDigit(s.charAt(j))) {
            j++;
        }
        return Long.parseLong(s.substring(i, j));
    }

}
