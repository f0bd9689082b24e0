package cn.exchange.it.listing;

import cn.exchange.it.support.Api;
import cn.exchange.it.support.AuctionFixture;
import cn.exchange.it.support.People;
import cn.exchange.it.support.People.Staff;
import cn.exchange.it.support.ServerClock;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rule 23: how many compete — and who — is secret until the result. One lot with two bidders is walked through
 * its phases (announcement running, announcement ended, qualification concluded, session scheduled, session running);
 * in each, every public channel — the board's JSON (lot, search, feed), the open data (JSON and CSV), the lot, board,
 * home and hall pages in both languages, the announcement PDF, the hall's state (REST and WebSocket) and the error
 * answers an anonymous visitor gets — is read and must state no count of applicants or qualified bidders and no name.
 * Staff still see both.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BidderSecrecyIT {

    /** A count of applicants or bidders, in either language, in any channel (text, JSON keys, PDF text without spaces). */
    static final List<Pattern> COUNTS = List.of(
            Pattern.compile("(?i)\\d+\\s*(applicant|qualified\\s*bidder|bidder\\(s\\)|intending\\s*transferee|transferees)"),
            Pattern.compile("(?i)(applicant|bidder)\\(s\\)"),
            Pattern.compile("\\d+\\s*(名|家|位|个)\\s*(意向受让方|受让方|竞买人|报名|申请人|合格)"),
            Pattern.compile("(共|计)\\s*\\d+\\s*(名|家|位|个|人)"),
            Pattern.compile("\\b(COMPETITIVE|NEGOTIATED)\\b"),
            Pattern.compile("\"(applicants|applicantCount|qualified|qualifiedCount|qualifiedBidders|bidders|bidderCount|participants)\"\\s*:"));

    @ArquillianResource
    URL base;

    @Test
    void noPublicChannelTellsHowManyCompeteBeforeTheResult() throws Exception {
        Api api = new Api(base);
        Staff staff = Staff.signedIn(api);
        long seq = System.nanoTime() % 100000;
        String nameA = "保密甲科技有限公司" + seq;
        String nameB = "保密乙贸易有限公司" + seq;
        Api a = People.approvedBidder(api, staff.reviewerToken(), nameA);
        Api b = People.approvedBidder(api, staff.reviewerToken(), nameB);

        var lotTerms = Lots.lot(ServerClock.today(api), "保密测试标的 " + seq, "200000.00", "200000.00", "20000.00");
        lotTerms.put("increment", new BigDecimal("1000.00"));
        JsonObject project = staff.agency().post("/api/projects", Lots.project("报名人数保密测试 " + seq, "ENTERPRISE_ASSET", List.of(lotTerms)))
                .json();
        JsonObject published = staff.reviewer().post("/api/projects/" + project.getJsonNumber("id") + "/publish", "{}").json();
        long lot = published.getJsonArray("lots").getJsonObject(0).getJsonNumber("id").longValue();
        String lotNumber = published.getString("number") + "-1";
        List<String> names = List.of(nameA, nameB);

        // the announcement runs; both apply and pay
        JsonObject appA = AuctionFixture.apply(a, lot);
        JsonObject appB = AuctionFixture.apply(b, lot);
        AuctionFixture.attachRequiredDocuments(a, appA.getJsonNumber("id").longValue());
        AuctionFixture.attachRequiredDocuments(b, appB.getJsonNumber("id").longValue());
        walk(api, lot, lotNumber, names, "announcement running");
        Api.Answer paid = staff.settlement().method("POST", "/api/qualification/statements",
                "银行流水号,入账时间,金额,付款人名称,付款人账号,附言\n"
                + "S" + seq + "-1," + ServerClock.statementTime(api) + ",20000.00," + nameA + ",6222000000000101," + appA.getString("paymentReference") + "\n"
                + "S" + seq + "-2," + ServerClock.statementTime(api) + ",20000.00," + nameB + ",6222000000000102," + appB.getString("paymentReference") + "\n",
                "Content-Type", "text/csv; charset=utf-8");
        assertThat(paid.json().getInt("matched")).as(paid.toString()).isEqualTo(2);

        // the announcement ends (the minute timer): the public notice of its end
        AuctionFixture.sql("update lot set ends_at = " + ServerClock.sql(api) + " - interval '1 minute' where id = " + lot);
        AuctionFixture.awaitStatus(api, lot, "DISCLOSURE_ENDED");
        assertThat(kinds(api, lot)).contains("DISCLOSURE_ENDED");
        walk(api, lot, lotNumber, names, "announcement ended");

        // qualification: staff see both applicants, and the count at the conclusion
        Api.Answer staffList = staff.operator().get("/api/qualification/lots/" + lot + "/applications");
        assertThat(staffList.status()).as(staffList.toString()).isEqualTo(200);
        assertThat(staffList.array()).hasSize(2);
        for (JsonObject app : List.of(appA, appB)) {
            Api.Answer r = staff.reviewer().post("/api/qualification/applications/" + app.getJsonNumber("id") + "/review",
                    Map.of("opinion", "QUALIFIED"));
            assertThat(r.status()).as(r.toString()).isEqualTo(200);
            assertThat(staff.agency().post("/api/qualification/applications/" + app.getJsonNumber("id") + "/reply",
                    Map.of("reply", "AGREED")).status()).isEqualTo(200);
        }
        JsonObject concluded = staff.operator().post("/api/qualification/lots/" + lot + "/conclude", "{}").json();
        assertThat(concluded.getInt("qualified")).as("staff see the count").isEqualTo(2);
        assertThat(kinds(api, lot)).contains("QUALIFICATION_CONCLUDED");
        walk(api, lot, lotNumber, names, "qualification concluded");

        // the session is scheduled: the hall (REST and WebSocket) shows neither codes nor a count before it opens
        Map<String, Object> schedule = new LinkedHashMap<>();
        schedule.put("startsAt", ServerClock.now(api).plusSeconds(8).toString());
        schedule.put("freeSeconds", 30);
        schedule.put("limitedSeconds", 30);
        Api.Answer scheduled = staff.operator().post("/api/qualification/lots/" + lot + "/schedule", schedule);
        assertThat(scheduled.status()).as(scheduled.toString()).isEqualTo(200);
        JsonObject before = api.get("/api/auctions/" + lot).json();
        assertThat(before.getString("phase")).isEqualTo("NOT_STARTED");
        assertThat(before.isNull("leader")).isTrue();
        assertThat(before.getJsonArray("recent")).isEmpty();
        walk(api, lot, lotNumber, names, "session scheduled");

        // the session runs: bidder codes are shown live (rule 23), but no count and no name
        AuctionFixture.awaitPhase(api, lot, "FREE", 30);
        String codeA = code(a, lot);
        Api.Answer bid = a.post("/api/auctions/" + lot + "/bids", Map.of("amount", new BigDecimal("200000.00"), "requestId", "secrecy-" + lot));
        assertThat(bid.json().getBoolean("accepted")).as(bid.toString()).isTrue();
        assertThat(api.get("/api/auctions/" + lot).json().getString("leader")).isEqualTo(codeA);
        walk(api, lot, lotNumber, names, "session running");
    }

    /** Reads every public channel for the lot, anonymously, and fails on any count or name. */
    private void walk(Api api, long lot, String lotNumber, List<String> names, String phase) throws Exception {
        Map<String, String> channels = new LinkedHashMap<>();
        // the board's JSON: the lot with its notices, the search, the feed of notices
        channels.put("GET /api/board/lots/" + lot, ok(api.get("/api/board/lots/" + lot)));
        channels.put("GET /api/board/lots?q=", ok(api.get("/api/board/lots?q=" + java.net.URLEncoder.encode(lotNumber.substring(0,
                lotNumber.indexOf('-')), java.nio.charset.StandardCharsets.UTF_8))));
        long firstNotice = api.get("/api/board/lots/" + lot).json().getJsonArray("notices").getJsonObject(0).getJsonNumber("id").longValue();
        channels.put("GET /api/board/notices", ok(api.get("/api/board/notices?after=" + (firstNotice - 1) + "&limit=500")).lines()
                .collect(Collectors.joining("\n")));
        // open data: JSON and CSV (only this lot's rows: other tests' lots share the database)
        channels.put("GET /api/open/notices", ok(api.get("/api/open/notices?after=" + (firstNotice - 1) + "&limit=500")));
        channels.put("GET /api/open/notices.csv", ok(api.get("/api/open/notices.csv")).lines().filter(l -> l.contains(lotNumber))
                .collect(Collectors.joining("\n")));
        String results = ok(api.get("/api/open/results.csv"));
        assertThat(results.lines().filter(l -> l.contains(lotNumber)).toList()).as(phase + ": no result row before the result").isEmpty();
        // pages, in Chinese and in English
        for (String lang : List.of("zh", "en")) {
            channels.put("lot page (" + lang + ")", ok(api.get("/lot.xhtml?id=" + lot, "Cookie", "lang=" + lang)));
            channels.put("board page (" + lang + ")", ok(api.get("/board.xhtml", "Cookie", "lang=" + lang)));
            channels.put("home page (" + lang + ")", ok(api.get("/", "Cookie", "lang=" + lang)));
            channels.put("notices page (" + lang + ")", ok(api.get("/notices.xhtml?q=" + java.net.URLEncoder.encode(lotNumber,
                    java.nio.charset.StandardCharsets.UTF_8), "Cookie", "lang=" + lang)));
            Api.Answer hall = api.get("/hall.xhtml?lot=" + lot, "Cookie", "lang=" + lang);
            channels.put("hall page (" + lang + ")", hall.body());
        }
        // the announcement PDF, as text
        try (PDDocument doc = Loader.loadPDF(api.bytes("/api/board/lots/" + lot + "/announcement.pdf"))) {
            channels.put("announcement.pdf", new PDFTextStripper().getText(doc));
        }
        // the hall's state: REST and the WebSocket's first message, once a session exists
        Api.Answer state = api.get("/api/auctions/" + lot);
        channels.put("GET /api/auctions/" + lot, state.body());
        if (state.status() == 200) {
            channels.put("WebSocket /ws/auctions/" + lot, firstMessage(lot));
        }
        // what an anonymous visitor is told when it asks for what it may not see
        channels.put("GET record.pdf (anonymous)", api.get("/api/auctions/" + lot + "/record.pdf").body());
        channels.put("GET applications (anonymous)", api.get("/api/qualification/lots/" + lot + "/applications").body());
        channels.put("POST bid (anonymous)", api.post("/api/auctions/" + lot + "/bids", Map.of("amount", new BigDecimal("200000.00"))).body());

        List<String> leaks = new ArrayList<>();
        channels.forEach((channel, text) -> {
            String flat = text == null ? "" : text;
            for (Pattern p : COUNTS) {
                var m = p.matcher(flat);
                if (m.find()) {
                    leaks.add(channel + ": count \"" + m.group() + "\" in …" + around(flat, m.start()) + "…");
                }
            }
            for (String name : names) {
                if (flat.contains(name) || flat.replaceAll("\\s+", "").contains(name)) {
                    leaks.add(channel + ": the name " + name);
                }
            }
        });
        assertThat(leaks).as(phase + ": public channels reveal who or how many compete").isEmpty();
    }

    private String firstMessage(long lot) throws Exception {
        URI ws = URI.create(base.toString().replaceFirst("^http", "ws").replaceAll("/$", "") + "/ws/auctions/" + lot);
        CompletableFuture<String> first = new CompletableFuture<>();
        WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(ws, new WebSocket.Listener() {
            private final StringBuilder text = new StringBuilder();

            @Override
            public CompletionStage<?> onText(WebSocket w, CharSequence data, boolean last) {
                text.append(data);
                if (last) {
                    String message = text.toString();
                    text.setLength(0);
                    try (var r = Json.createReader(new StringReader(message))) {
                        if ("state".equals(r.readObject().getString("type", ""))) {
                            first.complete(message);
                        }
                    }
                }
                w.request(1);
                return null;
            }
        }).get(10, TimeUnit.SECONDS);
        try {
            return first.get(10, TimeUnit.SECONDS);
        } finally {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
        }
    }

    private static String around(String s, int at) {
        return s.substring(Math.max(0, at - 60), Math.min(s.length(), at + 60)).replaceAll("\\s+", " ");
    }

    private static String ok(Api.Answer r) {
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.body();
    }

    private static List<String> kinds(Api api, long lot) {
        return api.get("/api/board/lots/" + lot).json().getJsonArray("notices").stream().map(JsonValue::asJsonObject)
                .map(o -> o.getString("kind")).toList();
    }

    private static String code(Api bidder, long lot) {
        return bidder.get("/api/qualification/applications/mine").array().stream().map(JsonValue::asJsonObject)
                .filter(o -> o.getJsonNumber("lotId").longValue() == lot).map(o -> o.getString("bidderCode")).findFirst().orElseThrow();
    }
}
