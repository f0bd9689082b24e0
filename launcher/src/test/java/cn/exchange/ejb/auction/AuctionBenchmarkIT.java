package cn.exchange.ejb.auction;

import cn.exchange.launcher.ExchangeClient;
import cn.exchange.launcher.RunningExchange;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 6's benchmark, in one run on one database (the README's run command: embedded PostgreSQL with fsync, synchronous
 * commit and full-page writes on):
 * <ol>
 *   <li>the exchange through its REST API (HTTP, bearer token, JSON) on one hot lot at 8, 64 and 256 concurrent bidders,
 *       and across 600 lots at 256 bidders: accepted durable bids per second and bid-to-acknowledgement latency;</li>
 *   <li>the naive baseline on the same database, without HTTP: one JDBC transaction per bid that locks the lot's row,
 *       checks, inserts the bid and updates the lot — at 64 bidders;</li>
 *   <li>pgbench running that same transaction at 64 clients (when pgbench is installed);</li>
 *   <li>push: 2,000 WebSocket watchers of one lot; for each price change, the time from the bid's acceptance (its
 *       server stamp) to the last watcher's receipt.</li>
 * </ol>
 * Every bidder bids the next amount of a shared counter (start + k × increment), so most bids are valid when they
 * arrive; those that arrive after a higher one are refused, recorded and answered like any other. Figures are printed
 * as a table; {@code -Dexchange.bench.seconds} sets each step's length (default 5 s; the README's figures use 20).
 * The test fails only if a bid is lost or the exchange is not faster than the naive baseline.
 */
class AuctionBenchmarkIT {

    static final int SECONDS = Integer.getInteger("exchange.bench.seconds", 5);
    static final int WATCHERS = Integer.getInteger("exchange.bench.watchers", 2000);
    static final int MAX_BIDDERS = 256;
    static final BigDecimal START = new BigDecimal("100000.00");
    static final BigDecimal INC = new BigDecimal("100.00");

    @TempDir
    Path temp;

    record Result(String name, int bidders, long bids, long accepted, double seconds, long[] latenciesMicros, long warmUpAccepted) {
        double acceptedPerSecond() {
            return accepted / seconds;
        }

        String line() {
            long[] l = latenciesMicros.clone();
            Arrays.sort(l);
            return String.format("%-34s %8d %10d %10d %12.0f %9.1f %9.1f %9.1f", name, bidders, bids, accepted, acceptedPerSecond(),
                    pct(l, 50) / 1000.0, pct(l, 99) / 1000.0, l.length == 0 ? 0 : l[l.length - 1] / 1000.0);
        }
    }

