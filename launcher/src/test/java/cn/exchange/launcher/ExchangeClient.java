package cn.exchange.launcher;

import cn.exchange.core.calendar.Calendars;
import cn.exchange.testkit.ApiClient;
import cn.exchange.testkit.ApiClient.Answer;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The exchange's API for the tests that run the exchange as the README's command does: the test kit's
 * {@link ApiClient} over HTTP/1.1, and what these tests do through it: demo accounts, a lot put up for auction with
 * qualified demo bidders, bids. Throws {@link IOException} when the server cannot be reached, so a caller can retry
 * (the crash test does, with the same request id).
 */
public final class ExchangeClient {

    private final ApiClient api;

    public ExchangeClient(String base, String token) {
        this(new ApiClient(base, token).timeout(Duration.ofSeconds(30)));
    }

    /** Each client has a connection pool of its own, as a browser has. */
    private ExchangeClient(ApiClient api) {
        // HTTP/1.1 as a browser speaks it over plain http (no h2c upgrade, which the load balancer does not pass on)
        this.api = api.over(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build());
    }

    String token() {
        return api.token();
    }

    /** The same client as if it came through the load balancer from {@code address} (X-Forwarded-For). */
    public ExchangeClient from(String address) {
        return new ExchangeClient(api.with("X-Forwarded-For", address));
    }

    public static ExchangeClient signIn(String base, String username, String password) throws IOException, InterruptedException {
        Answer a = new ExchangeClient(base, null).post("/api/auth/token",
                "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}");
        if (a.status() != 200) {
            throw new AssertionError("cannot sign in as " + username + ": " + a);
        }
        return new ExchangeClient(base, a.json().getString("token"));
    }

    /** The exchange's current time, from {@code GET /api/system/info} (its one clock). */
    public OffsetDateTime serverNow() throws IOException, InterruptedException {
        return OffsetDateTime.parse(get("/api/system/info").json().getString("serverTime"));
    }

    /** The exchange's current time as an SQL literal, for fixtures that write rows directly. */
    String sqlNow() throws IOException, InterruptedException {
        return "timestamptz '" + serverNow() + "'";
    }

    /**
     * The years the tests need, entered as the administrator would: the year before the exchange's current year, that
     * year and the next. A year no official data covers is entered as synthetic test data ({@link Calendars#synthetic},
     * notice "测试数据（非官方）").
     */
    public static void enterTestCalendars(String base, Path home) throws Exception {
        ExchangeClient admin = signIn(base, "admin", secret(home, "admin.password"));
        int year = admin.serverNow().getYear();
        for (int y = year - 1; y <= year + 1; y++) {
            if (admin.get("/api/calendar/years/" + y).status() == 200) {
                continue;
            }
            Answer a = admin.post("/api/calendar/years/" + y, Calendars.json(Calendars.synthetic(y), null));
            if (a.status() != 201) {
                throw new AssertionError("cannot enter the test calendar of " + y + ": " + a);
            }
        }
    }

    static String secret(Path home, String key) throws IOException {
        return Files.readAllLines(home.resolve("secrets.properties")).stream().filter(l -> l.startsWith(key + "="))
                .findFirst().orElseThrow().substring(key.length() + 1);
    }

    public static String demoPassword(Path home) throws IOException {
        return secret(home, "demo.password");
    }

    public Answer get(String path) throws IOException, InterruptedException {
        return api.send("GET", path, null);
    }

    /** A POST of any content type (a bank statement as text/csv). */
    public Answer post(String path, String contentType, String body) throws IOException, InterruptedException {
        return api.send("POST", path, body, "Content-Type", contentType);
    }

    public Answer post(String path, String json) throws IOException, InterruptedException {
        return post(path, "application/json", json);
    }

    /**
     * A published lot of agency1's with the given demo bidders qualified (as the qualification path would leave it:
     * the path itself is tested in exchange-it) and its session scheduled by the operator.
     *
     * @return the lot id
     */
    public static long auctionWithDemoBidders(String base, String demoPassword, String jdbcUrl, List<String> bidders, String price,
                                       String increment, int startsIn, int free, int limited) throws Exception {
        ExchangeClient agency = signIn(base, "agency1", demoPassword);
        ExchangeClient reviewer = signIn(base, "reviewer", demoPassword);
        ExchangeClient operator = signIn(base, "operator", demoPassword);
        String lot = "{\"title\":\"崩溃恢复测试标的\",\"region\":\"北京\",\"appraiser\":\"北京某资产评估有限公司\",\"valuationBaseDate\":\""
                + agency.serverNow().toLocalDate().minusMonths(1) + "\",\"appraisedValue\":" + price + ",\"listingPrice\":" + price
                + ",\"deposit\":10000.00,\"increment\":" + increment + ",\"biddingMethod\":\"ONLINE_ASCENDING\",\"extensionAllowed\":true}";
        Answer project = agency.post("/api/projects", "{\"title\":\"竞价测试项目\",\"category\":\"ENTERPRISE_ASSET\",\"lots\":[" + lot + "]}");
        if (project.status() != 201 && project.status() != 200) {
            throw new AssertionError(project.toString());
        }
        Answer published = reviewer.post("/api/projects/" + project.json().getJsonNumber("id") + "/publish", "{}");
        long lotId = published.json().getJsonArray("lots").getJsonObject(0).getJsonNumber("id").longValue();
        List<Long> applications = new ArrayList<>();
        for (String b : bidders) {
            Answer applied = signIn(base, b, demoPassword).post("/api/qualification/lots/" + lotId + "/applications",
                    "{\"commitmentAccepted\":true,\"relatedParties\":\"\",\"priorityRight\":false}");
            if (applied.status() != 201) {
                throw new AssertionError(applied.toString());
            }
            applications.add(applied.json().getJsonNumber("id").longValue());
        }
        try (Connection c = DriverManager.getConnection(jdbcUrl, "postgres", ""); Statement s = c.createStatement()) {
            for (int i = 0; i < applications.size(); i++) {
                s.executeUpdate("update application set status = 'QUALIFIED', bidder_code = '" + (3001 + i * 7) + "', deposit_paid_at = "
                        + agency.sqlNow() + ", opinion = 'QUALIFIED', opinion_at = " + agency.sqlNow() + " where id = " + applications.get(i));
            }
            s.executeUpdate("update lot set status = 'AUCTION_SCHEDULED', qualification_path = 'COMPETITIVE',"
                    + " ends_at = " + agency.sqlNow() + " - interval '1 day' where id = " + lotId);
        }
        Answer scheduled = operator.post("/api/qualification/lots/" + lotId + "/schedule", "{\"startsAt\":\""
                + operator.serverNow().plusSeconds(startsIn) + "\",\"freeSeconds\":" + free
                + ",\"limitedSeconds\":" + limited + "}");
        if (scheduled.status() != 200) {
            throw new AssertionError(scheduled.toString());
        }
        return lotId;
    }
}
