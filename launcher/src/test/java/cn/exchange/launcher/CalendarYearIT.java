package cn.exchange.launcher;

import cn.exchange.core.calendar.CalendarYear;
import cn.exchange.core.calendar.Calendars;
import cn.exchange.core.calendar.ExchangeTime;
import cn.exchange.core.calendar.WorkingDayCalendar;
import cn.exchange.core.listing.DisclosureRules;
import cn.exchange.core.listing.ListingSettings;
import cn.exchange.core.settlement.SettlementRules;
import cn.exchange.testkit.ApiClient.Answer;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The exchange on every date (rule 1, the calendar as data): the run command started as a training environment with its
 * clock set, on the same data, at two moments of a year end whose next year's calendar is missing.
 *
 * <ol>
 *   <li>2026-12-10 10:00, 2027 not entered: the warning names 2027 and when each announcement period is blocked; a
 *       20-working-day equity announcement is refused with the message naming the year and the page where it is
 *       entered; a 5-working-day lot is published and a bidder pays its deposit.</li>
 *   <li>2026-12-28 10:00 (the same data, restarted): the lot's announcement has ended; the opinion's reply deadline, the
 *       sold lot's signing deadline and its result notice's end fall in 2027 and are recorded as awaiting its calendar
 *       (every step happens); the administrator enters 2027 (test data the test writes): each gets its date, the one
 *       the core counts on that calendar; the same 20-working-day publication now succeeds with the right end; a
 *       correction of 2027 lists the deadlines it touches for staff, who mark one reviewed.</li>
 * </ol>
 * And the run command on a new installation (demo data) at 2026-12-28 and 2027-02-01 while 2027 is missing: it starts,
 * the demo loads, {@code /health/ready} and the staff's banner say which calendar is missing, the log holds no exception.
 */
class CalendarYearIT {

    @TempDir
    Path temp;

    static final ListingSettings S = ListingSettings.DEFAULTS;

