package cn.exchange.launcher;

import cn.exchange.testkit.ApiClient.Answer;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.IOException;
import java.math.BigDecimal;
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
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The faults of the database and the rate limits (README, "Reliability and security: faults, hostile input, load"), on
 * the exchange as the launcher runs it against a PostgreSQL of its own (a second launcher with {@code --pg-only}, so
 * the test can stop and start the database under the running server, as an operator restarting PostgreSQL would):
 * <ol>
 *   <li>rate limits: with the server behind a (trusted) load balancer, bids of one account, bids from one address and
 *       registrations from one address beyond their limits are answered 429 with the limit named, the wait in
 *       Retry-After, and nothing recorded;</li>
 *   <li>the hall's watchers: connections per address (configured to 5 here), the size and rate of their
 *       messages, and silence (idle timeout 12 s here) are bounded — {@link HallWatcherLimits};</li>
 *   <li>PostgreSQL restarted under load: while two bidders keep bidding and reading, every request is answered either
 *       normally or 503 with a "try again" message (never a 500, never a hang), the server recovers by itself (same
 *       process), no acknowledged bid is lost and the lot closes on its last stored bid.</li>
 * </ol>
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ResilienceIT {

    static final int LIMITED = 10;
    static RunningExchange database;
    static RunningExchange exchange;
    static Path dbHome;
    static String base;
    static String password;
    static long lot;

    @BeforeAll
    static void start() throws Exception {
        Path temp = Files.createTempDirectory("exchange-resilience");
        dbHome = temp.resolve("db-home");
        database = new RunningExchange(dbHome).start(Map.of(), "--pg-only");
        awaitDatabase(Duration.ofMinutes(2));
        String dbPassword = secret(dbHome, "db.password");
        Path home = temp.resolve("app-home");
        exchange = new RunningExchange(home).start(Map.of("EXCHANGE_TRUST_PROXY", "true", "EXCHANGE_RATELIMIT_BID_PER_ADDRESS", "30",
                        "EXCHANGE_HALL_WATCHERS_PER_ADDRESS", "5", "EXCHANGE_HALL_IDLE_TIMEOUT", "PT12S"),
                "--db-url", "jdbc:postgresql://localhost:" + database.pgPort + "/exchange", "--db-user", "exchange", "--db-password", dbPassword);
        base = exchange.awaitUrl(Duration.ofMinutes(4)).replaceAll("^(http://[^/]+).*$", "$1");
        exchange.enterTestCalendars();
        password = ExchangeClient.demoPassword(home);
        lot = ExchangeClient.auctionWithDemoBidders(base, password, database.jdbcUrl(), List.of("bidder1", "bidder2"),
                "200000.00", "1000.00", 2, 90, LIMITED);
        awaitPhase(new ExchangeClient(base, null), lot, "FREE", Duration.ofSeconds(30));
    }

    @AfterAll
    static void stop() {
        if (exchange != null) {
            exchange.close();
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    @Order(1)
    void bidsAndRegistrationsBeyondTheirLimitsAreRefusedWithTheLimitNamed() throws Exception {
        ExchangeClient b1 = ExchangeClient.signIn(base, "bidder1", password).from("203.0.113.9");
        // one account: the 21st bid in a 10-second window is refused (a window may end during the run: then up to 40 pass)
        int passed = 0;
        Answer refused = null;
        for (int k = 0; k < 60 && refused == null; k++) {
            Answer a = b1.post("/api/auctions/" + lot + "/bids", "{\"amount\":" + (200000 + 1000 * k) + ".00}");
            if (a.status() == 429) {
                refused = a;
            } else {
                assertThat(a.status()).as(a.body()).isEqualTo(200);
                passed++;
            }
        }
        assertThat(refused).as("bids of one account are limited").isNotNull();
        assertThat(passed).isBetween(20, 40);
        assertThat(refused.json().getString("code")).isEqualTo("ratelimit.bid-per-account");
        assertThat(refused.json().getString("message")).isNotBlank();
        assertThat(refused.body()).contains("报价过于频繁");
        assertThat(Integer.parseInt(refused.headers().firstValue("Retry-After").orElseThrow())).isBetween(1, 10);
        assertThat(count("select count(*) from bid_log where lot_id = " + lot)).as("refused by the limit: not in the bid log").isEqualTo(passed);
        System.out.println("[limits] one account: " + passed + " bids passed, then 429 " + refused.json().getString("code"));

        // one address (configured to 30 in 10 s for this run): two accounts behind it share the count
        // a fresh window for bidder1: windows follow the exchange's clock (a training clock need not be in phase with
        // this machine's), so wait for the next 10-second boundary of the server's time
        long sent = System.currentTimeMillis();
        long serverTime = b1.get("/api/auctions/" + lot).json().getJsonNumber("serverTime").longValue();
        long offset = serverTime - (sent + System.currentTimeMillis()) / 2;
        Thread.sleep(10_000 - Math.floorMod(System.currentTimeMillis() + offset, 10_000L) + 100);
        List<ExchangeClient> office = List.of(ExchangeClient.signIn(base, "bidder1", password).from("198.51.100.20"),
                ExchangeClient.signIn(base, "bidder2", password).from("198.51.100.20"));
        int together = 0;
        refused = null;
        for (int k = 0; k < 80 && refused == null; k++) {
            Answer a = office.get(k % 2).post("/api/auctions/" + lot + "/bids", "{\"amount\":" + (300000 + 1000 * k) + ".00}");
            if (a.status() == 429) {
                refused = a;
            } else {
                together++;
            }
        }
        assertThat(refused).isNotNull();
        assertThat(refused.json().getString("code")).isEqualTo("ratelimit.bid-per-address");
        assertThat(together).isBetween(30, 40);
        // another address is not affected
        assertThat(ExchangeClient.signIn(base, "bidder2", password).from("192.0.2.77")
                .post("/api/auctions/" + lot + "/bids", "{\"amount\":900000.00}").status()).isEqualTo(200);
        System.out.println("[limits] one address: " + together + " bids of two accounts passed, then 429 " + refused.json().getString("code"));

        // registrations from one address: every attempt counts, valid or not
        ExchangeClient visitor = new ExchangeClient(base, null).from("192.0.2.44");
        int registrations = 0;
        refused = null;
        for (int k = 0; k < 25 && refused == null; k++) {
            Answer a = visitor.post("/api/registrations", "{\"kind\":\"PERSON_BIDDER\",\"name\":\"张三\"}");
            if (a.status() == 429) {
                refused = a;
            } else {
                assertThat(a.status()).isEqualTo(400);
                registrations++;
            }
        }
        assertThat(refused).isNotNull();
        assertThat(registrations).isBetween(10, 20);
        assertThat(refused.json().getString("code")).isEqualTo("ratelimit.registration-per-address");
        assertThat(refused.body()).contains("注册过于频繁");
        System.out.println("[limits] registrations from one address: " + registrations + " answered, then 429");
    }

    @Test
    @Order(2)
    void theHallsWatchersAreBoundedInNumberSizeRateAndSilence() throws Exception {
        HallWatcherLimits.check(base, lot, 5, Duration.ofSeconds(12));
    }

    @Test
    @Order(3)
    void aDatabaseRestartUnderLoadFailsCleanlyAndRecoversByItself() throws Exception {
        long pid = Long.parseLong(Files.readString(exchange.home.resolve("run").resolve("instance-1.pid")).trim());
        AtomicBoolean stop = new AtomicBoolean();
        Map<String, AtomicLong> statuses = new ConcurrentHashMap<>();
        ConcurrentLinkedQueue<String> unclean = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<JsonObject> acks = new ConcurrentLinkedQueue<>();
        AtomicLong lastAcceptedAt = new AtomicLong();
        List<Thread> load = new ArrayList<>();
        for (String user : List.of("bidder1", "bidder2")) {
            ExchangeClient me = ExchangeClient.signIn(base, user, password);   // loopback: not rate-limited
            load.add(new Thread(() -> {
                int n = 0;
                BigDecimal seen = new BigDecimal("200000.00");
                while (!stop.get()) {
                    try {
                        String requestId = user + "-restart-" + n++;
                        Answer st = me.get("/api/auctions/" + lot);
                        record(statuses, unclean, "state", st);
                        if (st.status() == 200) {
                            seen = st.json().getJsonNumber("price").bigDecimalValue();
                        }
                        // while the state cannot be read, bid on the last price seen, as the hall's page would
                        BigDecimal next = seen.add(new BigDecimal("1000.00"));
                        Answer a = me.post("/api/auctions/" + lot + "/bids",
                                "{\"amount\":" + next.toPlainString() + ",\"requestId\":\"" + requestId + "\"}");
                        record(statuses, unclean, "bid", a);
                        if (a.status() == 200) {
                            acks.add(a.json());
                            if (a.json().getBoolean("accepted")) {
                                lastAcceptedAt.set(System.currentTimeMillis());
                            }
                        }
                        record(statuses, unclean, "read", me.get("/api/deals/mine"));
                        Thread.sleep(100);
                    } catch (IOException | RuntimeException e) {
                        unclean.add("no answer or not JSON: " + e);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, user));
        }
        load.forEach(Thread::start);
        Thread.sleep(5000);
        long restartAt = System.currentTimeMillis();
        database.stop();                                     // PostgreSQL stops (fast shutdown: sessions cut)
        Thread.sleep(4000);                                  // ... and stays down a while under the load
        database = new RunningExchange(dbHome, database.httpPort, database.pgPort).start(Map.of(), "--pg-only");
        awaitDatabase(Duration.ofMinutes(1));
        long upAt = System.currentTimeMillis();
        System.out.printf("[db-restart] PostgreSQL down for %d ms%n", upAt - restartAt);
        long until = System.currentTimeMillis() + 60_000;
        while (lastAcceptedAt.get() < upAt && System.currentTimeMillis() < until) {
            Thread.sleep(200);
        }
        long recovered = lastAcceptedAt.get() - upAt;
        Thread.sleep(3000);
        stop.set(true);
        for (Thread t : load) {
            t.join(30_000);
        }
        System.out.printf("[db-restart] answers by status: %s; unclean answers: %d; first accepted bid %d ms after the database was back%n",
                statuses, unclean.size(), recovered);
        assertThat(unclean).as("every request answered normally or 503 try-again").isEmpty();
        assertThat(statuses.keySet()).as("the outage was felt by bids too, and only as 503").contains("bid 503")
                .allMatch(k -> k.endsWith(" 200") || k.endsWith(" 503"));
        assertThat(lastAcceptedAt.get()).as("bids are accepted again without restarting the server").isGreaterThan(upAt);
        assertThat(Long.parseLong(Files.readString(exchange.home.resolve("run").resolve("instance-1.pid")).trim())).isEqualTo(pid);
        assertThat(exchange.output()).noneMatch(l -> l.contains("restarting it"));

        // nothing lost: every acknowledged acceptance is stored; the lot closes on the last stored bid
        List<Long> stored = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(database.jdbcUrl(), "postgres", ""); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select seq from bid_log where lot_id = " + lot + " and result = 'ACCEPTED'")) {
            while (rs.next()) {
                stored.add(rs.getLong(1));
            }
        }
        List<Long> acknowledged = acks.stream().filter(o -> o.getBoolean("accepted")).map(o -> o.getJsonNumber("seq").longValue()).toList();
        System.out.printf("[db-restart] bids answered %d (accepted %d), accepted bids stored %d%n", acks.size(), acknowledged.size(), stored.size());
        assertThat(stored).containsAll(acknowledged);
        JsonObject closed = awaitPhase(new ExchangeClient(base, null), lot, "CLOSED", Duration.ofMinutes(3));
        try (Connection c = DriverManager.getConnection(database.jdbcUrl(), "postgres", ""); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select bidder_code, amount, at_ms from bid_log where lot_id = " + lot
                     + " and result = 'ACCEPTED' order by seq desc limit 1")) {
            rs.next();
            assertThat(closed.getString("winner")).isEqualTo(rs.getString(1));
            assertThat(closed.getJsonNumber("finalPrice").bigDecimalValue().toPlainString()).isEqualTo(rs.getBigDecimal(2).setScale(2).toPlainString());
            assertThat(closed.getJsonNumber("closedAt").longValue()).isGreaterThanOrEqualTo(rs.getLong(3) + LIMITED * 1000L);
        }
    }

    private static void record(Map<String, AtomicLong> statuses, ConcurrentLinkedQueue<String> unclean, String kind, Answer a) {
        statuses.computeIfAbsent(kind + " " + a.status(), k -> new AtomicLong()).incrementAndGet();
        if (a.status() == 503) {
            JsonObject p = a.json();
            if (!p.getString("code", "").endsWith("tryAgain") || p.getString("message", "").isBlank()) {
                unclean.add("503 without a try-again message: " + a.body());
            }
        } else if (a.status() != 200) {
            unclean.add(kind + " " + a.status() + ": " + a.body());
        }
    }

    private static long count(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(database.jdbcUrl(), "postgres", ""); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void awaitDatabase(Duration limit) throws InterruptedException {
        long until = System.currentTimeMillis() + limit.toMillis();
        while (System.currentTimeMillis() < until) {
            try (Connection c = DriverManager.getConnection(database.jdbcUrl(), "postgres", "")) {
                return;
            } catch (java.sql.SQLException e) {
                Thread.sleep(300);
            }
        }
        throw new AssertionError("the database did not start:\n" + String.join("\n", database.output()));
    }

    private static String secret(Path home, String key) throws IOException {
        Properties p = new Properties();
        try (var in = Files.newInputStream(home.resolve("secrets.properties"))) {
            p.load(in);
        }
        return p.getProperty(key);
    }

    private static JsonObject awaitPhase(ExchangeClient c, long lot, String phase, Duration limit) throws Exception {
        long until = System.currentTimeMillis() + limit.toMillis();
        JsonObject last = null;
        while (System.currentTimeMillis() < until) {
            Answer a = c.get("/api/auctions/" + lot);
            if (a.status() == 200) {
                last = a.json();
                if (last.getString("phase").equals(phase)) {
                    return last;
                }
            }
            Thread.sleep(300);
        }
        throw new AssertionError("lot " + lot + " not " + phase + " within " + limit + ": " + last);
    }
}
