package cn.exchange.ejb.auction;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The soak's figures in time buckets (10 s for short runs, 60 s from 10 minutes): bids and state reads per second, bid
 * latency (request → durable answer) and push latency (acceptance → a watcher's receipt) percentiles, errors, each
 * server's heap (jstat: all generations, and the old generation that a leak would grow) and the open database
 * connections. Written as {@code soak.csv} and drawn as {@code soak-latency.svg} and {@code soak-resources.svg}.
 */
final class SoakMetrics {

    /** One bucket's raw figures. */
    static final class Bucket {
        final AtomicLong bids = new AtomicLong();
        final AtomicLong accepted = new AtomicLong();
        final AtomicLong reads = new AtomicLong();
        final AtomicLong errors = new AtomicLong();
        final ConcurrentLinkedQueue<Long> bidMs = new ConcurrentLinkedQueue<>();
        final ConcurrentLinkedQueue<Long> pushMs = new ConcurrentLinkedQueue<>();
        long[] heapMb = new long[0];
        long[] oldMb = new long[0];
        long dbConnections;
    }

    private final String jdbcUrl;
    private final List<Long> pids;
    private final long bucketMs;
    private final long t0 = System.currentTimeMillis();
    private final Map<Integer, Bucket> buckets = new ConcurrentHashMap<>();
    private final AtomicLong errors = new AtomicLong();
    private final ConcurrentLinkedQueue<String> firstErrors = new ConcurrentLinkedQueue<>();

    SoakMetrics(String jdbcUrl, List<Long> pids, int minutes) {
        this.jdbcUrl = jdbcUrl;
        this.pids = pids;
        this.bucketMs = minutes >= 10 ? 60_000 : 10_000;
    }

    private Bucket now() {
        return buckets.computeIfAbsent((int) ((System.currentTimeMillis() - t0) / bucketMs), k -> new Bucket());
    }

    void answer(String kind, int status, String body) {
        now().reads.incrementAndGet();
        if (status != 200) {
            error(kind + " " + status + ": " + body);
        }
    }

    void bid(int status, String body, long ms) {
        Bucket b = now();
        b.bids.incrementAndGet();
        if (status != 200) {
            error("bid " + status + ": " + body);
            return;
        }
        b.bidMs.add(ms);
        if (body.contains("\"accepted\":true")) {
            b.accepted.incrementAndGet();
        }
    }

    void push(long ms) {
        now().pushMs.add(ms);
    }

    void error(String what) {
        now().errors.incrementAndGet();
        if (errors.incrementAndGet() <= 10) {
            firstErrors.add(what);
        }
    }

    long errors() {
        return errors.get();
    }

    List<String> firstErrors() {
        return List.copyOf(firstErrors);
    }

    /** Samples the servers' heap and the database connections once per bucket, in the middle of it. */
    void sampleEverySecond(AtomicBoolean stop) {
        int sampled = -1;
        while (!stop.get()) {
            long elapsed = System.currentTimeMillis() - t0;
            int k = (int) (elapsed / bucketMs);
            if (k != sampled && elapsed % bucketMs >= bucketMs / 2) {
                Bucket b = buckets.computeIfAbsent(k, x -> new Bucket());
                long[] heap = new long[pids.size()];
                long[] old = new long[pids.size()];
                for (int i = 0; i < pids.size(); i++) {
                    long[] h = jstat(pids.get(i));
                    heap[i] = h[0];
                    old[i] = h[1];
                }
                b.heapMb = heap;
                b.oldMb = old;
                b.dbConnections = dbConnections();
                sampled = k;
            }
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** {used heap MB, old generation MB} of a JVM, from jstat -gc. */
    static long[] jstat(long pid) {
        try {
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jstat").toString(), "-gc", Long.toString(pid))
                    .redirectErrorStream(true).start();
            List<String> lines = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            p.waitFor();
            List<String> head = Arrays.asList(lines.get(0).trim().split("\\s+"));
            String[] v = lines.get(1).trim().split("\\s+");
            double used = 0;
            for (String col : List.of("S0U", "S1U", "EU", "OU")) {
                used += Double.parseDouble(v[head.indexOf(col)]);
            }
            return new long[] {Math.round(used / 1024), Math.round(Double.parseDouble(v[head.indexOf("OU")]) / 1024)};
        } catch (Exception e) {
            return new long[] {-1, -1};
        }
    }

    private long dbConnections() {
        try (Connection c = DriverManager.getConnection(jdbcUrl, "postgres", ""); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select count(*) from pg_stat_activity where datname = 'exchange' and usename = 'exchange'")) {
            rs.next();
            return rs.getLong(1);
        } catch (Exception e) {
            return -1;
        }
    }

    /** Writes the CSV and the two plots to {@code out}; returns the table as text lines. */
    List<String> report(Path out) throws IOException {
        Files.createDirectories(out);
        List<String> lines = new ArrayList<>();
        StringBuilder csv = new StringBuilder("minute,bids_per_s,accepted_per_s,reads_per_s,bid_p50_ms,bid_p99_ms,push_p50_ms,push_p99_ms,errors,"
                + "heap_mb,old_gen_mb,db_connections\n");
        lines.add(String.format("%7s %8s %8s %8s %8s %8s %8s %8s %6s %14s %14s %5s", "minute", "bids/s", "accept/s", "reads/s", "bid p50",
                "bid p99", "push p50", "push p99", "errors", "heap MB", "old gen MB", "db"));
        int last = buckets.keySet().stream().mapToInt(Integer::intValue).max().orElse(-1);
        List<double[]> series = new ArrayList<>();
        for (int k = 0; k < last; k++) {   // the last bucket is incomplete
            Bucket b = buckets.getOrDefault(k, new Bucket());
            double secs = bucketMs / 1000.0;
            long[] bid = sorted(b.bidMs);
            long[] push = sorted(b.pushMs);
            double minute = (k + 1) * bucketMs / 60_000.0;
            lines.add(String.format(Locale.ROOT, "%7.2f %8.1f %8.1f %8.1f %8d %8d %8d %8d %6d %14s %14s %5d", minute, b.bids.get() / secs,
                    b.accepted.get() / secs, b.reads.get() / secs, pct(bid, 50), pct(bid, 99), pct(push, 50), pct(push, 99), b.errors.get(),
                    Arrays.toString(b.heapMb), Arrays.toString(b.oldMb), b.dbConnections));
            csv.append(String.format(Locale.ROOT, "%.2f,%.1f,%.1f,%.1f,%d,%d,%d,%d,%d,%s,%s,%d%n", minute, b.bids.get() / secs,
                    b.accepted.get() / secs, b.reads.get() / secs, pct(bid, 50), pct(bid, 99), pct(push, 50), pct(push, 99), b.errors.get(),
                    join(b.heapMb), join(b.oldMb), b.dbConnections));
            series.add(new double[] {minute, pct(bid, 50), pct(bid, 99), pct(push, 50), pct(push, 99),
                    b.oldMb.length > 0 ? b.oldMb[0] : 0, b.oldMb.length > 1 ? b.oldMb[1] : 0, b.dbConnections,
                    b.heapMb.length > 0 ? b.heapMb[0] : 0, b.heapMb.length > 1 ? b.heapMb[1] : 0});
        }
        long[] allBids = sorted(buckets.values().stream().flatMap(b -> b.bidMs.stream()).toList());
        long[] allPush = sorted(buckets.values().stream().flatMap(b -> b.pushMs.stream()).toList());
        long bids = buckets.values().stream().mapToLong(b -> b.bids.get()).sum();
        long accepted = buckets.values().stream().mapToLong(b -> b.accepted.get()).sum();
        long reads = buckets.values().stream().mapToLong(b -> b.reads.get()).sum();
        double seconds = (System.currentTimeMillis() - t0) / 1000.0;
        lines.add(String.format(Locale.ROOT, "whole run %.0f s: %d bids (%.1f/s, %d accepted), %d state reads (%.1f/s), %d pushes measured;"
                        + " bid p50 %d ms p99 %d ms; push p50 %d ms p99 %d ms; errors %d", seconds, bids, bids / seconds, accepted, reads,
                reads / seconds, allPush.length, pct(allBids, 50), pct(allBids, 99), pct(allPush, 50), pct(allPush, 99), errors.get()));
        Files.writeString(out.resolve("soak.csv"), csv);
        Files.writeString(out.resolve("soak-latency.svg"), SoakPlot.svg("Latency (ms) by minute", "min", series,
                new int[] {1, 2, 3, 4}, new String[] {"bid p50", "bid p99", "push p50", "push p99"}));
        Files.writeString(out.resolve("soak-resources.svg"), SoakPlot.svg("Heap (MB) and database connections by minute", "min", series,
                new int[] {8, 9, 5, 6, 7}, new String[] {"heap A", "heap B", "old gen A", "old gen B", "db connections"}));
        return lines;
    }

    private static String join(long[] v) {
        return String.join("|", Arrays.stream(v).mapToObj(Long::toString).toList());
    }

    static long[] sorted(java.util.Collection<Long> values) {
        return values.stream().mapToLong(Long::longValue).sorted().toArray();
    }

    static long pct(long[] sorted, int p) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }
}
