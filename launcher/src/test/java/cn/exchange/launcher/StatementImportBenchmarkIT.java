package cn.exchange.launcher;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bank-statement import (README, "Performance (latest figures)": 6,000 lines took 25–40 s in one transaction while
 * the clerk waited; the target is ≤ 5 s). Runs the exchange as the README's run command does (durable PostgreSQL, fsync
 * on), then the settlement clerk uploads a statement of {@value StatementImportCrash#LINES} credits three times with
 * fresh transaction ids, each followed by the same file again (every line already imported). Prints the times and
 * writes them to {@code target/statement-import-benchmark.txt}; asserts only what was recorded, never a time.
 */
@Tag("perf")
class StatementImportBenchmarkIT {

    @TempDir
    Path temp;

    @Test
    void aStatementOfSixThousandLinesIsImportedInSeconds() throws Exception {
        Path home = temp.resolve("home");
        try (RunningExchange exchange = new RunningExchange(home)) {
            exchange.start(Map.of());
            String url = exchange.awaitUrl(Duration.ofMinutes(4));
            String base = url.replaceAll("/+$", "").replaceAll("^(http://[^/]+).*$", "$1");
            ExchangeClient clerk = ExchangeClient.signIn(base, "settlement", ExchangeClient.demoPassword(home));
            String at = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
                    .format(clerk.serverNow().minusMinutes(5).atZoneSameInstant(ZoneId.of("Asia/Shanghai")));
            List<String> lines = new ArrayList<>();
            for (int run = 1; run <= 3; run++) {
                String file = StatementImportCrash.statement("BENCH" + run + Long.toString(System.nanoTime(), 36).toUpperCase(), at);
                long t0 = System.nanoTime();
                JsonObject first = answer(StatementImportCrash.upload(base, clerk.token(), file).get());
                long importMs = (System.nanoTime() - t0) / 1_000_000;
                long t1 = System.nanoTime();
                JsonObject again = answer(StatementImportCrash.upload(base, clerk.token(), file).get());
                long againMs = (System.nanoTime() - t1) / 1_000_000;
                assertThat(first.getInt("recorded")).isEqualTo(StatementImportCrash.LINES);
                assertThat(again.getInt("alreadyImported")).isEqualTo(StatementImportCrash.LINES);
                lines.add(String.format("statement import, %d lines, run %d: %,d ms; the same file again (all already imported): %,d ms",
                        StatementImportCrash.LINES, run, importMs, againMs));
            }
            assertThat(StatementImportCrash.count(exchange, StatementImportCrash.BALANCE_DRIFT)).isZero();
            String machine = Runtime.getRuntime().availableProcessors() + " cores, " + System.getProperty("os.name") + ", Java "
                    + System.getProperty("java.version");
            System.out.println("Statement import benchmark (" + machine + "):");
            lines.forEach(System.out::println);
            Files.write(Path.of("target", "statement-import-benchmark.txt"), lines);
        }
    }

    private static JsonObject answer(HttpResponse<String> r) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return Json.createReader(new StringReader(r.body())).readObject();
    }
}
