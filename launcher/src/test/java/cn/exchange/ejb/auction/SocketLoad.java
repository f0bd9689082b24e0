package cn.exchange.ejb.auction;

import cn.exchange.ejb.auction.AuctionBenchmarkIT.Result;
import cn.exchange.ejb.auction.BenchLoads.Bidder;

import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.IntFunction;

/**
 * Bidders on the hall's WebSocket, as the hall page bids: each bidder opens {@code /ws/auctions/{lot}} with its API
 * token, sends {@code {"type":"bid",…}} and waits for the answer to its request id (given after the commit), while the
 * socket also receives every state the hall pushes — as a bidder in the hall does.
 */
final class SocketLoad {

    private SocketLoad() {
    }

    /** Bidders bid over the hall's socket for {@link AuctionBenchmarkIT#SECONDS} after a 2 s warm-up. */
    static Result run(String base, String name, long lot, List<String> tokens) throws Exception {
        AtomicLongArray counters = new AtomicLongArray(1);
        IntFunction<Bidder> socket = i -> open(base, lot, tokens.get(i));
        Result warm = BenchLoads.drive(name, tokens.size(), 2, counters, socket);
        Result r = BenchLoads.drive(name, tokens.size(), AuctionBenchmarkIT.SECONDS, counters, socket);
        return new Result(name, r.bidders(), r.bids(), r.accepted(), r.seconds(), r.latenciesMicros(), warm.accepted());
    }

    private static Bidder open(String base, long lot, String token) {
        Map<String, CompletableFuture<String>> waiting = new ConcurrentHashMap<>();
        WebSocket ws;
        try {
            ws = HttpClient.newHttpClient().newWebSocketBuilder().header("Authorization", "Bearer " + token)
                    .buildAsync(URI.create(base.replaceFirst("^http", "ws") + "/ws/auctions/" + lot), new WebSocket.Listener() {
                        private final StringBuilder text = new StringBuilder();

                        @Override
                        public CompletionStage<?> onClose(WebSocket w, int code, String reason) {
                            AssertionError closed = new AssertionError("the hall's socket closed: " + code + " " + reason);
                            waiting.values().forEach(f -> f.completeExceptionally(closed));
                            return null;
                        }

                        @Override
                        public void onError(WebSocket w, Throwable error) {
                            waiting.values().forEach(f -> f.completeExceptionally(error));
                        }

                        @Override
                        public CompletionStage<?> onText(WebSocket w, CharSequence data, boolean last) {
                            text.append(data);
                            if (last) {
                                String m = text.toString();
                                text.setLength(0);
                                if (m.startsWith("{\"type\":\"bid")) {
                                    try (var r = jakarta.json.Json.createReader(new StringReader(m))) {
                                        var o = r.readObject();
                                        CompletableFuture<String> f = waiting.remove(o.getString("requestId", ""));
                                        if (f != null) {
                                            f.complete(m);
                                        }
                                    }
                                }
                            }
                            w.request(1);
                            return null;
                        }
                    }).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("cannot open the hall's socket", e);
        }
        WebSocket socket = ws;
        return new Bidder() {
            @Override
            public boolean bid(int ignored, BigDecimal amount) throws Exception {
                String id = UUID.randomUUID().toString();
                CompletableFuture<String> answer = new CompletableFuture<>();
                waiting.put(id, answer);
                socket.sendText("{\"type\":\"bid\",\"amount\":\"" + amount.toPlainString() + "\",\"requestId\":\"" + id + "\"}", true)
                        .get(30, TimeUnit.SECONDS);
                String m;
                try {
                    m = answer.get(30, TimeUnit.SECONDS);
                } catch (java.util.concurrent.TimeoutException e) {
                    throw new AssertionError("no answer to bid " + id + " (" + amount + ") within 30 s; socket open: "
                            + !socket.isInputClosed() + "/" + !socket.isOutputClosed(), e);
                }
                if (!m.startsWith("{\"type\":\"bid\",")) {
                    throw new AssertionError(m);
                }
                return m.contains("\"accepted\":true");
            }

            @Override
            public void close() {
                socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").orTimeout(5, TimeUnit.SECONDS).exceptionally(t -> null).join();
            }
        };
    }
}
