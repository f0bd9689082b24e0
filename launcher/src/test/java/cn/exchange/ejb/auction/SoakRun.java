package cn.exchange.ejb.auction;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sustained load (README, "Reliability and security: faults, hostile input, load"): a session of many lots with bidders
 * and watchers through the load balancer for a given time. Lots start one after another over the run, each with eight
 * qualified bidders whose ceilings differ; half of them bid in the free period, all in the limited period, until their
 * ceilings; watchers hold a WebSocket on a lot each for the whole run. Every bucket of time it records throughput, bid
 * and push latency percentiles, errors, each server's heap and the database connections ({@link SoakMetrics}); at the
 * end every lot must be closed with the result its bid log gives, and every acknowledged acceptance must be stored.
 *
 * <p>The profile comes from system properties: {@code exchange.soak.minutes} (default 2), {@code exchange.soak.lots}
 * (60), {@code exchange.soak.bidders} (120), {@code exchange.soak.watchers} (120), {@code exchange.soak.think-ms}
 * (2000). The README's 30-minute figures: 30, 600, 1000, 1000, 4000.
 */
public final class SoakRun {

    public record Profile(int minutes, int lots, int bidders, int watchers, int thinkMs, int freeSeconds, int limitedSeconds) {
        public static Profile fromSystemProperties() {
            int minutes = Integer.getInteger("exchange.soak.minutes", 2);
            return new Profile(minutes, Integer.getInteger("exchange.soak.lots", 60), Integer.getInteger("exchange.soak.bidders", 120),
                    Integer.getInteger("exchange.soak.watchers", 120), Integer.getInteger("exchange.soak.think-ms", 2000),
                    minutes >= 10 ? 120 : 20, minutes >= 10 ? 60 : 10);
        }
    }

    static final int PER_LOT = 8;
    static final BigDecimal INCREMENT = new BigDecimal("1000.00");

    private SoakRun() {
    }

