package cn.exchange.launcher;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The perf command's one report: when its benchmarks have run (the failsafe JVM's launcher session closes, and only
 * with {@code -Dexchange.perf=true}, which the perf profile sets), their figures of this one run — the bid path against
 * its baselines ({@code AuctionBenchmarkIT}: the exchange through REST, the naive row-lock-per-bid baseline, the bid
 * writer without HTTP, pgbench's bid transaction, the static-file ceiling, push to the watchers), the board
 * ({@code BoardBenchmarkIT}), the statement import ({@code StatementImportBenchmarkIT}) and the soak through the load
 * balancer ({@code ClusterIT}) — are printed as one table with the machine and the date, and written to
 * {@code target/perf-report.txt} and, a row per figure, {@code target/perf-report.csv}. A benchmark that did not run
 * (a single {@code -Dit.test=…}), or whose file an earlier run left in {@code target/}, is left out and said so.
 */
public class PerfReport implements LauncherSessionListener {

    private final Path target;
    static final String CSV_HEAD = "benchmark,run,load,bids_per_s,accepted_per_s,p50_ms,p95_ms,p99_ms,max_ms,note";

    /** An auction benchmark line: name, bidders, bids, accepted, bids/s, accepted/s, p50, p99, max. */
    static final Pattern AUCTION = Pattern.compile(
            "^\\[bench] (.+?) +(\\d+) +(\\d+) +(\\d+) +(\\d+) +(\\d+) +([\\d.]+) +([\\d.]+) +([\\d.]+)$");

    /** The perf command's: the module's {@code target}. */
    public PerfReport() {
        this(Path.of("target"));
    }

    PerfReport(Path target) {
        this.target = target;
    }

    /** When this run's launcher session opened: a result file older than that is an earlier run's, and left out. */
    private long openedAt;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        openedAt = System.currentTimeMillis();
    }
    static final Pattern BOARD = Pattern.compile("^(.+?) +n=(\\d+) +p50=(\\d+) ms +p95=(\\d+) ms +p99=(\\d+) ms +max=(\\d+) ms$");

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (!Boolean.getBoolean("exchange.perf")) {
            return;
        }
        try {
            List<String> text = new ArrayList<>();
            List<String> csv = new ArrayList<>(List.of(CSV_HEAD));
            // when the measurements were taken (the run's start), not a date any test data depends on
            text.add("[perf] one run of the perf command, started " + Instant.ofEpochMilli(openedAt).atZone(ZoneId.of("Asia/Shanghai"))
                    .format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")) + " Beijing time; " + machine());
            auction(text, csv);
            board(text, csv);
            lines(text, csv, "statement import", target.resolve("statement-import-benchmark.txt"));
            lines(text, csv, "soak", target.resolve("soak").resolve("summary.txt"));
            Files.write(target.resolve("perf-report.txt"), text);
            Files.write(target.resolve("perf-report.csv"), csv);
            System.out.println(String.join("\n", text));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the perf report", e);
        }
    }

    /** Cores, memory, OS and JDK of this machine (client, server and database run on it together). */
    static String machine() {
        long gib = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getTotalMemorySize() >> 30;
        return Runtime.getRuntime().availableProcessors() + " cores, " + gib + " GiB, " + System.getProperty("os.name") + " "
                + System.getProperty("os.version") + ", Java " + System.getProperty("java.version")
                + "; load generator, servers and PostgreSQL on the same machine";
    }

    void auction(List<String> text, List<String> csv) throws IOException {
        Path f = target.resolve("auction-benchmark.txt");
        if (!fresh(f)) {
            text.add("[perf] bid path: not run");
            return;
        }
        text.add(String.format("[perf] %-44s %8s %8s %10s %8s %8s %8s", "bid path (AuctionBenchmarkIT)", "bidders", "bids/s",
                "accepted/s", "p50 ms", "p99 ms", "max ms"));
        for (String l : Files.readAllLines(f)) {
            Matcher m = AUCTION.matcher(l);
            if (m.matches()) {
                text.add(String.format("[perf] %-44s %8s %8s %10s %8s %8s %8s", m.group(1).strip(), m.group(2), m.group(5),
                        m.group(6), m.group(7), m.group(8), m.group(9)));
                csv.add(String.join(",", "bid path", quote(m.group(1).strip()), m.group(2) + " bidders", m.group(5), m.group(6),
                        m.group(7), "", m.group(8), m.group(9), ""));
            } else if (l.startsWith("[bench] ") && !l.startsWith("[bench] run ") && !l.contains("auction benchmark,")) {
                String note = l.substring("[bench] ".length()).strip();
                text.add("[perf]   " + note);
                csv.add(String.join(",", "bid path", "", "", "", "", "", "", "", "", quote(note)));
            }
        }
    }

    void board(List<String> text, List<String> csv) throws IOException {
        Path f = target.resolve("board-benchmark.txt");
        if (!fresh(f)) {
            text.add("[perf] board: not run");
            return;
        }
        text.add(String.format("[perf] %-44s %8s %8s %8s %8s %8s", "board, 20,000 listings (BoardBenchmarkIT)", "requests", "p50 ms",
                "p95 ms", "p99 ms", "max ms"));
        for (String l : Files.readAllLines(f)) {
            Matcher m = BOARD.matcher(l.strip());
            if (m.matches()) {
                text.add(String.format("[perf] %-44s %8s %8s %8s %8s %8s", m.group(1), m.group(2), m.group(3), m.group(4), m.group(5),
                        m.group(6)));
                csv.add(String.join(",", "board", quote(m.group(1)), m.group(2) + " requests", "", "", m.group(3), m.group(4), m.group(5),
                        m.group(6), ""));
            }
        }
    }

    /** A benchmark whose figures are sentences: each line as it was printed. */
    void lines(List<String> text, List<String> csv, String benchmark, Path f) throws IOException {
        if (!fresh(f)) {
            text.add("[perf] " + benchmark + ": not run");
            return;
        }
        text.add("[perf] " + benchmark);
        for (String l : Files.readAllLines(f)) {
            if (!l.isBlank()) {
                text.add("[perf]   " + l.strip());
                csv.add(String.join(",", benchmark, "", "", "", "", "", "", "", "", quote(l.strip())));
            }
        }
    }

    /** Written by this run (not left in target/ by an earlier one). */
    boolean fresh(Path f) throws IOException {
        return Files.exists(f) && Files.getLastModifiedTime(f).toMillis() >= openedAt;
    }

    static String quote(String s) {
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }
}
