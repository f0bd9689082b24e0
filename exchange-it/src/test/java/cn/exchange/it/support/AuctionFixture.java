package cn.exchange.it.support;

import jakarta.json.JsonObject;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A lot ready for its session, with {@code n} qualified bidders. The listing, the applications and the deposits (one
 * bank statement the settlement clerk imports, so that the ledger holds them) go through the API; the parts the
 * qualification tests already prove (opinions, the announcement's end, the conclusion) are set in the database, as
 * their outcome would be; the session is then scheduled through the API, as staff do.
 */
public final class AuctionFixture {

    /** A bidder with its client and its code on the lot. */
    public record Bidder(Api api, String username, String code) {
    }

    public record Session(long lotId, List<Bidder> bidders, Api operator) {
    }

    private AuctionFixture() {
    }

    /**
     * @param startsIn  seconds until the session opens (at least 2: the schedule must be in the future)
     * @param free      the free period in seconds
     * @param limited   the limited period in seconds
     */
    public static Session session(Api api, int n, String price, String increment, String reserve, int startsIn, int free, int limited)
            throws Exception {
        return session(api, n, price, increment, reserve, startsIn, free, limited, -1);
    }

    /**
     * As above; bidder number {@code priorityHolder} (0-based, -1 for none) holds a priority purchase right: the lot is
     * then an equity transfer (the only lots where the law grants the right, rule 24), the agency names that bidder's
     * company as the holder of rank 1 and the reviewer confirms it before publication, and the bidder claims the right
     * when applying.
     */
    public static Session session(Api api, int n, String price, String increment, String reserve, int startsIn, int free, int limited,
                                  int priorityHolder) throws Exception {
        Session q = qualified(api, n, price, increment, reserve, priorityHolder < 0 ? "ENTERPRISE_ASSET" : "EQUITY_TRANSFER",
                priorityHolder);
        schedule(api, q, startsIn, free, limited);
        return q;
    }

    /**
     * A Dutch lot as an agency registers it (its own start price, step, interval and floor; the listing price and the
     * valuation {@code price}), with {@code n} qualified bidders and its session opening in {@code startsIn} seconds.
     */
    public static Session dutchSession(Api api, int n, String price, String start, String step, int intervalSeconds, String floor,
                                       int startsIn) throws Exception {
        Map<String, Object> lot = lot(api, price, null, null);
        lot.put("biddingMethod", "DUTCH");
        lot.put("dutch", Map.of("startPrice", new BigDecimal(start), "step", new BigDecimal(step), "intervalSeconds", intervalSeconds,
                "floor", new BigDecimal(floor)));
        Session q = qualified(api, n, lot, "ENTERPRISE_ASSET", -1);
        schedule(api, q, startsIn, 0, 300);
        return q;
    }

    /** Staff schedule the session of a qualified lot through the API, as the qualification's conclusion would allow. */
    public static void schedule(Api api, Session q, int startsIn, int free, int limited) throws Exception {
        sql("update lot set status = 'AUCTION_SCHEDULED', qualification_path = 'COMPETITIVE', ends_at = " + ServerClock.sql(api) + " - interval '1 day'"
                + " where id = " + q.lotId());
        Map<String, Object> schedule = new LinkedHashMap<>();
        schedule.put("startsAt", ServerClock.now(api).plusSeconds(startsIn).toString());
        schedule.put("freeSeconds", free);
        schedule.put("limitedSeconds", limited);
        Api.Answer scheduled = q.operator().post("/api/qualification/lots/" + q.lotId() + "/schedule", schedule);
        assertThat(scheduled.status()).as(scheduled.toString()).isEqualTo(200);
    }

    /**
     * The operator moves a session that has not started to open in {@code startsIn} seconds — so a browser test first
     * opens its pages, however long that takes on a busy machine, and then lets the session run.
     */
    public static void reschedule(Api api, Session s, int startsIn, int free, int limited) throws Exception {
        Map<String, Object> schedule = new LinkedHashMap<>();
        schedule.put("startsAt", ServerClock.now(api).plusSeconds(startsIn).toString());
        schedule.put("freeSeconds", free);
        schedule.put("limitedSeconds", limited);
        Api.Answer scheduled = s.operator().post("/api/qualification/lots/" + s.lotId() + "/schedule", schedule);
        assertThat(scheduled.status()).as(scheduled.toString()).isEqualTo(200);
    }

    /**
     * A published lot of {@code category} with {@code n} qualified bidders whose deposits the settlement account holds;
     * what follows the qualification (a session, a negotiated transfer) is the caller's.
     */
    public static Session qualified(Api api, int n, String price, String increment, String reserve, String category,
                                    int priorityHolder) throws Exception {
        return qualified(api, n, lot(api, price, increment, reserve), category, priorityHolder);
    }

    /** A project of one lot the agency registered, not yet published. */
    public record Draft(long projectId, long lotId, String number) {

        /** The reviewer publishes it: its announcement runs and the lot is public. */
        public void publish(Api api) {
            Api.Answer a = api.as(People.token(api, People.Who.REVIEWER)).post("/api/projects/" + projectId + "/publish", "{}");
            if (a.status() != 200) {
                throw new AssertionError("cannot publish project " + projectId + ": " + a);
            }
        }
    }

    /** The agency registers a project of one ascending lot titled {@code title} (project and lot), priced {@code price}. */
    public static Draft draft(Api api, String title, String price, String increment) {
        Map<String, Object> terms = new LinkedHashMap<>(lot(api, price, increment, null));
        terms.put("title", title);
        Api.Answer a = api.as(People.token(api, People.Who.AGENCY)).post("/api/projects",
                Map.of("title", title, "category", "ENTERPRISE_ASSET", "lots", List.of(terms)));
        if (a.status() != 201) {
            throw new AssertionError("cannot register " + title + ": " + a);
        }
        var p = a.json();
        return new Draft(p.getJsonNumber("id").longValue(), p.getJsonArray("lots").getJsonObject(0).getJsonNumber("id").longValue(),
                p.getString("number"));
    }

    /** A lot's fields as the agency enters them: valuation = listing price = {@code price}, deposit 10 %, ascending. */
    public static Map<String, Object> lot(Api api, String price, String increment, String reserve) {
        long seq = System.nanoTime() % 1_000_000;
        Map<String, Object> lot = new LinkedHashMap<>();
        lot.put("title", "竞价测试标的 " + seq);
        lot.put("region", "北京");
        lot.put("appraiser", "北京某资产评估有限公司");
        lot.put("valuationBaseDate", ServerClock.today(api).minusMonths(1).toString());
        lot.put("appraisedValue", new BigDecimal(price));
        lot.put("listingPrice", new BigDecimal(price));
        lot.put("deposit", new BigDecimal(price).divide(BigDecimal.TEN).setScale(2));
        if (increment != null) {
            lot.put("increment", new BigDecimal(increment));
        }
        if (reserve != null) {
            lot.put("reservePrice", new BigDecimal(reserve));
        }
        lot.put("biddingMethod", "ONLINE_ASCENDING");
        lot.put("extensionAllowed", true);
        return lot;
    }

    /**
     * A lot titled {@code title} as the agency enters it: valued {@code appraisedValue}, listed at {@code listingPrice},
     * a deposit of 20,000.00 and increments of 1,000.00, ascending, extensions allowed.
     */
    public static Map<String, Object> lotTitled(Api api, String title, String appraisedValue, String listingPrice) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", title);
        m.put("region", "北京");
        m.put("appraiser", "北京某资产评估有限公司");
        m.put("valuationBaseDate", ServerClock.today(api).minusMonths(1).toString());
        m.put("appraisedValue", new BigDecimal(appraisedValue));
        m.put("listingPrice", new BigDecimal(listingPrice));
        m.put("deposit", new BigDecimal("20000.00"));
        m.put("increment", new BigDecimal("1000.00"));
        m.put("biddingMethod", "ONLINE_ASCENDING");
        m.put("extensionAllowed", true);
        return m;
    }

    /**
     * The bidder applies for the lot through the API, accepting the commitment letter, naming no related parties and
     * claiming no priority right; the application (201) as the API answers it.
     */
    public static JsonObject apply(Api bidder, long lot) {
        Api.Answer r = bidder.post("/api/qualification/lots/" + lot + "/applications",
                Map.of("commitmentAccepted", true, "relatedParties", "", "priorityRight", false));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json();
    }

    /**
     * Rule 38: an enterprise bidder attaches what its application needs before staff can find it qualified — the
     * business licence and the signed commitment letter (small PDFs).
     */
    public static void attachRequiredDocuments(Api bidder, long applicationId) {
        for (String kind : List.of("BUSINESS_LICENCE", "COMMITMENT_LETTER")) {
            Api.Answer r = document(bidder, applicationId, kind, kind.toLowerCase(java.util.Locale.ROOT) + ".pdf", "%PDF-1.7\n" + kind + "\n%%EOF");
            assertThat(r.status()).as(r.toString()).isEqualTo(201);
        }
    }

    /** Uploads {@code content} (its UTF-8 bytes) as a document of {@code kind} to an application. */
    public static Api.Answer document(Api bidder, long applicationId, String kind, String filename, String content) {
        return bidder.method("POST", "/api/qualification/applications/" + applicationId + "/documents?kind=" + kind + "&filename="
                + java.net.URLEncoder.encode(filename, java.nio.charset.StandardCharsets.UTF_8), content, "Content-Type", "application/octet-stream");
    }

    /**
     * A published lot with the fields {@code lot}, and {@code n} qualified bidders whose deposits the settlement account
     * holds; bidder number {@code priorityHolder} (-1 for none) is named by the agency as the holder of a priority
     * purchase right of rank 1 (an equity lot), confirmed by the reviewer before publication, and claims it when applying.
     */
    public static Session qualified(Api api, int n, Map<String, Object> lot, String category, int priorityHolder) throws Exception {
        return qualified(api, n, lot, category, priorityHolder, Map.of());
    }

    /** As above, the project registered with {@code projectTerms} besides (e.g. {@code noBidForfeits}). */
    public static Session qualified(Api api, int n, Map<String, Object> lot, String category, int priorityHolder,
                                    Map<String, Object> projectTerms) throws Exception {
        return qualified(api, n, lot, category, priorityHolder, projectTerms, null);
    }

    /**
     * As above; {@code exercise} (null: the default, in the auction) is how the agency says the holders exercise the
     * right, as {@code PUT …/priority-exercise} takes it (e.g. mode AFTER_AUCTION, matchSeconds 8).
     */
    public static Session qualified(Api api, int n, Map<String, Object> lot, String category, int priorityHolder,
                                    Map<String, Object> projectTerms, Map<String, Object> exercise) throws Exception {
        Api agency = api.as(People.token(api, People.Who.AGENCY));
        String reviewerToken = People.token(api, People.Who.REVIEWER);
        Api reviewer = api.as(reviewerToken);
        Api operator = api.as(People.token(api, People.Who.OPERATOR));
        long seq = System.nanoTime() % 1_000_000;
        List<String> names = new ArrayList<>();
        List<String> usernames = new ArrayList<>();
        String holderCode = People.creditCode();
        for (int i = 0; i < n; i++) {
            names.add("竞买测试公司" + seq + "-" + i);
            usernames.add(i == priorityHolder ? People.registerApproved(api, reviewerToken, "ENTERPRISE_BIDDER", names.get(i), holderCode)
                    : People.registerApproved(api, reviewerToken, "ENTERPRISE_BIDDER", names.get(i)));
        }
        Map<String, Object> terms = new LinkedHashMap<>(Map.of("title", "竞价测试项目 " + seq, "category", category,
                "lots", List.of(lot)));
        terms.putAll(projectTerms);
        JsonObject project = agency.post("/api/projects", terms).json();
        long projectId = project.getJsonNumber("id").longValue();
        if (priorityHolder >= 0) {
            long draftLot = project.getJsonArray("lots").getJsonObject(0).getJsonNumber("id").longValue();
            String holders = "/api/projects/" + projectId + "/lots/" + draftLot + "/priority-holders";
            Api.Answer named = agency.post(holders, Map.of("name", names.get(priorityHolder), "identifier", holderCode, "rank", 1,
                    "basisRef", "公司章程第二十条；股东会决议（2026）第 3 号"));
            assertThat(named.status()).as(named.toString()).isEqualTo(201);
            Api.Answer confirmed = reviewer.post(holders + "/" + named.json().getJsonNumber("id") + "/confirm", "{}");
            assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
            if (exercise != null) {
                Api.Answer chosen = agency.method("PUT", "/api/projects/" + projectId + "/lots/" + draftLot + "/priority-exercise",
                        Api.json(exercise), "Content-Type", "application/json");
                assertThat(chosen.status()).as(chosen.toString()).isEqualTo(200);
            }
        }
        Api.Answer publish = reviewer.post("/api/projects/" + projectId + "/publish", "{}");
        assertThat(publish.status()).as(publish.toString()).isEqualTo(200);
        long lotId = publish.json().getJsonArray("lots").getJsonObject(0).getJsonNumber("id").longValue();
        List<Bidder> bidders = new ArrayList<>();
        StringBuilder statement = new StringBuilder("银行流水号,入账时间,金额,付款人名称,付款人账号,附言\n");
        List<Long> applications = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String name = names.get(i);
            String username = usernames.get(i);
            Api b = api.as(api.token(username, People.PASSWORD));
            Api.Answer applied = b.post("/api/qualification/lots/" + lotId + "/applications",
                    Map.of("commitmentAccepted", true, "relatedParties", "", "priorityRight", i == priorityHolder));
            assertThat(applied.status()).as(applied.toString()).isEqualTo(201);
            applications.add(applied.json().getJsonNumber("id").longValue());
            statement.append("FX").append(seq).append('-').append(i).append(',')
                    .append(ServerClock.statementTime(api)).append(',')
                    .append(applied.json().getJsonNumber("depositAmount")).append(',').append(name).append(",6222020000")
                    .append(seq).append(i).append(',').append(applied.json().getString("paymentReference")).append('\n');
            bidders.add(new Bidder(b, username, String.format("%04d", 1000 + i * 37 + (int) (seq % 17))));
        }
        Api settlement = api.as(People.token(api, People.Who.SETTLEMENT));
        Api.Answer paid = settlement.method("POST", "/api/qualification/statements", statement.toString(), "Content-Type",
                "text/csv; charset=utf-8");
        assertThat(paid.status()).as(paid.toString()).isEqualTo(200);
        assertThat(paid.json().getInt("matched")).as(paid.toString()).isEqualTo(n);
        for (int i = 0; i < n; i++) {
            sql("update application set status = 'QUALIFIED', bidder_code = '" + bidders.get(i).code() + "', opinion = 'QUALIFIED',"
                    + " opinion_at = " + ServerClock.sql(api) + " where id = " + applications.get(i));
        }
        return new Session(lotId, bidders, operator);
    }

    public static void sql(String statement) throws Exception {
        try (Connection c = TestDatabase.dataSource().getConnection(); PreparedStatement s = c.prepareStatement(statement)) {
            s.executeUpdate();
        }
    }

    /** Polls the public state until {@code phase}, or fails after {@code seconds}. */
    public static JsonObject awaitPhase(Api api, long lotId, String phase, int seconds) throws InterruptedException {
        long until = System.currentTimeMillis() + seconds * 1000L;
        JsonObject s;
        do {
            s = api.get("/api/auctions/" + lotId).json();
            if (s.getString("phase").equals(phase)) {
                return s;
            }
            Thread.sleep(200);
        } while (System.currentTimeMillis() < until);
        assertThat(s.getString("phase")).as(s.toString()).isEqualTo(phase);
        return s;
    }

    /** Polls the public board until the lot's status is {@code status}, or fails after 90 s. */
    public static void awaitStatus(Api api, long lot, String status) throws InterruptedException {
        long until = System.currentTimeMillis() + 90_000;
        while (System.currentTimeMillis() < until
                && !api.get("/api/board/lots/" + lot).json().getJsonObject("lot").getString("status").equals(status)) {
            Thread.sleep(2000);
        }
        assertThat(api.get("/api/board/lots/" + lot).json().getJsonObject("lot").getString("status")).isEqualTo(status);
    }

    /** The deal opens when the sweeper records the result (at once; the settlement scheduler catches up within 10 s). */
    public static long awaitDeal(Api winner) throws InterruptedException {
        long until = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < until) {
            var mine = winner.get("/api/deals/mine").array();
            if (!mine.isEmpty()) {
                return mine.getJsonObject(0).getJsonNumber("id").longValue();
            }
            Thread.sleep(300);
        }
        throw new AssertionError("no deal opened within 30 s");
    }

    /** A bid through the API that must be accepted; the request id is derived from the amount. */
    public static void bid(Bidder bidder, long lotId, String amount) {
        Api.Answer r = bidder.api().post("/api/auctions/" + lotId + "/bids", Map.of("amount", new BigDecimal(amount),
                "requestId", "fx-" + lotId + "-" + amount));
        assertThat(r.json().getBoolean("accepted")).as(r.toString()).isTrue();
    }
}
