package cn.exchange.launcher;

import cn.exchange.testkit.ApiClient.Answer;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

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
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cluster's guarantees (README, "Several servers: the local cluster and how to run it for real") on the
 * two-instance topology as the README starts it ({@code config/cluster/run-cluster.sh}: two Payara Micro instances
 * forming one data grid over one PostgreSQL, HAProxy in front), in order:
 * <ol>
 *   <li>bids placed through instance A reach a watcher connected to instance B (the hall's push crosses servers through
 *       the data grid), and the session's close — which both instances' sweepers watch — is recorded once: one result
 *       notice, one audited close, one deal;</li>
 *   <li>mail written through both instances goes once: both instances' outbox workers run, each mail is sent by one
 *       (issue 23);</li>
 *   <li>a calendar year entered through instance A is used by instance B for its next deadline, without a restart;</li>
 *   <li>the sustained load through the load balancer ({@link SoakRun}; only in the perf command, tag {@code perf}: a
 *       short profile by default, the README's 30 minutes with {@code -Dexchange.soak.minutes=30 …});</li>
 *   <li>kill -9 of instance A during a limited period while two bidders keep bidding through the load balancer: no
 *       acknowledged bid is lost, and instance B alone closes the lot at the right time with the right winner;</li>
 *   <li>TLS ends at HAProxy: plain HTTP is redirected to HTTPS, HSTS is sent, and a browser signing in through
 *       it gets only Secure cookies ({@link TlsAtTheBalancer}).</li>
 * </ol>
 * Every request through the load balancer goes over HTTPS, trusting the certificate run-cluster.sh generated.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    static Path home;
    static Process cluster;
    static Path output;
    static int port;
    static int tlsPort;
    static int pgPort;
    static String password;
    static com.icegreen.greenmail.util.GreenMail smtp;

    static String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + pgPort + "/exchange";
    }

    @BeforeAll
    static void startTheDocumentedTopology() throws Exception {
        home = Files.createTempDirectory("exchange-cluster");
        output = home.resolveSibling(home.getFileName() + "-cluster.out");
        port = RunningExchange.freePort();
        tlsPort = RunningExchange.freePort();
        pgPort = RunningExchange.freePort();
        ProcessBuilder pb = new ProcessBuilder("bash", Path.of("..", "config", "cluster", "run-cluster.sh").toString(), "--pg-port",
                Integer.toString(pgPort), "--no-restart", "--jvm-opts", RunningExchange.jvmOpts("-Xms256m -Xmx768m"))
                .redirectErrorStream(true).redirectOutput(output.toFile());
        pb.environment().keySet().removeIf(k -> k.startsWith("EXCHANGE_"));
        pb.environment().put("PORT", Integer.toString(port));
        pb.environment().put("TLS_PORT", Integer.toString(tlsPort));
        pb.environment().put("EXCHANGE_HOME", home.toString());
        smtp = new com.icegreen.greenmail.util.GreenMail(new com.icegreen.greenmail.util.ServerSetup(RunningExchange.freePort(0),
                "127.0.0.1", com.icegreen.greenmail.util.ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        pb.environment().put("EXCHANGE_MAIL_HOST", "127.0.0.1");
        pb.environment().put("EXCHANGE_MAIL_PORT", Integer.toString(smtp.getSmtp().getPort()));
        pb.environment().put("EXCHANGE_MAIL_TLS", "none");
        pb.environment().put("EXCHANGE_MAIL_FROM", "noreply@cluster.test");
        cluster = pb.start();
        long until = System.currentTimeMillis() + 300_000;
        while (!Files.readString(output).contains("cluster is running behind HAProxy")) {
            if (!cluster.isAlive() || System.currentTimeMillis() > until) {
                throw new AssertionError("run-cluster.sh did not start the cluster:\n" + Files.readString(output));
            }
            Thread.sleep(1000);
        }
        javax.net.ssl.SSLContext.setDefault(TlsAtTheBalancer.trusting(home.resolve("tls").resolve("localhost.crt")));
        password = ExchangeClient.demoPassword(home);
        ExchangeClient.enterTestCalendars(balancer(), home);
    }

    @AfterAll
    static void stopIt() throws Exception {
        if (cluster != null) {
            cluster.destroy();   // Ctrl-C: HAProxy, the instances and the database stop
            if (!cluster.waitFor(120, TimeUnit.SECONDS)) {
                cluster.destroyForcibly();
            }
        }
        if (smtp != null) {
            smtp.stop();
        }
    }

    /**
     * The electronic seal (README "Electronic seal"): both instances, started together on one fresh database with no
     * keystore configured, log the same seal — the generated key in the database that the first insert made — and the
     * copy in the data directory opens with the password beside it and holds that same certificate.
     */
    @Test
    @Order(0)
    void bothInstancesSealWithTheSameGeneratedKey() throws Exception {
        java.util.regex.Pattern logged = java.util.regex.Pattern.compile("Electronic seal \\(电子签章\\): (.+?), SHA-256 fingerprint ([0-9A-F:]{95})");
        List<String> fingerprints = new ArrayList<>();
        for (int n = 1; n <= 2; n++) {
            java.util.regex.Matcher m = logged.matcher(Files.readString(home.resolve("logs").resolve("instance-" + n + ".log")));
            assertThat(m.find()).as("instance %d logs its seal", n).isTrue();
            assertThat(m.group(1)).contains("CN=东湖产权交易所电子签章");
            fingerprints.add(m.group(2));
        }
        assertThat(fingerprints.get(1)).as("one key for the cluster").isEqualTo(fingerprints.get(0));
        java.security.KeyStore ks = java.security.KeyStore.getInstance("PKCS12");
        char[] pw = Files.readString(home.resolve("seal").resolve("exchange-seal.password")).trim().toCharArray();
        try (var in = Files.newInputStream(home.resolve("seal").resolve("exchange-seal.p12"))) {
            ks.load(in, pw);
        }
        byte[] cert = ks.getCertificate("exchange-seal").getEncoded();
        assertThat(java.util.HexFormat.ofDelimiter(":").withUpperCase()
                .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(cert))).isEqualTo(fingerprints.get(0));
        assertThat(count("select count(*) from exchange_seal")).isEqualTo(1);
    }

    @Test
    @Order(1)
    void aBidThroughOneInstanceIsPushedToAWatcherOnTheOtherAndTheCloseRunsOnce() throws Exception {
        {
            String a = "http://localhost:" + (port + 1);
            String b = "http://localhost:" + (port + 2);
            long lot = ExchangeClient.auctionWithDemoBidders(a, password, jdbcUrl(), List.of("bidder1", "bidder2"),
                    "100000.00", "1000.00", 3, 8, 5);
            Map<Long, Long> receivedAt = new ConcurrentHashMap<>();
            WebSocket watcher = HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(
                    URI.create(b.replace("http://", "ws://") + "/ws/auctions/" + lot), new WebSocket.Listener() {
                        final StringBuilder buf = new StringBuilder();

                        @Override
                        public CompletionStage<?> onText(WebSocket w, CharSequence data, boolean last) {
                            buf.append(data);
                            if (last) {
                                String m = buf.toString();
                                buf.setLength(0);
                                int at = m.indexOf("\"lastSeq\":");
                                if (m.startsWith("{\"type\":\"state\"") && at > 0) {
                                    receivedAt.putIfAbsent(Long.parseLong(m.substring(at + 10).split("[,}]")[0]), System.currentTimeMillis());
                                }
                            }
                            w.request(1);
                            return null;
                        }
                    }).get(30, TimeUnit.SECONDS);
            List<ExchangeClient> bidders = List.of(ExchangeClient.signIn(a, "bidder1", password), ExchangeClient.signIn(a, "bidder2", password));
            awaitPhase(a, lot, "FREE");
            List<Long> latencies = new ArrayList<>();
            for (int k = 0; k < 6; k++) {
                long sent = System.currentTimeMillis();
                Answer r = bidders.get(k % 2).post("/api/auctions/" + lot + "/bids",
                        "{\"amount\":" + (100000 + 1000 * k) + ".00,\"requestId\":\"cluster-" + k + "\"}");
                assertThat(r.body()).as(r.toString()).contains("\"accepted\":true");
                long seq = r.json().getJsonNumber("seq").longValue();
                long until = System.currentTimeMillis() + 5000;
                while (!receivedAt.containsKey(seq) && System.currentTimeMillis() < until) {
                    Thread.sleep(5);
                }
                assertThat(receivedAt).as("bid " + seq + " placed through A reached the watcher on B").containsKey(seq);
                latencies.add(receivedAt.get(seq) - sent);
                Thread.sleep(300);
            }
            watcher.sendClose(WebSocket.NORMAL_CLOSURE, "done");
            // each arrived (within the 5 s waited above); how fast is the perf command's business, not this gate's
            System.out.println("[cluster] bid through A → watcher on B, ms: " + latencies);

            // both instances sweep; the close, its notice and the deal happen once
            awaitPhase(a, lot, "CLOSED");
            long until = System.currentTimeMillis() + 30_000;
            long deals = 0;
            while (deals == 0 && System.currentTimeMillis() < until) {
                deals = count("select count(*) from deal where lot_id = " + lot);
                Thread.sleep(500);
            }
            Thread.sleep(3000); // a second sweep on either instance would have written by now
            assertThat(count("select count(*) from audit_record where object_type = 'Lot' and object_id = '" + lot
                    + "' and action = 'auction.closed'")).isEqualTo(1);
            assertThat(count("select count(*) from notice where lot_id = " + lot + " and kind = 'AUCTION_RESULT'")).isEqualTo(1);
            assertThat(count("select count(*) from deal where lot_id = " + lot)).isEqualTo(1);
            assertThat(count("select count(*) from notice where lot_id = " + lot + " and kind = 'DEAL_RESULT'")).isEqualTo(1);
            System.out.println("[cluster] one close recorded, one result notice, one deal");
        }
    }

    /**
     * Issue 23: mail is sent once with two servers. Reset links are asked through instance A and instance B in turn;
     * both instances' outbox workers run every five seconds and take rows with {@code SKIP LOCKED}; each address
     * receives exactly one mail, and every row is marked sent once.
     */
    @Test
    @Order(2)
    void mailWrittenThroughBothInstancesIsSentOnce() throws Exception {
        String a = "http://localhost:" + (port + 1);
        String b = "http://localhost:" + (port + 2);
        ExchangeClient admin = ExchangeClient.signIn(a, "admin", ExchangeClient.secret(home, "admin.password"));
        String tag = Long.toString(System.currentTimeMillis(), 36);
        List<String> addresses = OutboxCrash.askResetLinks(admin, List.of(a, b), tag, "cluster.test");
        String mine = "address like 'mail" + tag + "%@cluster.test'";
        cn.exchange.testkit.Poll.until(Duration.ofSeconds(60), "the outbox sent",
                () -> count("select count(*) from outbox where " + mine + " and status <> 'SENT'") == 0);
        Map<String, Integer> received = OutboxCrash.received(smtp, addresses);
        System.out.printf("[cluster] %d reset mails asked through A and B in turn; received per address: %s%n", addresses.size(),
                received.values());
        for (String address : addresses) {
            assertThat(received.get(address)).as("mails to %s", address).isEqualTo(1);
        }
        assertThat(count("select count(*) from outbox where " + mine + " and attempts = 1")).as("each row taken once")
                .isEqualTo(addresses.size());
    }

    /**
     * Rule 1, the calendar as data: a year entered through instance A is used by instance B for its next deadline, with
     * no restart (each instance re-reads the calendar when the newest version changed). The year is one nobody entered:
     * two years after the exchange's current year (the test calendars cover the current year and its neighbours).
     */
    @Test
    @Order(3)
    void aYearEnteredThroughOneInstanceIsUsedByTheOtherForItsNextDeadline() throws Exception {
        String a = "http://localhost:" + (port + 1);
        String b = "http://localhost:" + (port + 2);
        ExchangeClient adminOnA = ExchangeClient.signIn(a, "admin", ExchangeClient.secret(home, "admin.password"));
        ExchangeClient onB = new ExchangeClient(b, null);
        int year = adminOnA.serverNow().getYear() + 2;
        assertThat(onB.get("/api/calendar/years/" + year).status()).isEqualTo(404);
        String deadline = "/api/calendar/announcement-end?workingDays=20&publishAt=" + year + "-03-01T10:00";
        Answer before = onB.get(deadline);
        assertThat(before.status()).as(before.body()).isEqualTo(400);
        assertThat(before.json().getString("code")).isEqualTo("calendar.yearNotEntered");
        Answer entered = adminOnA.post("/api/calendar/years/" + year,
                cn.exchange.core.calendar.Calendars.json(cn.exchange.core.calendar.Calendars.synthetic(year), null));
        assertThat(entered.status()).as(entered.body()).isEqualTo(201);
        Answer after = onB.get(deadline);
        assertThat(after.status()).as(after.body()).isEqualTo(200);
        var cal = cn.exchange.core.calendar.WorkingDayCalendar.of(List.of(cn.exchange.core.calendar.Calendars.synthetic(year)));
        var s = cn.exchange.core.listing.ListingSettings.DEFAULTS;
        java.time.OffsetDateTime at = java.time.OffsetDateTime.parse(year + "-03-01T10:00+08:00");
        assertThat(java.time.OffsetDateTime.parse(after.json().getString("endsAt")).toInstant()).isEqualTo(
                cn.exchange.core.listing.DisclosureRules.endsAt(cn.exchange.core.listing.DisclosureRules.firstDay(at, cal, s), 20, cal, s)
                        .toInstant());
        System.out.println("[cluster] " + year + " entered through A; B counts 20 WD from " + at + " to " + after.json().getString("endsAt"));
    }

    /** The soak belongs to the perf command (it measures), not to the test command's gate. */
    @Test
    @Order(5)
    @org.junit.jupiter.api.Tag("perf")
    void sustainedLoadThroughTheLoadBalancer() throws Exception {
        String lb = balancer();
        long template = ExchangeClient.auctionWithDemoBidders(lb, password, jdbcUrl(), List.of("bidder1", "bidder2"),
                "100000.00", "1000.00", 3600, 60, 10);
        List<Long> pids = new ArrayList<>();
        for (int n = 1; n <= 2; n++) {
            pids.add(Long.parseLong(Files.readString(home.resolve("run").resolve("instance-" + n + ".pid")).trim()));
        }
        cn.exchange.ejb.auction.SoakRun.run(lb, jdbcUrl(), password, template, pids, cn.exchange.ejb.auction.SoakRun.Profile.fromSystemProperties(),
                Path.of("target", "soak"));
    }

    @Test
    @Order(6)
    void killMinusNineOfOneInstanceDuringTheLimitedPeriodLosesNoBid() throws Exception {
        String lb = balancer();
        int limited = 20;
        long lot = ExchangeClient.auctionWithDemoBidders(lb, password, jdbcUrl(), List.of("bidder1", "bidder2"), "500000.00", "5000.00", 3, 2, limited);
        ExchangeClient watcher = new ExchangeClient(lb, null);
        CrashRecoveryIT.awaitPhase(watcher, lot, "LIMITED", java.time.Duration.ofSeconds(30));
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger sent = new AtomicInteger();
        ConcurrentLinkedQueue<JsonObject> acks = new ConcurrentLinkedQueue<>();
        Map<String, Integer> unreachable = new ConcurrentHashMap<>();
        Map<String, BigDecimal> ceilings = Map.of("bidder1", new BigDecimal("1500000.00"), "bidder2", new BigDecimal("1400000.00"));
        List<Thread> bidders = new ArrayList<>();
        for (String user : List.of("bidder1", "bidder2")) {
            ExchangeClient me = ExchangeClient.signIn(lb, user, password);
            Thread t = new Thread(() -> CrashRecoveryIT.bidUntilClosed(me, lot, user, ceilings.get(user), stop, sent, acks, unreachable), user);
            t.start();
            bidders.add(t);
        }
        CrashRecoveryIT.awaitMidBidding(watcher, lot);
        ProcessHandle a = ProcessHandle.of(Long.parseLong(Files.readString(home.resolve("run").resolve("instance-1.pid")).trim())).orElseThrow();
        ProcessHandle b = ProcessHandle.of(Long.parseLong(Files.readString(home.resolve("run").resolve("instance-2.pid")).trim())).orElseThrow();
        assertThat(a.destroyForcibly()).isTrue();   // SIGKILL
        a.onExit().get();
        System.out.println("[failover] instance A (pid " + a.pid() + ") killed with SIGKILL; bidding goes on through HAProxy");
        JsonObject closed = CrashRecoveryIT.awaitPhase(watcher, lot, "CLOSED", java.time.Duration.ofMinutes(3));
        stop.set(true);
        for (Thread t : bidders) {
            t.join(60_000);
        }
        assertThat(b.isAlive()).as("instance B survived and closed the lot").isTrue();
        assertThat(a.isAlive()).isFalse();
        CrashRecoveryIT.assertNothingLostAndClosedRight(jdbcUrl(), lot, closed, sent.get(), acks, unreachable, limited, "[failover]");
        assertThat(count("select count(*) from audit_record where object_type = 'Lot' and object_id = '" + lot
                + "' and action = 'auction.closed'")).isEqualTo(1);
    }

    @Test
    @Order(4)
    void tlsEndsAtTheBalancerWhichRedirectsPlainHttpAndTheBrowsersCookiesAreSecure() throws Exception {
        TlsAtTheBalancer.check("http://localhost:" + port, balancer(), password);
    }

    /** The load balancer's address: HTTPS, where TLS ends. */
    static String balancer() {
        return "https://localhost:" + tlsPort;
    }

    private static void awaitPhase(String base, long lot, String phase) throws Exception {
        long until = System.currentTimeMillis() + 60_000;
        String body = "";
        while (System.currentTimeMillis() < until) {
            body = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/api/auctions/" + lot)).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            if (body.contains("\"phase\":\"" + phase + "\"")) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("lot " + lot + " not " + phase + ": " + body);
    }

    private static long count(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(jdbcUrl(), "postgres", ""); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