    /**
     * Runs the soak against {@code base} (the load balancer) and checks every lot.
     *
     * @param serverPids the servers' process ids, for their heap
     * @return the summary lines (also printed)
     */
    public static List<String> run(String base, String jdbcUrl, String password, long templateLot, List<Long> serverPids, Profile p,
                                   Path out) throws Exception {
        long setUp = System.currentTimeMillis();
        List<Long> parties;
        try (Connection c = DriverManager.getConnection(jdbcUrl, "postgres", "")) {
            parties = BenchData.benchBidders(c, p.bidders());
        }
        List<String> tokens = BenchData.signIn(base, password, p.bidders());
        // the run's clock starts once every bidder is signed in: the first lot opens 20 s later
        long t0 = System.currentTimeMillis();
        List<Long> lots;
        long[] starts;
        try (Connection c = DriverManager.getConnection(jdbcUrl, "postgres", "")) {
            long runMs = p.minutes() * 60_000L;
            long lotLife = (p.freeSeconds() + 3L * p.limitedSeconds()) * 1000;
            long spacing = Math.max(200, (runMs - 20_000 - lotLife) / p.lots());
            starts = new long[p.lots()];
            for (int j = 0; j < p.lots(); j++) {
                starts[j] = t0 + 20_000 + j * spacing;
            }
            lots = lots(c, templateLot, parties, starts, p);
        }
        System.out.printf("[soak] %d lots, %d bidders, %d watchers, %d min, through %s (set-up %d ms)%n", p.lots(), p.bidders(), p.watchers(),
                p.minutes(), base, System.currentTimeMillis() - setUp);

        SoakMetrics metrics = new SoakMetrics(jdbcUrl, serverPids, p.minutes());
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
        List<WebSocket> sockets = new ArrayList<>();
        String ws = base.replaceFirst("^http", "ws") + "/ws/auctions/";
        for (int i = 0; i < p.watchers(); i++) {
            sockets.add(http.newWebSocketBuilder().buildAsync(URI.create(ws + lots.get(i % lots.size())), new PushProbe.StateWatcher() {
                long seenAccepted = -1;

                @Override
                void onState(String m, long now) {
                    int r = recent(m);
                    long accepted = PushProbe.number(m, "\"acceptedBids\":");
                    if (seenAccepted >= 0 && accepted > seenAccepted && r > 0) {
                        // a new accepted bid: from its acceptance (server stamp) to this watcher's receipt
                        metrics.push(now - PushProbe.number(m.substring(r), "\"at\":"));
                    }
                    seenAccepted = accepted;
                }

                @Override
                public void onError(WebSocket w, Throwable error) {
                    metrics.error("websocket: " + error);
                }
            }).get(60, TimeUnit.SECONDS));
        }

        // bidders: each is qualified on a few lots (PER_LOT bidders per lot) and has its own ceiling on each
        Map<Integer, List<Integer>> lotsOf = new ConcurrentHashMap<>();
        for (int j = 0; j < lots.size(); j++) {
            for (int t = 0; t < PER_LOT; t++) {
                lotsOf.computeIfAbsent(bidderOf(j, t, p.bidders()), k -> new ArrayList<>()).add(j);
            }
        }
        Map<Long, List<Long>> acknowledged = new ConcurrentHashMap<>();
        AtomicBoolean stop = new AtomicBoolean();
        List<Thread> threads = new ArrayList<>();
        for (int b = 0; b < p.bidders(); b++) {
            int me = b;
            Thread t = new Thread(() -> bidder(http, base, tokens.get(me), me, lotsOf.getOrDefault(me, List.of()), lots, starts, p, metrics,
                    acknowledged, stop), "soak-bidder-" + b);
            t.setDaemon(true);
            threads.add(t);
            t.start();
        }
        Thread sampler = new Thread(() -> metrics.sampleEverySecond(stop), "soak-sampler");
        sampler.setDaemon(true);
        sampler.start();

        long end = t0 + p.minutes() * 60_000L;
        while (System.currentTimeMillis() < end) {
            Thread.sleep(1000);
        }
        stop.set(true);
        for (Thread t : threads) {
            t.join(30_000);
        }
        sampler.join(10_000);
        sockets.forEach(WebSocket::abort);

        List<String> summary = new ArrayList<>(metrics.report(out));
        summary.add(checkResults(http, base, jdbcUrl, lots, acknowledged, p));
        summary.add(awaitDeals(jdbcUrl, lots));
        summary.forEach(l -> System.out.println("[soak] " + l));
        java.nio.file.Files.createDirectories(out);
        java.nio.file.Files.write(out.resolve("summary.txt"), summary);    // for the perf command's one report
        assertThat(metrics.errors()).as("errors during the soak: " + metrics.firstErrors()).isZero();
        return summary;
    }

    static int bidderOf(int lot, int slot, int bidders) {
        return (lot * PER_LOT + slot) % bidders;
    }

