package cn.exchange.launcher;

import cn.exchange.testkit.ApiClient.Answer;
import jakarta.json.JsonObject;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A bank statement import killed half-way, then run again: every credit counted exactly once
 * (README, "Reliability and security: faults, hostile input, load"). The settlement clerk uploads a statement of
 * {@value #LINES} credits; while the server is inside the import's transaction it is killed with SIGKILL; the launcher
 * starts a new one; the clerk uploads the same file again, and once more. Afterwards each of the file's credits is
 * recorded exactly once, their sum is on the bank account of the ledger, and the ledger balances.
 */
final class StatementImportCrash {

    static final int LINES = 6_000;

    /** Accounts whose balance in ledger_balance (kept by the database, V25) is not the sum of their lines. */
    static final String BALANCE_DRIFT = "select count(*) from (select account, sum(amount) as s from ledger_line group by account) l"
            + " full join ledger_balance b using (account) where coalesce(l.s, 0) <> coalesce(b.balance, 0)";

    private StatementImportCrash() {
    }

    static void run(RunningExchange exchange, String base, String password) throws Exception {
        String tag = "KILL" + Long.toString(System.currentTimeMillis(), 36).toUpperCase();
        ExchangeClient clerk = ExchangeClient.signIn(base, "settlement", password);
        // five minutes ago by the exchange's clock, as the bank writes it
        String at = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
                .format(clerk.serverNow().minusMinutes(5).atZoneSameInstant(java.time.ZoneId.of("Asia/Shanghai")));
        String file = statement(tag, at);
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < LINES; i++) {
            total = total.add(amount(i));
        }
        String token = clerk.token();
        long insertedBefore = inserted(exchange);

        CompletableFuture<HttpResponse<String>> upload = upload(base, token, file);
        long started = System.currentTimeMillis();
        // kill as soon as the import has written credits: it writes them in batches of 500 within its one transaction, and
        // the whole file takes a few seconds
        long until = started + 120_000;
        while (!importWriting(exchange)) {
            assertThat(System.currentTimeMillis()).as("the import's transaction was seen").isLessThan(until);
            assertThat(upload).as("the import is still running when the server is killed").isNotDone();
            Thread.sleep(10);
        }
        assertThat(upload).as("the import is still running when the server is killed").isNotDone();
        long pid = Long.parseLong(Files.readString(exchange.home.resolve("run").resolve("instance-1.pid")).trim());
        ProcessHandle server = ProcessHandle.of(pid).orElseThrow();
        server.destroyForcibly();
        server.onExit().get();
        long killedAfter = System.currentTimeMillis() - started;
        try {
            upload.get();
            throw new AssertionError("the killed import answered");
        } catch (java.util.concurrent.ExecutionException e) {
            assertThat(e.getCause()).isInstanceOf(IOException.class);
        }
        long afterKill = count(exchange, "select count(*) from bank_credit where bank_transaction_id like '" + tag + "-%'");
        // PostgreSQL counts the rows the killed transaction had inserted (and rolled back) once its session ends
        long writtenAndRolledBack = 0;
        for (int i = 0; i < 40 && writtenAndRolledBack == 0; i++) {
            Thread.sleep(250);
            writtenAndRolledBack = inserted(exchange) - insertedBefore;
        }
        System.out.printf("[statement-crash] import of %d credits killed with SIGKILL %d ms after it started, having written %d of them;"
                + " credits recorded after the kill: %d%n", LINES, killedAfter, writtenAndRolledBack, afterKill);
        assertThat(writtenAndRolledBack).as("killed half-way").isBetween(1L, LINES - 1L);
        assertThat(afterKill).as("the import is one transaction: all or nothing").isZero();

        awaitReady(base);
        ExchangeClient again = ExchangeClient.signIn(base, "settlement", password);
        long t0 = System.currentTimeMillis();
        JsonObject first = uploadUntilAnswered(base, again.token(), file);
        long importMs = System.currentTimeMillis() - t0;
        JsonObject second = uploadUntilAnswered(base, again.token(), file);
        long recorded = count(exchange, "select count(*) from bank_credit where bank_transaction_id like '" + tag + "-%'");
        BigDecimal sum = decimal(exchange, "select coalesce(sum(amount), 0) from bank_credit where bank_transaction_id like '" + tag + "-%'");
        BigDecimal ledger = decimal(exchange, "select coalesce(sum(l.amount), 0) from ledger_line l");
        System.out.printf("[statement-crash] re-run: %d recorded in %d ms; once more: %d recorded, %d already imported; credits stored %d,"
                        + " sum %s (file %s); ledger total %s%n", first.getInt("recorded"), importMs, second.getInt("recorded"),
                second.getInt("alreadyImported"), recorded, sum.toPlainString(), total.toPlainString(), ledger.toPlainString());
        assertThat(first.getInt("recorded")).isEqualTo(LINES);
        assertThat(second.getInt("recorded")).isZero();
        assertThat(second.getInt("alreadyImported")).isEqualTo(LINES);
        assertThat(recorded).isEqualTo(LINES);
        assertThat(sum).isEqualByComparingTo(total);
        assertThat(ledger).as("the ledger balances").isEqualByComparingTo("0");
        assertThat(count(exchange, BALANCE_DRIFT)).as("accounts whose kept balance differs from the sum of their lines").isZero();
    }

    /** A statement of {@value #LINES} credits from 37 payers, none naming an application (they wait for the clerk). */
    static String statement(String tag, String at) {
        StringBuilder csv = new StringBuilder("银行流水号,入账时间,金额,付款人名称,付款人账号,附言\n");
        for (int i = 0; i < LINES; i++) {
            csv.append(tag).append('-').append(i).append(',').append(at).append(',').append(amount(i).toPlainString())
                    .append(",测试付款单位").append(i % 37).append(",6222020000").append(1000 + i % 500).append(",来款 ").append(i).append('\n');
        }
        return csv.toString();
    }

    private static BigDecimal amount(int i) {
        return new BigDecimal(100 + i % 900).add(new BigDecimal(i % 100).movePointLeft(2));
    }

    /** The clerk's upload of a statement file, as the deposits page sends it. */
    static CompletableFuture<HttpResponse<String>> upload(String base, String token, String file) {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().sendAsync(HttpRequest.newBuilder(
                        URI.create(base + "/api/qualification/statements")).timeout(Duration.ofMinutes(5))
                .header("Authorization", "Bearer " + token).header("Content-Type", "text/csv; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(file)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** As the clerk would: a "try again" (503) is tried again, a few times. */
    private static JsonObject uploadUntilAnswered(String base, String token, String file) throws Exception {
        HttpResponse<String> r = upload(base, token, file).get();
        for (int attempt = 1; r.statusCode() == 503 && attempt < 5; attempt++) {
            System.out.println("[statement-crash] 503 on the upload, trying again: " + r.body().substring(0, Math.min(120, r.body().length())));
            Thread.sleep(3000);
            r = upload(base, token, file).get();
        }
        return answer(r);
    }

    private static JsonObject answer(HttpResponse<String> r) {
        assertThat(r.statusCode()).as(r.body().length() > 500 ? r.body().substring(0, 500) : r.body()).isEqualTo(200);
        return new Answer(r.statusCode(), r.body(), r.headers()).json();
    }

    /**
     * Whether the import's transaction has written its first batch of credits: the backend holding bank_credit's write
     * lock also holds ledger_posting's, which it takes only after the batch's inserts have answered. (bank_credit's lock
     * alone is not enough: the driver takes it when it prepares the insert, before it sends the rows; a kill in between
     * leaves nothing written.)
     */
    private static boolean importWriting(RunningExchange exchange) throws Exception {
        return count(exchange, "select count(*) from pg_locks a join pg_class ca on ca.oid = a.relation"
                + " join pg_locks b on b.pid = a.pid join pg_class cb on cb.oid = b.relation"
                + " where ca.relname = 'bank_credit' and a.mode = 'RowExclusiveLock'"
                + " and cb.relname = 'ledger_posting' and b.mode = 'RowExclusiveLock'") > 0;
    }

    /** Rows ever inserted into bank_credit, committed or rolled back (PostgreSQL's statistics). */
    private static long inserted(RunningExchange exchange) throws Exception {
        return count(exchange, "select n_tup_ins from pg_stat_user_tables where relname = 'bank_credit'");
    }

    private static void awaitReady(String base) throws InterruptedException {
        long until = System.currentTimeMillis() + 180_000;
        while (System.currentTimeMillis() < until) {
            try {
                if (HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/api/system/info")).build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the server did not come back");
    }

    static long count(RunningExchange exchange, String sql) throws Exception {
        return decimal(exchange, sql).longValueExact();
    }

    private static BigDecimal decimal(RunningExchange exchange, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(exchange.jdbcUrl(), "postgres", ""); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getBigDecimal(1);
        }
    }
}
