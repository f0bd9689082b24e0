package cn.exchange.ejb.auction;

import cn.exchange.launcher.RunningExchange;


import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntFunction;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

import static cn.exchange.ejb.auction.AuctionBenchmarkIT.*;

/** The benchmark's loads: the exchange through REST, the naive baseline, the bid writer without HTTP, pgbench, HTTP alone. */
final class BenchLoads {

    private BenchLoads() {
    }

    static HttpClient http() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** One bidder's way of placing a bid on lot number {@code lot} of the run: true when accepted. */
    interface Bidder extends AutoCloseable {
        boolean bid(int lot, BigDecimal amount) throws Exception;

        @Override
        default void close() throws Exception {
        }
    }

    /**
     * The one load loop of every run: {@code bidders} threads, each made by {@code make} (from its bidder number), bid for
     * {@code seconds} on a lot of the run (the only one, or one at random), each the next amount of that lot's counter
     * (start + k × increment), timing each bid to its answer. A bidder thread's failure fails the run.
     */
    static Result drive(String name, int bidders, int seconds, AtomicLongArray counters, IntFunction<Bidder> make) throws Exception {
        long t0 = System.nanoTime();
        long end = t0 + TimeUnit.SECONDS.toNanos(seconds);
        List<long[]> lat = new ArrayList<>();
        long[] totals = new long[2];
        AtomicReference<Throwable> failure = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(bidders);
        for (int i = 0; i < bidders; i++) {
            int number = i;
            new Thread(() -> {
                long[] l = new long[100_000];
                int n = 0;
                long accepted = 0;
                try (Bidder bidder = make.apply(number)) {
                    while (System.nanoTime() < end) {
                        int lot = counters.length() == 1 ? 0 : ThreadLocalRandom.current().nextInt(counters.length());
                        BigDecimal amount = START.add(INC.multiply(BigDecimal.valueOf(counters.getAndIncrement(lot))));
                        long s0 = System.nanoTime();
                        boolean ok = bidder.bid(lot, amount);
                        if (n < l.length) {
                            l[n++] = (System.nanoTime() - s0) / 1000;
                        }
                        accepted += ok ? 1 : 0;
                    }
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
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
        if (failure.get() != null) {
            throw new AssertionError(name + ": a bidder failed", failure.get());
        }
        return new Result(name, bidders, totals[0], totals[1], (System.nanoTime() - t0) / 1e9, concat(lat), 0);
    }

    /** Bidders bid through the REST API for {@link #SECONDS} after a 2 s warm-up (whose acceptances are stored too). */
    static Result exchangeRun(String base, String name, List<Long> lots, List<String> tokens) throws Exception {
        AtomicLongArray counters = new AtomicLongArray(lots.size());
        IntFunction<Bidder> rest = i -> {
            HttpClient client = http();
            return (lot, amount) -> {
                HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(base + "/api/auctions/" + lots.get(lot) + "/bids"))
                        .header("Authorization", "Bearer " + tokens.get(i)).header("Content-Type", "application/json")
                        .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofString("{\"amount\":" + amount.toPlainString()
                                + ",\"requestId\":\"" + UUID.randomUUID() + "\"}")).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() != 200) {
                    throw new AssertionError(r.statusCode() + " " + r.body());
                }
                return r.body().contains("\"accepted\":true");
            };
        };
        Result warm = drive(name, tokens.size(), 2, counters, rest);
        Result r = drive(name, tokens.size(), SECONDS, counters, rest);
        return new Result(name, r.bidders(), r.bids(), r.accepted(), r.seconds(), r.latenciesMicros(), warm.accepted());
    }

    static long[] concat(List<long[]> parts) {
        return parts.stream().flatMapToLong(Arrays::stream).toArray();
    }

    static void naiveTables(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate("create table bench_naive_lot (id bigint primary key, price numeric(15,2) not null, leader varchar(8),"
                    + " seq bigint not null default 0)");
            s.executeUpdate("create table bench_naive_bid (lot_id bigint not null, seq bigint not null, bidder varchar(8) not null,"
                    + " amount numeric(15,2) not null, at_ms bigint not null, primary key (lot_id, seq))");
            s.executeUpdate("insert into bench_naive_lot values (1, 100000.00, null, 0), (2, 100000.00, null, 0)");
        }
    }