    @Test
    void exchangeAgainstNaiveBaselineAndPgbench() throws Exception {
        Path home = temp.resolve("bench-home");
        try (RunningExchange exchange = new RunningExchange(home)) {
            exchange.start(Map.of(), "--jvm-opts", "-Xms1g -Xmx2g " + System.getProperty("exchange.bench.jvm", ""));
            String url = exchange.awaitUrl(Duration.ofMinutes(4));
            String base = url.replaceAll("^(http://[^/]+).*$", "$1");
            String password = ExchangeClient.demoPassword(home);
            long template = ExchangeClient.auctionWithDemoBidders(base, password, exchange.jdbcUrl(), List.of("bidder1", "bidder2"),
                    "100000.00", "100.00", 3600, 3600, 300);
            List<String> tokens;
            List<Long> hot = new ArrayList<>();
            List<Long> many;
            try (Connection c = DriverManager.getConnection(exchange.jdbcUrl(), "postgres", "")) {
                c.setAutoCommit(true);
                List<Long> parties = benchBidders(c, MAX_BIDDERS);
                for (int i = 0; i < 5; i++) {
                    hot.add(sessionLots(c, template, 1, parties).get(0));
                }
                many = sessionLots(c, template, 600, parties);
                tokens = signIn(base, password, MAX_BIDDERS);
                naiveTables(c);
            }
            List<Result> results = new ArrayList<>();
            results.add(exchangeRun(base, "exchange REST, one hot lot", List.of(hot.get(0)), tokens.subList(0, 8)));
            results.add(exchangeRun(base, "exchange REST, one hot lot", List.of(hot.get(1)), tokens.subList(0, 64)));
            results.add(exchangeRun(base, "exchange REST, one hot lot", List.of(hot.get(2)), tokens.subList(0, 256)));
            results.add(exchangeRun(base, "exchange REST, 600 lots", many, tokens.subList(0, 256)));
            results.add(naiveRun(exchange.jdbcUrl(), 64));
            results.add(writerRun(exchange.jdbcUrl(), hot.get(4), 8));
            results.add(writerRun(exchange.jdbcUrl(), hot.get(4), 64));
            results.add(writerRun(exchange.jdbcUrl(), hot.get(4), 256));
            String ceiling = httpCeiling(base, 64);
            String pgbench = pgbench(exchange, 64);
            String push = pushLatency(base, hot.get(3), tokens.subList(0, 2));

            StringBuilder out = new StringBuilder("\n[bench] auction benchmark, " + SECONDS + " s per step, "
                    + Runtime.getRuntime().availableProcessors() + " cores, fsync/synchronous_commit on\n");
            out.append(String.format("[bench] %-34s %8s %10s %10s %12s %9s %9s %9s%n", "run", "bidders", "bids", "accepted",
                    "accepted/s", "p50 ms", "p99 ms", "max ms"));
            for (Result r : results) {
                out.append("[bench] ").append(r.line()).append('\n');
            }
            out.append("[bench] ").append(pgbench).append('\n');
            out.append("[bench] ").append(ceiling).append('\n');
            out.append("[bench] ").append(push).append('\n');
            Result at64 = results.get(1);
            Result naive = results.get(4);
            Result writer64 = results.get(6);
            out.append(String.format("[bench] accepted/s at 64 bidders: exchange REST / naive %.1fx; bid writer (no HTTP) / naive %.1fx%n",
                    at64.acceptedPerSecond() / naive.acceptedPerSecond(), writer64.acceptedPerSecond() / naive.acceptedPerSecond()));
            System.out.println(out);
            Files.writeString(Path.of("target", "auction-benchmark.txt"), out.toString());

            try (Connection c = DriverManager.getConnection(exchange.jdbcUrl(), "postgres", ""); Statement s = c.createStatement()) {
                for (int i = 0; i < 4; i++) {
                    Result r = results.get(i);
                    try (ResultSet rs = s.executeQuery("select count(*) from bid_log where result = 'ACCEPTED' and lot_id in ("
                            + (i < 3 ? hot.get(i).toString() : many.stream().map(String::valueOf).collect(Collectors.joining(","))) + ")")) {
                        rs.next();
                        assertThat(rs.getLong(1)).as(r.name() + " " + r.bidders() + ": acknowledged acceptances stored").isEqualTo(r.accepted() + r.warmUpAccepted());
                    }
                }
            }
            assertThat(writer64.acceptedPerSecond()).as("the lot writer beats the naive baseline on the same database")
                    .isGreaterThan(2 * naive.acceptedPerSecond());
            exchange.stop();
        }
    }