    @Test
    void aYearEndWithNextYearMissingThenEnteredThenCorrected() throws Exception {
        Path home = temp.resolve("home");
        long[] equity;
        long[] small;
        long application;
        try (RunningExchange exchange = new RunningExchange(home)) {
            exchange.start(Map.of(), "--training-clock", "2026-12-10T10:00");
            String base = exchange.awaitUrl(Duration.ofMinutes(4)).replaceAll("/$", "");
            String demo = ExchangeClient.demoPassword(home);
            ExchangeClient agency = ExchangeClient.signIn(base, "agency1", demo);
            ExchangeClient reviewer = ExchangeClient.signIn(base, "reviewer", demo);
            assertThat(agency.get("/api/system/info").json().getString("environment")).isEqualTo("training");
            assertThat(agency.serverNow().toLocalDate()).isEqualTo(LocalDate.of(2026, 12, 10));

            // the warning: 2027 missing, 20-WD announcements blocked since 4 December 17:00
            JsonObject outlook = agency.get("/api/calendar/outlook").json();
            assertThat(outlook.getInt("missingYear")).isEqualTo(2027);
            assertThat(outlook.getJsonArray("blocks").stream().map(JsonValue::asJsonObject)
                    .filter(b -> b.getInt("workingDays") == 20).findFirst().orElseThrow().getString("from"))
                    .isEqualTo("2026-12-04T17:00+08:00");
            JsonObject health = calendarHealth(exchange);
            // Payara writes health data values as JSON strings
            assertThat(health.get("missingYear").toString()).contains("2027");
            assertThat(health.getString("blocks20WdFrom")).isEqualTo("2026-12-04T17:00+08:00");

            // a 20-WD equity announcement is refused, naming the year and the page; a 5-WD lot is published
            equity = register(agency, "EQUITY_TRANSFER", "年末股权转让测试 20%", "3000000.00");
            Answer refused = reviewer.post("/api/projects/" + equity[0] + "/publish", "{}");
            assertThat(refused.status()).as(refused.body()).isEqualTo(400);
            assertThat(refused.json().getString("code")).isEqualTo("calendar.yearNotEntered");
            assertThat(refused.json().getString("message")).contains("2027 年").contains("/admin/calendar.xhtml");
            small = register(agency, "ENTERPRISE_ASSET", "年末闲置设备测试", "80000.00");
            JsonObject published = reviewer.post("/api/projects/" + small[0] + "/publish", "{}").json();
            assertThat(OffsetDateTime.parse(published.getJsonArray("lots").getJsonObject(0).getString("endsAt")))
                    .isEqualTo(OffsetDateTime.parse("2026-12-16T17:00+08:00"));

            // bidder1 applies and pays the deposit by bank transfer
            ExchangeClient bidder = ExchangeClient.signIn(base, "bidder1", demo);
            JsonObject applied = bidder.post("/api/qualification/lots/" + small[1] + "/applications",
                    "{\"commitmentAccepted\":true,\"relatedParties\":\"\",\"priorityRight\":false}").json();
            application = applied.getJsonNumber("id").longValue();
            // rule 38: the documents without which the application cannot be found qualified
            for (String kind : new String[] {"BUSINESS_LICENCE", "COMMITMENT_LETTER"}) {
                Answer doc = bidder.post("/api/qualification/applications/" + application + "/documents?kind=" + kind + "&filename=" + kind
                        + ".pdf", "application/pdf", "%PDF-1.7\n" + kind + "\n%%EOF");
                assertThat(doc.status()).as(doc.body()).isEqualTo(201);
            }
            Answer statement = ExchangeClient.signIn(base, "settlement", demo).post("/api/qualification/statements",
                    "text/csv; charset=utf-8", "银行流水号,入账时间,金额,付款人名称,付款人账号,附言\nCAL-1," + bankTime(bidder) + ","
                            + applied.getJsonNumber("depositAmount") + ",东湖新能源科技有限公司,6222000000000001," + applied.getString("paymentReference") + "\n");
            assertThat(statement.status()).as(statement.body()).isEqualTo(200);
            assertThat(statement.json().getInt("matched")).isEqualTo(1);
            exchange.stop();
        }

        try (RunningExchange exchange = new RunningExchange(home)) {
            exchange.start(Map.of(), "--training-clock", "2026-12-28T10:00");
            String base = exchange.awaitUrl(Duration.ofMinutes(4)).replaceAll("/$", "");
            String demo = ExchangeClient.demoPassword(home);
            ExchangeClient reviewer = ExchangeClient.signIn(base, "reviewer", demo);
            ExchangeClient operator = ExchangeClient.signIn(base, "operator", demo);
            ExchangeClient agency = ExchangeClient.signIn(base, "agency1", demo);
            ExchangeClient bidder = ExchangeClient.signIn(base, "bidder1", demo);
            ExchangeClient admin = ExchangeClient.signIn(base, "admin", ExchangeClient.secret(home, "admin.password"));

            // the announcement ended on 16 December: the scheduler ends it within a minute of the start
            long smallLot = small[1];
            awaitStatus(agency, smallLot, "DISCLOSURE_ENDED");
            // the opinion goes ahead; its reply deadline (5 WD from 29 December) awaits the 2027 calendar
            JsonObject reviewed = reviewer.post("/api/qualification/applications/" + application + "/review",
                    "{\"opinion\":\"QUALIFIED\"}").json();
            assertThat(absent(reviewed, "replyDeadline")).as("replyDeadline not counted yet").isTrue();
            assertThat(reviewed.getInt("replyAwaiting")).isEqualTo(2027);
            assertThat(agency.post("/api/qualification/applications/" + application + "/reply", "{\"reply\":\"AGREED\"}").status()).isEqualTo(200);
            assertThat(operator.post("/api/qualification/lots/" + smallLot + "/conclude", "{}").status()).isEqualTo(200);
            Answer recorded = operator.post("/api/qualification/lots/" + smallLot + "/negotiated-deal", "{\"price\":80000.00}");
            assertThat(recorded.status()).as(recorded.body()).isEqualTo(200);
            long dealId = recorded.json().getJsonNumber("dealId").longValue();

            // the deal is open: its signing deadline and its result notice's end await the 2027 calendar
            JsonObject deal = bidder.get("/api/deals/" + dealId).json();
            assertThat(absent(deal, "signDeadline")).as("signDeadline not counted yet").isTrue();
            assertThat(deal.getInt("signAwaiting")).isEqualTo(2027);
            JsonObject notice = resultNotice(agency, smallLot);
            assertThat(absent(notice, "endsAt")).as("endsAt not counted yet").isTrue();
            assertThat(notice.getInt("endsAwaiting")).isEqualTo(2027);
            List<String> awaiting = operator.get("/api/calendar/awaiting").array().stream()
                    .map(v -> v.asJsonObject().getString("kind")).toList();
            assertThat(awaiting).contains("DEAL_SIGNING", "RESULT_NOTICE");

            // the administrator enters 2027 (test data): every awaiting deadline gets its date at once
            CalendarYear y2027 = Calendars.synthetic(2027);
            Answer entered = admin.post("/api/calendar/years/2027", Calendars.json(y2027, null));
            assertThat(entered.status()).as(entered.body()).isEqualTo(201);
            assertThat(entered.json().getInt("computedDeadlines")).isGreaterThanOrEqualTo(2);
            WorkingDayCalendar cal = Calendars.officialAnd(2027);
            deal = bidder.get("/api/deals/" + dealId).json();
            OffsetDateTime determined = OffsetDateTime.parse(deal.getString("determinedAt"));
            assertThat(OffsetDateTime.parse(deal.getString("signDeadline")).toInstant())
                    .isEqualTo(SettlementRules.workingDaysAfter(determined, 5, cal).toInstant());
            assertThat(deal.getString("signDeadline")).startsWith("2027-01-05T17:00");
            notice = resultNotice(agency, smallLot);
            assertThat(OffsetDateTime.parse(notice.getString("endsAt")).toInstant())
                    .isEqualTo(SettlementRules.resultNoticeEnds(OffsetDateTime.parse(notice.getString("publishedAt")), cal, S).toInstant());
            assertThat(operator.get("/api/calendar/awaiting").array()).isEmpty();

            // the 20-WD announcement refused before is published now, ending where the calendar says
            JsonObject published = reviewer.post("/api/projects/" + equity[0] + "/publish", "{}").json();
            JsonObject board = agency.get("/api/board/lots/" + equity[1]).json();
            OffsetDateTime at = OffsetDateTime.parse(board.getJsonArray("notices").getJsonObject(0).getString("publishedAt"));
            OffsetDateTime expected = DisclosureRules.endsAt(DisclosureRules.firstDay(at, cal, S), 20, cal, S);
            assertThat(OffsetDateTime.parse(published.getJsonArray("lots").getJsonObject(0).getString("endsAt")).toInstant())
                    .isEqualTo(expected.toInstant());
            assertThat(ExchangeTime.day(expected)).isEqualTo(LocalDate.of(2027, 1, 25));

            // a correction of 2027 (4 January made a day off) is a new version that lists the deadlines it touches
            List<CalendarYear.Holiday> holidays = new ArrayList<>(y2027.holidays());
            holidays.set(0, new CalendarYear.Holiday("元旦（测试）", LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 4)));
            CalendarYear corrected = new CalendarYear(2027, y2027.noticeNo(), y2027.noticeDate(), null, holidays, y2027.makeUpDays());
            assertThat(admin.post("/api/calendar/years/2027", Calendars.json(corrected, null)).json().getString("code"))
                    .isEqualTo("calendar.changeNoteRequired");
            JsonObject v2 = admin.post("/api/calendar/years/2027", Calendars.json(corrected, "更正：1 月 4 日调整为放假（测试）")).json();
            assertThat(v2.getInt("version")).isEqualTo(2);
            assertThat(v2.getJsonArray("changedDays").getString(0)).isEqualTo("2027-01-04");
            assertThat(v2.getInt("reviewItems")).isGreaterThanOrEqualTo(3);   // signing, result notice, the new announcement
            var reviews = operator.get("/api/calendar/reviews").array();
            JsonObject signing = reviews.stream().map(JsonValue::asJsonObject).filter(r -> r.getString("objectType").equals("Deal")
                    && r.getJsonNumber("objectId").longValue() == dealId).findFirst().orElseThrow();
            // the recorded deadline stays; the corrected calendar would end it a day later
            assertThat(signing.getString("deadline")).isEqualTo("2027-01-05 17:00:00");
            assertThat(signing.getString("recounted")).isEqualTo("2027-01-06 17:00:00");
            assertThat(bidder.get("/api/deals/" + dealId).json().getString("signDeadline")).startsWith("2027-01-05T17:00");
            JsonObject done = operator.post("/api/calendar/reviews/" + signing.getJsonNumber("id") + "/reviewed",
                    "{\"note\":\"已电话通知双方，按原期限签署\"}").json();
            assertThat(done.getString("reviewedBy")).isEqualTo("operator");
            // supervisors read it and change nothing
            assertThat(ExchangeClient.signIn(base, "sasac", demo).post("/api/calendar/reviews/" + signing.getJsonNumber("id") + "/reviewed",
                    "{}").status()).isEqualTo(403);
            exchange.stop();
        }
    }

    /**
     * A new installation (demo data) started late in December, and in February, while 2027 is missing: it starts, the
     * demo loads (its deals open with deadlines awaiting the calendar), the health data and the staff's banner name
     * 2027, and the log holds no exception.
     */
    @ParameterizedTest
    @ValueSource(strings = {"2026-12-28T10:00", "2027-02-01T10:00"})
    void theRunCommandStartsWhenACalendarYearItNeedsIsMissing(String clock) throws Exception {
        Path home = temp.resolve("home-" + clock.substring(0, 10));
        try (RunningExchange exchange = new RunningExchange(home)) {
            exchange.start(Map.of(), "--training-clock", clock);
            String base = exchange.awaitUrl(Duration.ofMinutes(4)).replaceAll("/$", "");
            String demo = ExchangeClient.demoPassword(home);
            ExchangeClient reviewer = ExchangeClient.signIn(base, "reviewer", demo);
            assertThat(reviewer.serverNow().toLocalDate()).isEqualTo(LocalDate.parse(clock.substring(0, 10)));
            assertThat(exchange.get("/health/ready").statusCode()).isEqualTo(200);
            assertThat(calendarHealth(exchange).get("missingYear").toString()).contains("2027");
            JsonObject outlook = reviewer.get("/api/calendar/outlook").json();
            assertThat(outlook.getInt("missingYear")).isEqualTo(2027);
            assertThat(outlook.getBoolean("current")).isEqualTo(clock.startsWith("2027"));
            if (clock.startsWith("2026")) {
                // the demo's deals opened on the day: their signing deadlines and result notices await the 2027 calendar
                assertThat(reviewer.get("/api/calendar/awaiting").array()).isNotEmpty();
            }
            // the demo loaded (its accounts sign in, its deals are there) and the staff's pages say which year is missing
            assertThat(reviewer.get("/api/deals").array()).isNotEmpty();
            String page = exchange.get("/staff/projects.xhtml", "Authorization", "Bearer " + reviewer.token()).body();
            assertThat(page).contains("calendar-banner").contains("2027");
            assertThat(exchange.get("/", "Authorization", "Bearer " + reviewer.token()).body()).contains("training-banner");
            exchange.stop();
            List<String> log = new ArrayList<>();
            try (var files = Files.list(home.resolve("logs"))) {
                for (Path f : files.toList()) {
                    log.addAll(Files.readAllLines(f));
                }
            }
            List<String> exceptions = new ArrayList<>();
            for (int i = 0; i < log.size(); i++) {
                String l = log.get(i);
                if (l.contains("Exception") && !l.contains("YearNotEntered")) {
                    exceptions.add(String.join("\n", log.subList(Math.max(0, i - 3), Math.min(log.size(), i + 8))));
                }
            }
            assertThat(exceptions).as("exceptions in the server's log").isEmpty();
            assertThat(log).as("the server's log").anyMatch(l -> l.contains("demo lot") && l.contains("2027"));
        }
    }

    /** Registers a one-lot project; returns its id and its lot's id. */
    private static long[] register(ExchangeClient agency, String category, String title, String price) throws Exception {
        String lot = "{\"title\":\"" + title + "\",\"region\":\"北京\",\"appraiser\":\"北京某资产评估有限公司\",\"valuationBaseDate\":\""
                + agency.serverNow().toLocalDate().minusMonths(1) + "\",\"appraisedValue\":" + price + ",\"listingPrice\":" + price
                + ",\"deposit\":5000.00,\"increment\":1000.00,\"biddingMethod\":\"ONLINE_ASCENDING\",\"extensionAllowed\":true}";
        Answer p = agency.post("/api/projects", "{\"title\":\"" + title + "项目\",\"category\":\"" + category
                + "\",\"approvalIssuer\":\"东湖区国资委\",\"approvalNumber\":\"东国资〔2026〕1号\",\"approvalDate\":\"2026-11-30\",\"lots\":[" + lot + "]}");
        assertThat(p.status()).as(p.body()).isIn(200, 201);
        return new long[] {p.json().getJsonNumber("id").longValue(), p.json().getJsonArray("lots").getJsonObject(0).getJsonNumber("id").longValue()};
    }

    /** A minute ago by the exchange's clock, as a bank statement writes it. */
    private static String bankTime(ExchangeClient c) throws Exception {
        return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").format(c.serverNow().minusMinutes(1)
                .atZoneSameInstant(ExchangeTime.ZONE));
    }

    /** A value not there: JSON-B leaves a null out. */
    private static boolean absent(JsonObject o, String key) {
        return !o.containsKey(key) || o.isNull(key);
    }

    /** The data of the calendar's readiness check in {@code /health/ready}. */
    private static JsonObject calendarHealth(RunningExchange exchange) throws Exception {
        JsonObject ready = (JsonObject) jakarta.json.Json.createReader(new java.io.StringReader(exchange.get("/health/ready").body())).read();
        JsonObject check = ready.getJsonArray("checks").stream().map(JsonValue::asJsonObject)
                .filter(c -> c.getString("name").equals("calendar")).findFirst().orElseThrow();
        assertThat(check.getString("status")).isEqualTo("UP");
        return check.getJsonObject("data");
    }

    private static JsonObject resultNotice(ExchangeClient any, long lotId) throws Exception {
        return any.get("/api/board/lots/" + lotId).json().getJsonArray("notices").stream().map(JsonValue::asJsonObject)
                .filter(n -> n.getString("kind").equals("DEAL_RESULT")).findFirst().orElseThrow();
    }

    private static void awaitStatus(ExchangeClient c, long lotId, String status) throws Exception {
        long until = System.currentTimeMillis() + 120_000;
        String seen = null;
        while (System.currentTimeMillis() < until) {
            seen = c.get("/api/board/lots/" + lotId).json().getJsonObject("lot").getString("status");
            if (seen.equals(status)) {
                return;
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("lot " + lotId + " stayed " + seen + ", expected " + status);
    }
}
