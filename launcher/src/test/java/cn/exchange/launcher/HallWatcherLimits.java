package cn.exchange.launcher;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hall's watcher limits (README, "Reliability and security: faults, hostile input, load"), on a running exchange
 * behind a (trusted) balancer: the hall's WebSocket bounds what one watcher may hold. A hostile probe opened 300
 * connections from one address, held them silent, and sent 1,000-byte messages, each answered with a database read.
 */
final class HallWatcherLimits {

    private HallWatcherLimits() {
    }

    static void check(String base, long lot, int perAddress, Duration idle) throws Exception {
        String path = "/ws/auctions/" + lot;
        List<RawWatcher> opened = new ArrayList<>();
        try {
            // one address: perAddress connections, then 429 before the handshake, with the reason in Chinese
            for (int i = 0; i < perAddress; i++) {
                RawWatcher w = RawWatcher.open(base, path, "198.51.100.30");
                opened.add(w);
                assertThat(w.status).as(w.answer).isEqualTo(101);
                assertThat(w.nextText(Duration.ofSeconds(10))).as("the state on connect").contains("\"type\":\"state\"");
            }
            long silentSince = System.nanoTime();
            RawWatcher refused = RawWatcher.open(base, path, "198.51.100.30");
            opened.add(refused);
            assertThat(refused.status).as(refused.answer).isEqualTo(429);
            assertThat(refused.answer).contains("hall.tooManyWatchers").contains("最多可同时打开 " + perAddress + " 个交易大厅连接");
            RawWatcher neighbour = RawWatcher.open(base, path, "198.51.100.31");
            opened.add(neighbour);
            assertThat(neighbour.status).as("another address is not affected").isEqualTo(101);
            System.out.println("[hall] one address: " + perAddress + " watchers admitted, the next answered " + refused.status);

            // asking for the state again is answered (from the last pushed state)
            RawWatcher first = opened.get(0);
            first.send("state");
            String again = null;
            for (int i = 0; i < 5 && (again == null || !again.contains("\"type\":\"state\"")); i++) {
                again = first.nextText(Duration.ofSeconds(6));
            }
            assertThat(again).as("the state asked for again").contains("\"type\":\"state\"").contains("\"lotId\":" + lot);

            // a message over the limit closes the connection with 1009; a flood with 1008
            RawWatcher big = opened.get(1);
            big.send("x".repeat(1_000));
            assertThat(big.awaitClose(Duration.ofSeconds(10))).as("a 1,000-byte message").isEqualTo(1009);
            RawWatcher flood = opened.get(2);
            for (int i = 0; i < 40; i++) {
                flood.send("state");
            }
            assertThat(flood.awaitClose(Duration.ofSeconds(10))).as("40 requests at once").isEqualTo(1008);
            // the closed ones no longer count: the address may connect again
            RawWatcher returning = awaitAdmitted(base, path, "198.51.100.30", Duration.ofSeconds(10));
            opened.add(returning);
            System.out.println("[hall] 1,000-byte message → close 1009; 40 requests → close 1008; their places freed");

            // silence: a watcher that never answers the server's pings is closed after the idle timeout; one whose client
            // answers them (as every browser does) stays
            LinkedBlockingQueue<CharSequence> texts = new LinkedBlockingQueue<>();
            AtomicInteger aliveClosed = new AtomicInteger();
            WebSocket alive = HttpClient.newHttpClient().newWebSocketBuilder().header("X-Forwarded-For", "198.51.100.32")
                    .buildAsync(URI.create(base.replace("http://", "ws://") + path), new WebSocket.Listener() {
                        @Override
                        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                            texts.add(data.toString());
                            ws.request(1);
                            return null;
                        }

                        @Override
                        public CompletionStage<?> onClose(WebSocket ws, int code, String reason) {
                            aliveClosed.set(code);
                            return CompletableFuture.completedFuture(null);
                        }
                    }).get(10, TimeUnit.SECONDS);
            RawWatcher silent = opened.get(3);
            int code = silent.awaitClose(idle.plusSeconds(30));
            long after = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - silentSince);
            assertThat(code).as("the silent watcher is closed as going away").isEqualTo(1001);
            assertThat(after).as("seconds until the silent watcher was closed").isBetween(idle.toSeconds() - 1, idle.toSeconds() + 20);
            texts.clear();
            alive.sendText("state", true).get(5, TimeUnit.SECONDS);
            CharSequence answer = null;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (System.nanoTime() < deadline && (answer == null || !answer.toString().contains("\"type\":\"state\""))) {
                answer = texts.poll(1, TimeUnit.SECONDS);
            }
            assertThat(aliveClosed.get()).as("the watcher that answers pings is not closed").isZero();
            assertThat(answer).as("and is still served").isNotNull();
            alive.abort();
            System.out.println("[hall] a watcher silent to pings closed with 1001 after " + after + " s (idle timeout "
                    + idle.toSeconds() + " s); one answering them still served");
        } finally {
            opened.forEach(RawWatcher::close);
        }
    }

    private static RawWatcher awaitAdmitted(String base, String path, String address, Duration within) throws Exception {
        long deadline = System.nanoTime() + within.toNanos();
        while (true) {
            RawWatcher w = RawWatcher.open(base, path, address);
            if (w.status == 101 || System.nanoTime() > deadline) {
                assertThat(w.status).as("admitted again once the closed connections are gone").isEqualTo(101);
                return w;
            }
            w.close();
            TimeUnit.MILLISECONDS.sleep(200);
        }
    }
}
