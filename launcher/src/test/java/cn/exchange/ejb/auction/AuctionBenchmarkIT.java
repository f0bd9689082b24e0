package cn.exchange.ejb.auction;

import cn.exchange.launcher.ExchangeClient;
import cn.exchange.launcher.RunningExchange;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The auction benchmark (README, "Performance (latest figures)"), in one run on one database (the README's run command:
 * embedded PostgreSQL with fsync, synchronous commit and full-page writes on):
 * <ol>
 *   <li>the exchange through its REST API (HTTP, bearer token, JSON) on one hot lot at 8, 64 and 256 concurrent bidders,
 *       and across 600 lots at 256 bidders: accepted durable bids per second and bid-to-acknowledgement latency;</li>
 *   <li>the exchange through the hall's WebSocket ({@link SocketLoad}: one socket per bidder, opened with its token,
 *       receiving the hall's pushes too) on one hot lot at 8, 64 and 256 bidders;</li>
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
@org.junit.jupiter.api.Tag("perf")
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
            return String.format("%-34s %8d %10d %10d %10.0f %12.0f %9.1f %9.1f %9.1f", name, bidders, bids, accepted, bids / seconds,
                    acceptedPerSecond(),
                    pct(l, 50) / 1000.0, pct(l, 99) / 1000.0, l.length == 0 ? 0 : l[l.length - 1] / 1000.0);
        }
    }

    @Test
    void exchangeAgainstNaiveBaselineAndPgbench() throws Exception {
        Path home = temp.resolve("bench-home");
        try {
            run(home);
        } catch (Throwable failed) {
            // the server's log leaves with the temporary home: keep it beside the report
            Path logs = home.resolve("logs");
            if (Files.isDirectory(logs)) {
                Path kept = Files.createDirectories(Path.of("target", "auction-benchmark-logs"));
                try (var files = Files.list(logs)) {
                    for (Path f : files.toList()) {
                        Files.copy(f, kept.resolve(f.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
            throw failed;
        }
    }

    private void run(Path home) throws Exception {
        try (RunningExchange exchange = new RunningExchange(home)) {
            String jfr = System.getProperty("exchange.bench.jfr", "");
            Path recording = jfr.isBlank() ? null : Path.of(jfr).toAbsolutePath();
            String profiling = recording == null ? "" : "-XX:StartFlightRecording=filename=" + recording + ",settings=profile,dumponexit=true"
                    + " -XX:FlightRecorderOptions=stackdepth=512 ";
            exchange.start(Map.of(), "--jvm-opts", "-Xms1g -Xmx2g " + profiling + System.getProperty("exchange.bench.jvm", ""));
            String url = exchange.awaitUrl(Duration.ofMinutes(4));
            exchange.enterTestCalendars();
            String base = url.replaceAll("^(http://[^/]+).*$", "$1");
            String password = ExchangeClient.demoPassword(home);
            long template = ExchangeClient.auctionWithDemoBidders(base, password, exchange.jdbcUrl(), List.of("bidder1", "bidder2"),
                    "100000.00", "100.00", 3600, 3600, 300);
            List<String> tokens;
            List<Long> hot = new ArrayList<>();
            List<Long> many;
            try (Connection c = DriverManager.getConnection(exchange.jdbcUrl(), "postgres", "")) {
                c.setAutoCommit(true);
                List<Long> parties = BenchData.benchBidders(c, MAX_BIDDERS);
                for (int i = 0; i < 9; i++) {
                    hot.add(BenchData.sessionLots(c, template, 1, parties).get(0));
                }
                many = BenchData.sessionLots(c, template, 600, parties);
                tokens = BenchData.signIn(base, password, MAX_BIDDERS);
                BenchLoads.naiveTables(c);
            }
            List<Result> results = new ArrayList<>();
            results.add(BenchLoads.exchangeRun(base, "exchange REST, one hot lot", List.of(hot.get(0)), tokens.subList(0, 8)));
            results.add(BenchLoads.exchangeRun(base, "exchange REST, one hot lot", List.of(hot.get(1)), tokens.subList(0, 64)));
            results.add(BenchLoads.exchangeRun(base, "exchange REST, one hot lot", List.of(hot.get(2)), tokens.subList(0, 256)));
            results.add(BenchLoads.exchangeRun(base, "exchange REST, 600 lots", many, tokens.subList(0, 256)));
            results.add(SocketLoad.run(base, "exchange WebSocket, one hot lot", hot.get(6), tokens.subList(0, 8)));
            results.add(SocketLoad.run(base, "exchange WebSocket, one hot lot", hot.get(7), tokens.subList(0, 64)));
            results.add(SocketLoad.run(base, "exchange WebSocket, one hot lot", hot.get(8), tokens.subList(0, 256)));
            results.add(BenchLoads.naiveRun(exchange.jdbcUrl(), 64));
            results.add(BenchLoads.writerRun(exchange.jdbcUrl(), hot.get(4), 8));
            results.add(BenchLoads.writerRun(exchange.jdbcUrl(), hot.get(4), 64));
            results.add(BenchLoads.writerRun(exchange.jdbcUrl(), hot.get(4), 256));
            String ceiling = BenchLoads.httpCeiling(base, 64);
            String pgbench = BenchLoads.pgbench(exchange, 64);
            String push = PushProbe.pushLatency(base, hot.get(3), tokens.subList(0, 2));
            String twoServers = TwoServers.run(exchange.jdbcUrl(), hot.get(5), 16);

            StringBuilder out = new StringBuilder("\n[bench] auction benchmark, " + SECONDS + " s per step, "
                    + Runtime.getRuntime().availableProcessors() + " cores, fsync/synchronous_commit on\n");
            out.append(String.format("[bench] %-34s %8s %10s %10s %10s %12s %9s %9s %9s%n", "run", "bidders", "bids", "accepted",
                    "bids/s", "accepted/s", "p50 ms", "p99 ms", "max ms"));
            for (Result r : results) {
                out.append("[bench] ").append(r.line()).append('\n');
            }
            out.append("[bench] ").append(pgbench).append('\n');
            out.append("[bench] ").append(ceiling).append('\n');
            out.append("[bench] ").append(push).append('\n');
            out.append("[bench] ").append(twoServers).append('\n');
            Result at64 = results.get(1);
            Result socket64 = results.get(5);
            Result naive = results.get(7);
            Result writer64 = results.get(9);
            out.append(String.format("[bench] accepted/s at 64 bidders: exchange REST / naive %.1fx; exchange WebSocket / naive %.1fx;"
                            + " bid writer (no HTTP) / naive %.1fx%n", at64.acceptedPerSecond() / naive.acceptedPerSecond(),
                    socket64.acceptedPerSecond() / naive.acceptedPerSecond(), writer64.acceptedPerSecond() / naive.acceptedPerSecond()));
            double staticPerSecond = Double.parseDouble(ceiling.replaceAll("^.*: ([\\d.]+) requests/s$", "$1"));
            out.append(String.format("[bench] bids/s at 64 bidders against the static-file ceiling: REST %.0f %%, WebSocket %.0f %%%n",
                    100 * at64.bids() / at64.seconds() / staticPerSecond, 100 * socket64.bids() / socket64.seconds() / staticPerSecond));
            System.out.println(out);
            Files.writeString(Path.of("target", "auction-benchmark.txt"), out.toString());

            try (Connection c = DriverManager.getConnection(exchange.jdbcUrl(), "postgres", ""); Statement s = c.createStatement()) {
                for (int i = 0; i < 7; i++) {
                    Result r = results.get(i);
                    String lots = i < 3 ? hot.get(i).toString() : i == 3 ? many.stream().map(String::valueOf).collect(Collectors.joining(","))
                            : hot.get(i + 2).toString();
                    try (ResultSet rs = s.executeQuery("select count(*) from bid_log where result = 'ACCEPTED' and lot_id in (" + lots + ")")) {
                        rs.next();
                        assertThat(rs.getLong(1)).as(r.name() + " " + r.bidders() + ": acknowledged acceptances stored").isEqualTo(r.accepted() + r.warmUpAccepted());
                    }
                }
            }
            assertThat(writer64.acceptedPerSecond()).as("the lot writer beats the naive baseline on the same database")
                    .isGreaterThan(2 * naive.acceptedPerSecond());
            exchange.stop();
            if (recording != null) {
                // the recording is written when the server exits
                String profile = "[bench] " + BidProfile.of(recording) + "\n";
                System.out.println(profile);
                Files.writeString(Path.of("target", "auction-benchmark.txt"), profile, java.nio.file.StandardOpenOption.APPEND);
            }
        }
    }

    static long pct(long[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }
}
