package cn.exchange.launcher;

import cn.exchange.testkit.ApiClient.Answer;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kill -9 of the server during a limited period (README, "Reliability and security: faults, hostile input, load"): the
 * exchange runs as the README's command runs it; two demo bidders bid against each other through the API in the limited
 * period; the server process is killed with SIGKILL while they bid; the launcher starts a new one on the same database.
 * Each bidder retries an unanswered bid with the same request id until it gets an answer. Afterwards: every
 * acknowledged bid is in the bid log, the lot is closed at the last stored bid's time plus the limited period, for that
 * bid's bidder — also when the period ran out while no server was running — and the result is on the lot. Then the
 * server is killed once more, in the middle of a bank statement import ({@link StatementImportCrash}), and once more with
 * mail in the outbox not yet sent ({@link OutboxCrash}).
 */
class CrashRecoveryIT {

    static final int LIMITED = 25;

    @TempDir
    Path temp;

    @Test
    void noAcknowledgedBidIsLostAndTheLotClosesRightAfterKillMinusNine() throws Exception {
        Path home = temp.resolve("crash-home");
        try (OutboxCrash.Silent smtp = new OutboxCrash.Silent(); RunningExchange exchange = new RunningExchange(home)) {
            exchange.start(OutboxCrash.mailTo(smtp));
            String url = exchange.awaitUrl(Duration.ofMinutes(4));
            exchange.enterTestCalendars();
            String base = url.replaceAll("/+$", "").replaceAll("^(http://[^/]+).*$", "$1");
            String password = ExchangeClient.demoPassword(home);
            long lot = ExchangeClient.auctionWithDemoBidders(base, password, exchange.jdbcUrl(), List.of("bidder1", "bidder2"),
                    "500000.00", "5000.00", 3, 2, LIMITED);
            ExchangeClient watcher = new ExchangeClient(base, null);
            awaitPhase(watcher, lot, "LIMITED", Duration.ofSeconds(30));

            AtomicBoolean stop = new AtomicBoolean();
            AtomicInteger sent = new AtomicInteger();
            ConcurrentLinkedQueue<JsonObject> acks = new ConcurrentLinkedQueue<>();
            Map<String, Integer> unreachable = new ConcurrentHashMap<>();
            List<Thread> bidders = new ArrayList<>();
            Map<String, BigDecimal> ceilings = Map.of("bidder1", new BigDecimal("1500000.00"), "bidder2", new BigDecimal("1400000.00"));
            for (String user : List.of("bidder1", "bidder2")) {
                ExchangeClient me = ExchangeClient.signIn(base, user, password);
                Thread t = new Thread(() -> bidUntilClosed(me, lot, user, ceilings.get(user), stop, sent, acks, unreachable), user);
                t.start();
                bidders.add(t);
            }
            awaitMidBidding(watcher, lot);
            long pid = Long.parseLong(Files.readString(home.resolve("run").resolve("instance-1.pid")).trim());
            ProcessHandle server = ProcessHandle.of(pid).orElseThrow();
            Instant killedAt = Instant.now();
            assertThat(server.destroyForcibly()).isTrue();   // SIGKILL: no shutdown hook, no clean stop
            server.onExit().get();
            System.out.println("[crash] server process " + pid + " killed with SIGKILL at " + killedAt);

            JsonObject closed = awaitPhase(watcher, lot, "CLOSED", Duration.ofMinutes(4));
            stop.set(true);
            for (Thread t : bidders) {
                t.join(60_000);
            }
            assertNothingLostAndClosedRight(exchange.jdbcUrl(), lot, closed, sent.get(), acks, unreachable, LIMITED, "[crash]");
            assertThat(unreachable.values().stream().mapToInt(Integer::intValue).sum()).as("bids were tried while the server was down")
                    .isPositive();
            assertThat(exchange.output()).anyMatch(l -> l.contains("restarting it"));

            // the same server killed again, now in the middle of a bank statement import
            StatementImportCrash.run(exchange, base, password);
            // and once more, with mail committed to the outbox and not yet sent
            OutboxCrash.run(exchange, base, smtp);
            exchange.stop();
        }
    }

