package cn.exchange.launcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The perf command's one report: this run's figures in one table and one CSV; an earlier run's file is left out. */
class PerfReportTest {

    @TempDir
    Path target;

    @Test
    void thisRunsFiguresBecomeOneTableAndOneCsvAndAnEarlierRunsFileIsLeftOut() throws Exception {
        PerfReport report = new PerfReport(target);
        Files.writeString(target.resolve("board-benchmark.txt"), "old\n");
        Files.setLastModifiedTime(target.resolve("board-benchmark.txt"), FileTime.fromMillis(System.currentTimeMillis() - 3_600_000));
        report.launcherSessionOpened(null);
        Files.writeString(target.resolve("auction-benchmark.txt"), String.join("\n",
                "",
                "[bench] auction benchmark, 20 s per step, 2 cores, fsync/synchronous_commit on",
                "[bench] run                                 bidders       bids   accepted     bids/s   accepted/s    p50 ms    p99 ms    max ms",
                String.format("[bench] %-34s %8d %10d %10d %10.0f %12.0f %9.1f %9.1f %9.1f", "exchange REST, one hot lot", 64, 29740, 11700,
                        1487.0, 585.0, 38.5, 140.0, 201.3),
                String.format("[bench] %-34s %8d %10d %10d %10.0f %12.0f %9.1f %9.1f %9.1f", "exchange REST, 600 lots", 256, 21300, 20600,
                        1065.0, 1030.0, 187.0, 746.0, 900.1),
                "[bench] HTTP alone: 64 clients fetching a static file: 4414 requests/s", ""));
        Files.createDirectories(target.resolve("soak"));
        Files.write(target.resolve("soak").resolve("summary.txt"), List.of("600 lots, 1000 bidders: 0 errors"));
        System.setProperty("exchange.perf", "true");
        try {
            report.launcherSessionClosed(null);
        } finally {
            System.clearProperty("exchange.perf");
        }
        List<String> text = Files.readAllLines(target.resolve("perf-report.txt"));
        assertThat(text.get(0)).startsWith("[perf] one run of the perf command, started ").contains("cores").contains("Java");
        assertThat(text).anySatisfy(l -> assertThat(l).startsWith("[perf] exchange REST, one hot lot").contains(" 64 ").contains(" 1487 ")
                .contains(" 585 ").contains("38.5").contains("140.0"));
        assertThat(text).contains("[perf]   HTTP alone: 64 clients fetching a static file: 4414 requests/s",
                "[perf] board: not run", "[perf] statement import: not run", "[perf]   600 lots, 1000 bidders: 0 errors");
        List<String> csv = Files.readAllLines(target.resolve("perf-report.csv"));
        assertThat(csv.get(0)).isEqualTo(PerfReport.CSV_HEAD);
        assertThat(csv).contains("bid path,\"exchange REST, 600 lots\",256 bidders,1065,1030,187.0,,746.0,900.1,");
    }

    @Test
    void withoutThePerfCommandNothingIsWritten() {
        PerfReport report = new PerfReport(target);
        report.launcherSessionOpened(null);
        report.launcherSessionClosed(null);
        assertThat(target.resolve("perf-report.txt")).doesNotExist();
    }
}