    private static void bidder(HttpClient http, String base, String token, int me, List<Integer> mine, List<Long> lots, long[] starts, Profile p,
                               SoakMetrics metrics, Map<Long, List<Long>> acknowledged, AtomicBoolean stop) {
        Random random = new Random(me);
        Map<Integer, BigDecimal> ceilings = new ConcurrentHashMap<>();
        for (int j : mine) {
            ceilings.put(j, AuctionBenchmarkIT.START.add(INCREMENT.multiply(BigDecimal.valueOf(5 + random.nextInt(40)))));
        }
        boolean sniper = me % 2 == 1;
        int n = 0;
        sleep(random.nextInt(Math.max(1, p.thinkMs())));
        while (!stop.get()) {
            long now = System.currentTimeMillis();
            for (int j : mine) {
                if (now < starts[j] || now > starts[j] + (p.freeSeconds() + 10L * p.limitedSeconds()) * 1000 || stop.get()) {
                    continue;
                }
                long lot = lots.get(j);
                try {
                    HttpResponse<String> st = http.send(HttpRequest.newBuilder(URI.create(base + "/api/auctions/" + lot)).timeout(Duration.ofSeconds(30))
                            .build(), HttpResponse.BodyHandlers.ofString());
                    metrics.answer("state", st.statusCode(), st.body());
                    String body = st.body();
                    boolean limited = body.contains("\"phase\":\"LIMITED\"");
                    if (!limited && !body.contains("\"phase\":\"FREE\"") || sniper && !limited) {
                        continue;
                    }
                    BigDecimal price = new BigDecimal(body.replaceAll("(?s).*\"price\":([0-9.]+).*", "$1"));
                    boolean none = body.contains("\"leader\":null");
                    BigDecimal amount = none ? price : price.add(INCREMENT);
                    if (amount.compareTo(ceilings.get(j)) > 0 || body.contains("\"leader\":\"" + String.format("%04d", slotOf(j, me, p.bidders())) + "\"")) {
                        continue;
                    }
                    long sent = System.nanoTime();
                    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/auctions/" + lot + "/bids"))
                            .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString("{\"amount\":" + amount.toPlainString() + ",\"requestId\":\"soak-" + me + "-" + n++
                                    + "\"}")).build(), HttpResponse.BodyHandlers.ofString());
                    metrics.bid(r.statusCode(), r.body(), (System.nanoTime() - sent) / 1_000_000);
                    if (r.statusCode() == 200 && r.body().contains("\"accepted\":true")) {
                        acknowledged.computeIfAbsent(lot, k -> java.util.Collections.synchronizedList(new ArrayList<>()))
                                .add(PushProbe.number(r.body(), "\"seq\":"));
                    }
                } catch (Exception e) {
                    metrics.error("bidder " + me + " lot " + lot + ": " + e);
                }
            }
            sleep(p.thinkMs() / 2 + random.nextInt(Math.max(1, p.thinkMs())));
        }
    }

    private static int slotOf(int lot, int bidder, int bidders) {
        for (int t = 0; t < PER_LOT; t++) {
            if (bidderOf(lot, t, bidders) == bidder) {
                return t + 1;
            }
        }
        return -1;
    }

    /** Every lot closed on the last accepted bid of its log, at that bid (or the free period's end) plus the limited period. */
    private static String checkResults(HttpClient http, String base, String jdbcUrl, List<Long> lots, Map<Long, List<Long>> acknowledged,
                                       Profile p) throws Exception {
        long until = System.currentTimeMillis() + (p.limitedSeconds() * 12L + 60) * 1000;
        int closed = 0;
        int right = 0;
        long ackCount = 0;
        long storedCount = 0;
        try (Connection c = DriverManager.getConnection(jdbcUrl, "postgres", ""); Statement s = c.createStatement()) {
            for (long lot : lots) {
                String body = "";
                while (System.currentTimeMillis() < until) {
                    body = http.send(HttpRequest.newBuilder(URI.create(base + "/api/auctions/" + lot)).build(), HttpResponse.BodyHandlers.ofString()).body();
                    if (body.contains("\"phase\":\"CLOSED\"")) {
                        break;
                    }
                    Thread.sleep(500);
                }
                assertThat(body).as("lot " + lot + " closed").contains("\"phase\":\"CLOSED\"");
                closed++;
                List<Long> stored = new ArrayList<>();
                String lastCode = null;
                BigDecimal lastAmount = null;
                long lastAt = 0;
                try (ResultSet rs = s.executeQuery("select seq, bidder_code, amount, at_ms from bid_log where lot_id = " + lot
                        + " and result = 'ACCEPTED' order by seq")) {
                    while (rs.next()) {
                        stored.add(rs.getLong(1));
                        lastCode = rs.getString(2);
                        lastAmount = rs.getBigDecimal(3);
                        lastAt = rs.getLong(4);
                    }
                }
                List<Long> acks = acknowledged.getOrDefault(lot, List.of());
                assertThat(stored).as("lot " + lot + ": every acknowledged acceptance stored").containsAll(acks);
                ackCount += acks.size();
                storedCount += stored.size();
                assertThat(lastCode).as("lot " + lot + " had bids").isNotNull();
                long freeEnds = PushProbe.number(body, "\"freeEndsAt\":");
                assertThat(body).as("lot " + lot).contains("\"winner\":\"" + lastCode + "\"", "\"finalPrice\":\"" + lastAmount.setScale(2).toPlainString() + "\"");
                assertThat(PushProbe.number(body, "\"closedAt\":")).as("lot " + lot + " closed at the right time")
                        .isEqualTo(Math.max(lastAt, freeEnds) + p.limitedSeconds() * 1000L);
                right++;
            }
        }
        return String.format("lots closed %d of %d, with the result of their bid log %d; acknowledged acceptances %d, accepted bids stored %d",
                closed, lots.size(), right, ackCount, storedCount);
    }

    /** The settlement side catches up: every awarded lot gets its deal (notice, refunds, contract); how long that takes. */
    private static String awaitDeals(String jdbcUrl, List<Long> lots) throws Exception {
        String ids = lots.stream().map(String::valueOf).collect(Collectors.joining(","));
        long t = System.currentTimeMillis();
        long awarded = 0;
        long deals = -1;
        try (Connection c = DriverManager.getConnection(jdbcUrl, "postgres", ""); Statement s = c.createStatement()) {
            while (System.currentTimeMillis() - t < 300_000) {
                try (ResultSet rs = s.executeQuery("select (select count(*) from auction where outcome = 'AWARDED' and lot_id in (" + ids
                        + ")), (select count(*) from deal where lot_id in (" + ids + "))")) {
                    rs.next();
                    awarded = rs.getLong(1);
                    deals = rs.getLong(2);
                }
                if (deals == awarded) {
                    break;
                }
                Thread.sleep(1000);
            }
        }
        assertThat(deals).as("a deal for every awarded lot").isEqualTo(awarded);
        return String.format("deals opened for all %d awarded lots %d s after the last lot closed", awarded, (System.currentTimeMillis() - t) / 1000);
    }

    /** The soak's lots: clones of the template, each with its start time and {@link #PER_LOT} qualified bench bidders. */
    private static List<Long> lots(Connection c, long template, List<Long> parties, long[] starts, Profile p) throws Exception {
        List<Long> ids = BenchData.cloneLots(c, template, starts.length);
        try (Statement s = c.createStatement()) {
            String idList = ids.stream().map(String::valueOf).collect(Collectors.joining(","));
            s.executeUpdate("update lot set status = 'AUCTION_SCHEDULED', auction_winner_code = null where id in (" + idList + ")");
            StringBuilder apps = new StringBuilder();
            StringBuilder auctions = new StringBuilder();
            String codes = java.util.stream.IntStream.rangeClosed(1, PER_LOT).mapToObj(i -> String.format("%04d", i)).collect(Collectors.joining(","));
            for (int j = 0; j < ids.size(); j++) {
                for (int t = 0; t < PER_LOT; t++) {
                    apps.append(apps.length() == 0 ? "" : ",").append("(").append(ids.get(j)).append(',')
                            .append(parties.get(bidderOf(j, t, parties.size()))).append(",'").append(String.format("%04d", t + 1)).append("')");
                }
                auctions.append(j == 0 ? "" : ",").append("(").append(ids.get(j)).append(",to_timestamp(").append(starts[j] / 1000.0).append("))");
            }
            s.executeUpdate("insert into application (lot_id, bidder_party_id, status, submitted_at, commitment_accepted, deposit_amount,"
                    + " deposit_deadline, deposit_paid_at, opinion, bidder_code) select v.lot, v.party, 'QUALIFIED', now(), true, 10000, now(), now(),"
                    + " 'QUALIFIED', v.code from (values " + apps + ") v(lot, party, code)");
            s.executeUpdate("insert into auction (lot_id, mode, start_price, increment, starts_at, free_seconds, limited_seconds, qualified,"
                    + " price, next_check_at) select v.lot, 'ASCENDING', " + AuctionBenchmarkIT.START + ", " + INCREMENT + ", v.starts, " + p.freeSeconds()
                    + ", " + p.limitedSeconds() + ", '" + codes + "', " + AuctionBenchmarkIT.START + ", v.starts from (values " + auctions + ") v(lot, starts)");
        }
        return ids;
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