    /**
     * After a session with a crash: every acknowledged acceptance is in the bid log (plus at most one per bidder committed
     * just before the kill), the lot closed at its last stored bid's time plus the limited period for that bid's bidder,
     * and the lot records the result. Prints the counts.
     */
    static void assertNothingLostAndClosedRight(String jdbcUrl, long lot, JsonObject closed, int sent, ConcurrentLinkedQueue<JsonObject> acks,
                                               Map<String, Integer> unreachable, int limited, String tag) throws Exception {
        List<JsonObject> accepted = acks.stream().filter(o -> o.getBoolean("accepted")).toList();
        try (Connection c = DriverManager.getConnection(jdbcUrl, "postgres", ""); Statement s = c.createStatement()) {
            List<long[]> stored = new ArrayList<>();
            String lastCode = null;
            BigDecimal lastAmount = null;
            long lastAt = 0;
            try (ResultSet rs = s.executeQuery("select seq, bidder_code, amount, at_ms from bid_log where lot_id = " + lot
                    + " and result = 'ACCEPTED' order by seq")) {
                while (rs.next()) {
                    stored.add(new long[] {rs.getLong(1)});
                    lastCode = rs.getString(2);
                    lastAmount = rs.getBigDecimal(3);
                    lastAt = rs.getLong(4);
                }
            }
            long commands;
            try (ResultSet rs = s.executeQuery("select count(*) from bid_log where lot_id = " + lot)) {
                rs.next();
                commands = rs.getLong(1);
            }
            System.out.printf(tag + " bids sent %d, answered %d (accepted %d), accepted bids stored %d, commands in the log %d,"
                            + " retries while the server was down %d%n", sent, acks.size(), accepted.size(), stored.size(), commands,
                    unreachable.values().stream().mapToInt(Integer::intValue).sum());
            List<Long> storedSeqs = stored.stream().map(a -> a[0]).toList();
            assertThat(accepted).as("every acknowledged acceptance is in the log")
                    .allSatisfy(o -> assertThat(storedSeqs).contains(o.getJsonNumber("seq").longValue()));
            assertThat(stored.size()).as("stored: acknowledged, plus at most one per bidder committed just before the kill")
                    .isBetween(accepted.size(), accepted.size() + 2);
            assertThat(closed.getString("outcome")).isEqualTo("AWARDED");
            assertThat(closed.getJsonNumber("finalPrice").bigDecimalValue().toPlainString()).isEqualTo(lastAmount.setScale(2).toPlainString());
            assertThat(closed.getJsonNumber("closedAt").longValue()).isEqualTo(lastAt + limited * 1000L);
            String winner = lastCode;
            assertThat(closed.getString("winner")).isEqualTo(winner);
            long until = System.currentTimeMillis() + 30_000;
            String status = "";
            while (System.currentTimeMillis() < until) {
                try (ResultSet rs = s.executeQuery("select status, auction_winner_code from lot where id = " + lot)) {
                    rs.next();
                    status = rs.getString(1);
                    if (status.equals("AUCTION_SOLD")) {
                        assertThat(rs.getString(2)).isEqualTo(winner);
                        break;
                    }
                }
                Thread.sleep(500);
            }
            assertThat(status).isEqualTo("AUCTION_SOLD");
        }
    }

    /** The middle of the bidding, where the kill comes: the price passes 800,000 (the ceilings are 1.4 and 1.5 million). */
    static void awaitMidBidding(ExchangeClient watcher, long lot) throws Exception {
        long until = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < until
                && watcher.get("/api/auctions/" + lot).json().getJsonNumber("price").bigDecimalValue().compareTo(new BigDecimal("800000")) < 0) {
            Thread.sleep(50);
        }
    }

    /**
     * Bids one increment over the price it last saw, up to its ceiling; an unanswered bid is sent again with the same
     * request id.
     */
    static void bidUntilClosed(ExchangeClient me, long lot, String user, BigDecimal ceiling, AtomicBoolean stop, AtomicInteger sent,
                                       ConcurrentLinkedQueue<JsonObject> acks, Map<String, Integer> unreachable) {
        int n = 0;
        BigDecimal seen = null;      // the last price this bidder saw
        boolean anyBid = false;
        while (!stop.get()) {
            try {
                BigDecimal price;
                boolean noBid;
                try {
                    JsonObject st = me.get("/api/auctions/" + lot).json();
                    if (st.getString("phase").equals("CLOSED")) {
                        return;
                    }
                    price = st.getJsonNumber("price").bigDecimalValue();
                    noBid = st.isNull("leader");
                } catch (IOException | RuntimeException e) {
                    // the server is down: bid on the last price seen, as a bidder's page would, and keep retrying it
                    if (seen == null) {
                        sleep(250);
                        continue;
                    }
                    unreachable.merge(user, 1, Integer::sum);
                    price = seen;
                    noBid = !anyBid;
                }
                seen = price;
                BigDecimal amount = noBid ? price : price.add(new BigDecimal("5000.00"));
                anyBid = true;
                if (amount.compareTo(ceiling) > 0) {
                    Thread.sleep(300);
                    continue;
                }
                String requestId = user + "-" + (n++);
                sent.incrementAndGet();
                while (!stop.get()) {
                    try {
                        Answer a = me.post("/api/auctions/" + lot + "/bids",
                                "{\"amount\":" + amount.toPlainString() + ",\"requestId\":\"" + requestId + "\"}");
                        if (a.status() == 200) {
                            acks.add(a.json());
                            break;
                        }
                        unreachable.merge(user, 1, Integer::sum);   // 502/503 while starting: not recorded, try again
                    } catch (IOException e) {
                        unreachable.merge(user, 1, Integer::sum);   // no answer: send the same request id again
                    }
                    Thread.sleep(250);
                }
                Thread.sleep(150);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    static JsonObject awaitPhase(ExchangeClient c, long lot, String phase, Duration limit) throws InterruptedException {
        Instant until = Instant.now().plus(limit);
        JsonObject last = null;
        while (Instant.now().isBefore(until)) {
            try {
                Answer a = c.get("/api/auctions/" + lot);
                if (a.status() == 200) {
                    last = a.json();
                    if (last.getString("phase").equals(phase)) {
                        return last;
                    }
                }
            } catch (IOException e) {
                // the server is restarting
            }
            Thread.sleep(300);
        }
        throw new AssertionError("lot " + lot + " not " + phase + " within " + limit + ": " + last);
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