    /** Bidder parties and accounts, cloned from demo bidder1 (same password), {@code bench0001}… */
    private static List<Long> benchBidders(Connection c, int n) throws SQLException {
        long party1;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select party_id from account where username = 'bidder1'")) {
            rs.next();
            party1 = rs.getLong(1);
        }
        String partyCols = columns(c, "party");
        String accountCols = columns(c, "account");
        List<Long> parties = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            String sel = partyCols.replace("name", "'压测竞买人" + i + "'").replace("credit_code", "'BENCH" + String.format("%013d", i) + "'");
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("insert into party (" + partyCols + ") select " + sel + " from party where id = " + party1
                         + " returning id")) {
                rs.next();
                long id = rs.getLong(1);
                parties.add(id);
                String asel = accountCols.replace("username", "'bench" + String.format("%04d", i) + "'").replace("party_id", Long.toString(id))
                        .replace("display_name", "'压测竞买人" + i + "'");
                s.executeUpdate("insert into account (" + accountCols + ") select " + asel + " from account where username = 'bidder1'");
            }
        }
        return parties;
    }

    /** {@code n} lots cloned from the template lot, each in session (free period running) with every bench bidder qualified. */
    private static List<Long> sessionLots(Connection c, long template, int n, List<Long> parties) throws SQLException {
        String lotCols = columns(c, "lot");
        List<Long> ids = new ArrayList<>();
        try (Statement s = c.createStatement()) {
            int from;
            try (ResultSet rs = s.executeQuery("select coalesce(max(lot_no), 0) + 1 from lot where project_id = (select project_id from lot where id = "
                    + template + ")")) {
                rs.next();
                from = rs.getInt(1);
            }
            String sel = lotCols.replace("lot_no", "g");
            try (ResultSet rs = s.executeQuery("insert into lot (" + lotCols + ") select " + sel + " from lot, generate_series(" + from + ", "
                    + (from + n - 1) + ") g where id = " + template + " returning id")) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            String idList = ids.stream().map(String::valueOf).collect(Collectors.joining(","));
            String codes = java.util.stream.IntStream.rangeClosed(1, parties.size()).mapToObj(i -> String.format("%04d", i))
                    .collect(Collectors.joining(","));
            StringBuilder values = new StringBuilder();
            for (int i = 0; i < parties.size(); i++) {
                values.append(i == 0 ? "" : ",").append("(").append(parties.get(i)).append(",'").append(String.format("%04d", i + 1)).append("')");
            }
            s.executeUpdate("insert into application (lot_id, bidder_party_id, status, submitted_at, commitment_accepted, deposit_amount,"
                    + " deposit_deadline, deposit_paid_at, opinion, bidder_code) select l.id, v.party, 'QUALIFIED', now(), true, 10000, now(), now(),"
                    + " 'QUALIFIED', v.code from unnest(array[" + idList + "]::bigint[]) l(id), (values " + values + ") v(party, code)");
            s.executeUpdate("insert into auction (lot_id, mode, start_price, increment, starts_at, free_seconds, limited_seconds, qualified,"
                    + " price, next_check_at) select id, 'ASCENDING', " + START + ", " + INC + ", now() - interval '1 second', 3600, 300, '"
                    + codes + "', " + START + ", now() from unnest(array[" + idList + "]::bigint[]) l(id)");
        }
        return ids;
    }

    private static String columns(Connection c, String table) throws SQLException {
        List<String> cols = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("select column_name from information_schema.columns where table_name = ?"
                + " and column_name <> 'id' order by ordinal_position")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    cols.add(rs.getString(1));
                }
            }
        }
        return String.join(", ", cols);
    }

    private static List<String> signIn(String base, String password, int n) throws Exception {
        String[] tokens = new String[n];
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        List<java.util.concurrent.Future<?>> fs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int k = i;
            fs.add(pool.submit(() -> {
                HttpResponse<String> r = http().send(HttpRequest.newBuilder(URI.create(base + "/api/auth/token"))
                        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                                "{\"username\":\"bench" + String.format("%04d", k + 1) + "\",\"password\":\"" + password + "\"}")).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
                tokens[k] = r.body().replaceAll(".*\"token\"\\s*:\\s*\"([^\"]+)\".*", "$1");
                return null;
            }));
        }
        for (var f : fs) {
            f.get();
        }
        pool.shutdown();
        return List.of(tokens);
    }

    private static HttpClient http() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** Bidders bid through the REST API for {@link #SECONDS} after a short warm-up. */
    private static Result exchangeRun(String base, String name, List<Long> lots, List<String> tokens) throws Exception {
        AtomicLongArray counters = new AtomicLongArray(lots.size());
        runFor(2, tokens, lots, counters, base, null);   // warm-up
        List<long[]> lat = new ArrayList<>();
        long[] totals = new long[2];
        long t0 = System.nanoTime();
        runFor(SECONDS, tokens, lots, counters, base, (latencies, counts) -> {
            synchronized (lat) {
                lat.add(latencies);
                totals[0] += counts[0];
                totals[1] += counts[1];
            }
        });
        double secs = (System.nanoTime() - t0) / 1e9;
        // the warm-up's acceptances count for the stored-total check, not for the rate
        long warm = warmAccepted.getAndSet(0);
        return new Result(name, tokens.size(), totals[0], totals[1], secs, concat(lat), warm);
    }

    private static final AtomicLong warmAccepted = new AtomicLong();

    interface Sink {
        void add(long[] latencies, long[] counts);
    }

    private static void runFor(int seconds, List<String> tokens, List<Long> lots, AtomicLongArray counters, String base, Sink sink)
            throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        CountDownLatch done = new CountDownLatch(tokens.size());
        for (String token : tokens) {
            Thread t = new Thread(() -> {
                HttpClient client = http();
                long[] lat = new long[100_000];
                int n = 0;
                long accepted = 0;
                try {
                    while (System.nanoTime() < end) {
                        int li = lots.size() == 1 ? 0 : ThreadLocalRandom.current().nextInt(lots.size());
                        long k = counters.getAndIncrement(li);
                        BigDecimal amount = START.add(INC.multiply(BigDecimal.valueOf(k)));
                        HttpRequest req = HttpRequest.newBuilder(URI.create(base + "/api/auctions/" + lots.get(li) + "/bids"))
                                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                                .timeout(Duration.ofSeconds(30))
                                .POST(HttpRequest.BodyPublishers.ofString("{\"amount\":" + amount.toPlainString() + ",\"requestId\":\""
                                        + java.util.UUID.randomUUID() + "\"}")).build();
                        long s0 = System.nanoTime();
                        HttpResponse<String> r = client.send(req, HttpResponse.BodyHandlers.ofString());
                        long us = (System.nanoTime() - s0) / 1000;
                        if (r.statusCode() != 200) {
                            throw new AssertionError(r.statusCode() + " " + r.body());
                        }
                        if (n < lat.length) {
                            lat[n++] = us;
                        }
                        if (r.body().contains("\"accepted\":true")) {
                            accepted++;
                        }
                    }
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    if (sink != null) {
                        sink.add(Arrays.copyOf(lat, n), new long[] {n, accepted});
                    } else {
                        warmAccepted.addAndGet(accepted);
                    }
                    done.countDown();
                }
            });
            t.start();
        }
        done.await();
    }

    private static long[] concat(List<long[]> parts) {
        return parts.stream().flatMapToLong(Arrays::stream).toArray();
    }

    private static void naiveTables(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate("create table bench_naive_lot (id bigint primary key, price numeric(15,2) not null, leader varchar(8),"
                    + " seq bigint not null default 0)");
            s.executeUpdate("create table bench_naive_bid (lot_id bigint not null, seq bigint not null, bidder varchar(8) not null,"
                    + " amount numeric(15,2) not null, at_ms bigint not null, primary key (lot_id, seq))");
            s.executeUpdate("insert into bench_naive_lot values (1, 100000.00, null, 0), (2, 100000.00, null, 0)");
        }
    }

    /** The naive design: per bid, one transaction that locks the lot row, checks, inserts the bid and updates the lot. */
    private static Result naiveRun(String jdbcUrl, int bidders) throws Exception {
        AtomicLong counter = new AtomicLong(1);
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(SECONDS);
        List<long[]> lat = new ArrayList<>();
        long[] totals = new long[2];
        CountDownLatch done = new CountDownLatch(bidders);
        long t0 = System.nanoTime();
        for (int b = 0; b < bidders; b++) {
            String code = String.format("%04d", b + 1);
            new Thread(() -> {
                long[] l = new long[100_000];
                int n = 0;
                long accepted = 0;
                try (Connection c = DriverManager.getConnection(jdbcUrl, "postgres", "")) {
                    c.setAutoCommit(false);
                    PreparedStatement lock = c.prepareStatement("select price, leader, seq from bench_naive_lot where id = 1 for update");
                    PreparedStatement ins = c.prepareStatement("insert into bench_naive_bid values (1, ?, ?, ?, ?)");
                    PreparedStatement upd = c.prepareStatement("update bench_naive_lot set price = ?, leader = ?, seq = ? where id = 1");
                    while (System.nanoTime() < end) {
                        BigDecimal amount = START.add(INC.multiply(BigDecimal.valueOf(counter.getAndIncrement())));
                        long s0 = System.nanoTime();
                        try (ResultSet rs = lock.executeQuery()) {
                            rs.next();
                            BigDecimal price = rs.getBigDecimal(1);
                            String leader = rs.getString(2);
                            long seq = rs.getLong(3);
                            if (amount.compareTo(price) > 0 && amount.subtract(price).remainder(INC).signum() == 0 && !code.equals(leader)) {
                                ins.setLong(1, seq + 1);
                                ins.setString(2, code);
                                ins.setBigDecimal(3, amount);
                                ins.setLong(4, System.currentTimeMillis());
                                ins.executeUpdate();
                                upd.setBigDecimal(1, amount);
                                upd.setString(2, code);
                                upd.setLong(3, seq + 1);
                                upd.executeUpdate();
                                accepted++;
                            }
                        }
                        c.commit();
                        if (n < l.length) {
                            l[n++] = (System.nanoTime() - s0) / 1000;
                        }
                    }
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                } finally {
                    synchronized (lat) {
                        lat.add(Arrays.copyOf(l, n));
                        totals[0] += n;
                        totals[1] += accepted;
                    }
                    done.countDown();
                }
            }).start();
        }
        done.await();
        return new Result("naive JDBC (row lock per bid), no HTTP", bidders, totals[0], totals[1], (System.nanoTime() - t0) / 1e9, concat(lat), 0);
    }

    /**
     * The exchange's own bid path without HTTP: the same {@link AuctionDesk} and {@link LotWriter} the server runs, on the
     * same database, with one connection for the lot's writer (its batches take turns).
     */
    private static Result writerRun(String jdbcUrl, long lot, int bidders) throws Exception {
        AuctionDesk desk = new AuctionDesk();
        desk.dataSource = oneConnection(jdbcUrl);
        desk.threadFactory = new Threads();
        desk.clock = java.time.Clock.systemUTC();
        desk.start();
        AtomicLong counter = new AtomicLong(writerOffset.get());
        long[] totals = new long[2];
        List<long[]> lat = new ArrayList<>();
        long t0 = System.nanoTime();
        long end = t0 + TimeUnit.SECONDS.toNanos(SECONDS);
        CountDownLatch done = new CountDownLatch(bidders);
        for (int b = 0; b < bidders; b++) {
            String code = String.format("%04d", b + 1);
            new Thread(() -> {
                long[] l = new long[100_000];
                int n = 0;
                long accepted = 0;
                try {
                    while (System.nanoTime() < end) {
                        BigDecimal amount = START.add(INC.multiply(BigDecimal.valueOf(counter.getAndIncrement())));
                        long s0 = System.nanoTime();
                        BidOutcome o = desk.bid(lot, code, amount, java.util.UUID.randomUUID().toString(), null, null).get(30, TimeUnit.SECONDS);
                        if (n < l.length) {
                            l[n++] = (System.nanoTime() - s0) / 1000;
                        }
                        if (o.accepted()) {
                            accepted++;
                        }
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                } finally {
                    synchronized (lat) {
                        lat.add(Arrays.copyOf(l, n));
                        totals[0] += n;
                        totals[1] += accepted;
                    }
                    done.countDown();
                }
            }).start();
        }
        done.await();
        double secs = (System.nanoTime() - t0) / 1e9;
        writerOffset.set(counter.get());
        desk.stop();
        return new Result("bid writer (group commit), no HTTP", bidders, totals[0], totals[1], secs, concat(lat), 0);
    }

    /** The next amounts on the writer's lot continue above the last run's. */
    private static final AtomicLong writerOffset = new AtomicLong();

    /** Managed threads, as the server's ManagedThreadFactory would give. */
    static final class Threads implements jakarta.enterprise.concurrent.ManagedThreadFactory {
        @Override
        public Thread newThread(Runnable r) {
            Thread t = new Thread(r, "bid-writer");
            t.setDaemon(true);
            return t;
        }

        @Override
        public java.util.concurrent.ForkJoinWorkerThread newThread(java.util.concurrent.ForkJoinPool pool) {
            return java.util.concurrent.ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(pool);
        }
    }

    /** A DataSource handing out one open connection, whose close() keeps it open for the next batch. */
    private static javax.sql.DataSource oneConnection(String jdbcUrl) throws SQLException {
        Connection real = DriverManager.getConnection(jdbcUrl, "postgres", "");
        Connection kept = (Connection) java.lang.reflect.Proxy.newProxyInstance(AuctionBenchmarkIT.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, m, args) -> {
                    if (m.getName().equals("close")) {
                        return null;
                    }
                    try {
                        return m.invoke(real, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        return (javax.sql.DataSource) java.lang.reflect.Proxy.newProxyInstance(AuctionBenchmarkIT.class.getClassLoader(),
                new Class<?>[] {javax.sql.DataSource.class}, (proxy, m, args) -> {
                    if (m.getName().equals("getConnection")) {
                        return kept;
                    }
                    throw new UnsupportedOperationException(m.getName());
                });
    }

    /** What HTTP alone costs on this machine: 64 clients fetching a small static file (no database, no engine). */
    private static String httpCeiling(String base, int clients) throws InterruptedException {
        AtomicLong n = new AtomicLong();
        long t0 = System.nanoTime();
        long end = t0 + TimeUnit.SECONDS.toNanos(SECONDS);
        CountDownLatch done = new CountDownLatch(clients);
        for (int i = 0; i < clients; i++) {
            new Thread(() -> {
                HttpClient c = http();
                try {
                    while (System.nanoTime() < end) {
                        c.send(HttpRequest.newBuilder(URI.create(base + "/jakarta.faces.resource/css/exchange.css.xhtml")).build(),
                                HttpResponse.BodyHandlers.ofString());
                        n.incrementAndGet();
                    }
                } catch (Exception e) {
                    // counted what got through
                } finally {
                    done.countDown();
                }
            }).start();
        }
        done.await();
        return String.format("HTTP ceiling: %d clients fetching a static file: %.0f requests/s", clients, n.get() / ((System.nanoTime() - t0) / 1e9));
    }

    /** pgbench with the naive bid transaction (lock, check, insert, update) on lot 2, if pgbench is installed. */
    private static String pgbench(RunningExchange exchange, int clients) throws Exception {
        Path exe = Files.exists(Path.of("/usr/bin/pgbench")) ? Path.of("/usr/bin/pgbench") : null;
        if (exe == null) {
            return "pgbench: not installed (Debian: apt-get install postgresql-15 — it ships pgbench); skipped";
        }
        Path script = Files.createTempFile("bid", ".sql");
        Files.writeString(script, """
                \\set amount random(1, 1000000000)
                BEGIN;
                SELECT price, leader, seq FROM bench_naive_lot WHERE id = 2 FOR UPDATE;
                INSERT INTO bench_naive_bid SELECT 2, seq + 1, 'PGB', :amount, 0 FROM bench_naive_lot WHERE id = 2 AND price < :amount;
                UPDATE bench_naive_lot SET price = greatest(price, :amount), seq = seq + (CASE WHEN price < :amount THEN 1 ELSE 0 END) WHERE id = 2;
                END;
                """);
        Process p = new ProcessBuilder(exe.toString(), "-n", "-c", Integer.toString(clients), "-j", "2", "-T", Integer.toString(SECONDS),
                "-f", script.toString(), "-h", "localhost", "-p", Integer.toString(exchange.pgPort), "-U", "postgres", "exchange")
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        p.waitFor();
        String tps = out.lines().filter(l -> l.startsWith("tps")).findFirst().orElse("tps = ? (" + out.strip() + ")");
        String lat = out.lines().filter(l -> l.startsWith("latency average")).findFirst().orElse("");
        return String.format("pgbench, same bid transaction, %d clients: %s; %s", clients, tps, lat);
    }

    /** 2,000 watchers of one lot; two bidders take turns; per price change, acceptance → last watcher's receipt. */
    private static String pushLatency(String base, long lot, List<String> tokens) throws Exception {
        HttpClient client = http();
        Map<Long, long[]> perSeq = new ConcurrentHashMap<>();   // lastSeq -> {receipts, max latency ms}
        List<WebSocket> sockets = new ArrayList<>();
        CountDownLatch connected = new CountDownLatch(WATCHERS);
        String ws = base.replace("http://", "ws://") + "/ws/auctions/" + lot;
        for (int i = 0; i < WATCHERS; i++) {
            sockets.add(client.newWebSocketBuilder().buildAsync(URI.create(ws), new WebSocket.Listener() {
                final StringBuilder buf = new StringBuilder();

                @Override
                public void onOpen(WebSocket w) {
                    connected.countDown();
                    w.request(1);
                }

                @Override
                public CompletionStage<?> onText(WebSocket w, CharSequence data, boolean last) {
                    buf.append(data);
                    if (last) {
                        long now = System.currentTimeMillis();
                        String m = buf.toString();
                        buf.setLength(0);
                        int r = m.indexOf("\"recent\":[{");
                        if (m.startsWith("{\"type\":\"state\"") && r > 0) {
                            long seq = number(m, "\"lastSeq\":");
                            long at = number(m.substring(r), "\"at\":");
                            perSeq.compute(seq, (k, v) -> v == null ? new long[] {1, now - at} : new long[] {v[0] + 1, Math.max(v[1], now - at)});
                        }
                    }
                    w.request(1);
                    return null;
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

    private static long number(String s, String key) {
        int i = s.indexOf(key) + key.length();
        int j = i;
        while (j < s.length() && Character.isDigit(s.charAt(j))) {
            j++;
        }
        return Long.parseLong(s.substring(i, j));
    }

    static long pct(long[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }
}