    /** The naive design: per bid, one transaction that locks the lot row, checks, inserts the bid and updates the lot. */
    static Result naiveRun(String jdbcUrl, int bidders) throws Exception {
        AtomicLongArray counters = new AtomicLongArray(1);
        counters.set(0, 1);
        return drive("naive JDBC (row lock per bid), no HTTP", bidders, SECONDS, counters, i -> {
            String code = String.format("%04d", i + 1);
            try {
                Connection c = DriverManager.getConnection(jdbcUrl, "postgres", "");
                c.setAutoCommit(false);
                PreparedStatement lock = c.prepareStatement("select price, leader, seq from bench_naive_lot where id = 1 for update");
                PreparedStatement ins = c.prepareStatement("insert into bench_naive_bid values (1, ?, ?, ?, ?)");
                PreparedStatement upd = c.prepareStatement("update bench_naive_lot set price = ?, leader = ?, seq = ? where id = 1");
                return new Bidder() {
                    @Override
                    public boolean bid(int lot, BigDecimal amount) throws SQLException {
                        boolean accepted = false;
                        try (ResultSet rs = lock.executeQuery()) {
                            rs.next();
                            BigDecimal price = rs.getBigDecimal(1);
                            long seq = rs.getLong(3);
                            if (amount.compareTo(price) > 0 && amount.subtract(price).remainder(INC).signum() == 0
                                    && !code.equals(rs.getString(2))) {
                                ins.setLong(1, seq + 1);
                                ins.setString(2, code);
                                ins.setBigDecimal(3, amount);
                                ins.setLong(4, System.currentTimeMillis());
                                ins.executeUpdate();
                                upd.setBigDecimal(1, amount);
                                upd.setString(2, code);
                                upd.setLong(3, seq + 1);
                                upd.executeUpdate();
                                accepted = true;
                            }
                        }
                        c.commit();
                        return accepted;
                    }

                    @Override
                    public void close() throws SQLException {
                        c.close();
                    }
                };
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /**
     * The exchange's own bid path without HTTP: the same {@link AuctionDesk} and {@link LotWriter} the server runs, on the
     * same database, with one connection for the lot's writer (its batches take turns).
     */
    static Result writerRun(String jdbcUrl, long lot, int bidders) throws Exception {
        AuctionDesk desk = desk(jdbcUrl);
        AtomicLongArray counters = new AtomicLongArray(1);
        counters.set(0, writerOffset.get());
        try {
            return drive("bid writer (group commit), no HTTP", bidders, SECONDS, counters, i -> {
                String code = String.format("%04d", i + 1);
                return (l, amount) -> desk.bid(lot, code, amount, UUID.randomUUID().toString(), null, null).get(30, TimeUnit.SECONDS).accepted();
            });
        } finally {
            writerOffset.set(counters.get(0));
            desk.stop();
            desk.pool.shutdown();
        }
    }

    /** A server's desk, as the container builds it, with one connection of its own. */
    static AuctionDesk desk(String jdbcUrl) throws SQLException {
        AuctionDesk desk = new AuctionDesk();
        desk.dataSource = oneConnection(jdbcUrl);
        // as many threads as the server's writer pool has
        desk.pool = java.util.concurrent.Executors.newFixedThreadPool(AuctionDesk.THREADS, r -> {
            Thread t = new Thread(r, "bid-writer");
            t.setDaemon(true);
            return t;
        });
        desk.clock = java.time.Clock.systemUTC();
        desk.start();
        return desk;
    }

    /** The next amounts on the writer's lot continue above the last run's. */
    static final AtomicLong writerOffset = new AtomicLong();

    /** A DataSource handing out one open connection, whose close() keeps it open for the next batch. */
    static javax.sql.DataSource oneConnection(String jdbcUrl) throws SQLException {
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
    static String httpCeiling(String base, int clients) throws InterruptedException {
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
    static String pgbench(RunningExchange exchange, int clients) throws Exception {
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

}
