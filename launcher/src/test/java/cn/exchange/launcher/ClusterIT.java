package cn.exchange.launcher;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two Payara Micro instances of the run command as one cluster over one PostgreSQL (issue 9, "what it must show" 1):
 * bids placed through instance A reach a watcher connected to instance B (the hall's push crosses servers through the
 * data grid), and the session's close — which both instances' sweepers watch — is recorded once: one result notice,
 * one audited close, one deal.
 */
class ClusterIT {

    @Test
    void aBidThroughOneInstanceIsPushedToAWatcherOnTheOtherAndTheCloseRunsOnce() throws Exception {
        Path home = Files.createTempDirectory("exchange-cluster");
        try (RunningExchange exchange = new RunningExchange(home)) {
            exchange.start(Map.of(), "--instances", "2");
            awaitCluster(exchange);
            String a = "http://localhost:" + (exchange.httpPort + 1);
            String b = "http://localhost:" + (exchange.httpPort + 2);
            String password = ExchangeClient.demoPassword(home);
            long lot = ExchangeClient.auctionWithDemoBidders(a, password, exchange.jdbcUrl(), List.of("bidder1", "bidder2"),
                    "100000.00", "1000.00", 3, 8, 5);
            Map<Long, Long> receivedAt = new ConcurrentHashMap<>();
            WebSocket watcher = HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(
                    URI.create(b.replace("http://", "ws://") + "/ws/auctions/" + lot), new WebSocket.Listener() {
                        final StringBuilder buf = new StringBuilder();

                        @Override
                        public CompletionStage<?> onText(WebSocket w, CharSequence data, boolean last) {
                            buf.append(data);
                            if (last) {
                                String m = buf.toString();
                                buf.setLength(0);
                                int at = m.indexOf("\"lastSeq\":");
                                if (m.startsWith("{\"type\":\"state\"") && at > 0) {
                                    receivedAt.putIfAbsent(Long.parseLong(m.substring(at + 10).split("[,}]")[0]), System.currentTimeMillis());
                                }
                            }
                            w.request(1);
                            return null;
                        }
                    }).get(30, TimeUnit.SECONDS);
            List<ExchangeClient> bidders = List.of(ExchangeClient.signIn(a, "bidder1", password), ExchangeClient.signIn(a, "bidder2", password));
            awaitPhase(a, lot, "FREE");
            List<Long> latencies = new ArrayList<>();
            for (int k = 0; k < 6; k++) {
                long sent = System.currentTimeMillis();
                ExchangeClient.Answer r = bidders.get(k % 2).post("/api/auctions/" + lot + "/bids",
                        "{\"amount\":" + (100000 + 1000 * k) + ".00,\"requestId\":\"cluster-" + k + "\"}");
                assertThat(r.body()).as(r.toString()).contains("\"accepted\":true");
                long seq = r.json().getJsonNumber("seq").longValue();
                long until = System.currentTimeMillis() + 5000;
                while (!receivedAt.containsKey(seq) && System.currentTimeMillis() < until) {
                    Thread.sleep(5);
                }
                assertThat(receivedAt).as("bid " + seq + " placed through A reached the watcher on B").containsKey(seq);
                latencies.add(receivedAt.get(seq) - sent);
                Thread.sleep(300);
            }
            watcher.sendClose(WebSocket.NORMAL_CLOSURE, "done");
            System.out.println("[cluster] bid through A → watcher on B, ms: " + latencies);
            assertThat(latencies).allMatch(ms -> ms < 1000);

            // both instances sweep; the close, its notice and the deal happen once
            awaitPhase(a, lot, "CLOSED");
            long until = System.currentTimeMillis() + 30_000;
            long deals = 0;
            while (deals == 0 && System.currentTimeMillis() < until) {
                deals = count(exchange, "select count(*) from deal where lot_id = " + lot);
                Thread.sleep(500);
            }
            Thread.sleep(3000); // a second sweep on either instance would have written by now
            assertThat(count(exchange, "select count(*) from audit_record where object_type = 'Lot' and object_id = '" + lot
                    + "' and action = 'auction.closed'")).isEqualTo(1);
            assertThat(count(exchange, "select count(*) from notice where lot_id = " + lot + " and kind = 'AUCTION_RESULT'")).isEqualTo(1);
            assertThat(count(exchange, "select count(*) from deal where lot_id = " + lot)).isEqualTo(1);
            assertThat(count(exchange, "select count(*) from notice where lot_id = " + lot + " and kind = 'DEAL_RESULT'")).isEqualTo(1);
            System.out.println("[cluster] one close recorded, one result notice, one deal");
        }
    }

    private static void awaitCluster(RunningExchange exchange) throws InterruptedException {
        long until = System.currentTimeMillis() + 300_000;
        while (System.currentTimeMillis() < until) {
            if (exchange.output().stream().anyMatch(l -> l.contains("cluster is running"))) {
                return;
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("the cluster did not start:\n" + String.join("\n", exchange.output()));
    }

    private static void awaitPhase(String base, long lot, String phase) throws Exception {
        long until = System.currentTimeMillis() + 60_000;
        String body = "";
        while (System.currentTimeMillis() < until) {
            body = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/api/auctions/" + lot)).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            if (body.contains("\"phase\":\"" + phase + "\"")) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("lot " + lot + " not " + phase + ": " + body);
    }

    private static long count(RunningExchange exchange, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(exchange.jdbcUrl(), "postgres", ""); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
