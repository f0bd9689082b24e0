package cn.exchange.it.auction;

import cn.exchange.core.auction.AuctionCommand;
import cn.exchange.core.auction.AuctionEvent;
import cn.exchange.core.auction.AuctionTerms;
import cn.exchange.core.auction.Replay;
import cn.exchange.it.support.Api;
import cn.exchange.it.support.ServerClock;
import cn.exchange.it.support.AuctionFixture;
import cn.exchange.it.support.AuctionFixture.Bidder;
import cn.exchange.it.support.AuctionFixture.Session;
import cn.exchange.it.support.People;
import cn.exchange.it.support.TestDatabase;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.net.URL;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The bidding API end to end on PostgreSQL: the rules of rule 20 answered in the bidder's language, a retried request
 * id answered once, the limited period restarted by each valid bid and closed by the server at the right time with
 * the right winner, the result carried onto the lot, the bid log append-only and replayable to the same outcome;
 * staff's audited pause during which time does not run.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuctionApiIT {

    @ArquillianResource
    URL base;

    @Test
    void twoBiddersBidIntoTheLimitedPeriodAndTheServerClosesTheLotForTheLastValidBid() throws Exception {
        Api api = new Api(base);
        Session s = AuctionFixture.session(api, 2, "100000.00", "1000.00", "101000.00", 2, 3, 6);
        Bidder a = s.bidders().get(0);
        Bidder b = s.bidders().get(1);
        long lot = s.lotId();

        // who may bid: only the lot's qualified bidders; anyone may watch
        assertThat(api.post("/api/auctions/" + lot + "/bids", bid("100000.00", "x")).status()).isEqualTo(401);
        Api supervisor = api.as(People.token(api, People.Who.SUPERVISOR_SASAC));
        assertThat(supervisor.post("/api/auctions/" + lot + "/bids", bid("100000.00", "x")).status()).isEqualTo(403);
        Api outsider = api.as(api.token(People.registerApproved(api, People.token(api, People.Who.REVIEWER), "ENTERPRISE_BIDDER",
                "未获资格的公司" + System.nanoTime() % 100000), People.PASSWORD));
        Api.Answer notQualified = outsider.post("/api/auctions/" + lot + "/bids", bid("100000.00", "x"));
        assertThat(notQualified.status()).isEqualTo(403);
        assertThat(api.get("/api/auctions/" + lot).status()).isEqualTo(200);

        // bad input is refused before the engine, field named
        Api.Answer tooPrecise = a.api().post("/api/auctions/" + lot + "/bids", bid("100000.001", "r1"));
        assertThat(tooPrecise.status()).isEqualTo(400);
        assertThat(tooPrecise.body()).contains("amount");
        assertThat(a.api().post("/api/auctions/" + lot + "/bids", bid("100000.00", "bad id with spaces")).status()).isEqualTo(400);

        assertThat(api.get("/api/auctions/" + lot + "/record.pdf").status()).as("no record before the close").isEqualTo(403);
        AuctionFixture.awaitPhase(api, lot, "FREE", 15);
        JsonObject first = a.api().post("/api/auctions/" + lot + "/bids", bid("100000.00", "a-1")).json();
        assertThat(first.getBoolean("accepted")).isTrue();
        assertThat(first.getInt("acceptedNo")).isEqualTo(1);
        // the same request again (a network retry): the first answer, nothing new recorded
        JsonObject retried = a.api().post("/api/auctions/" + lot + "/bids", bid("100000.00", "a-1")).json();
        assertThat(retried.getBoolean("repeated")).isTrue();
        assertThat(retried.getJsonNumber("seq").longValue()).isEqualTo(first.getJsonNumber("seq").longValue());
        JsonObject self = a.api().post("/api/auctions/" + lot + "/bids", bid("101000.00", "a-2")).json();
        assertThat(self.getString("reason")).isEqualTo("ALREADY_LEADING");
        assertThat(self.getString("message")).contains("最高报价人");
        JsonObject odd = b.api().post("/api/auctions/" + lot + "/bids", bid("100500.00", "b-1"), "Accept-Language", "en").json();
        assertThat(odd.getString("reason")).isEqualTo("NOT_A_WHOLE_INCREMENT");
        assertThat(odd.getString("message")).contains("whole number of increments");
        assertThat(b.api().post("/api/auctions/" + lot + "/bids", bid("101000.00", "b-2")).json().getBoolean("accepted")).isTrue();

        // the public state: codes only
        JsonObject st = api.get("/api/auctions/" + lot).json();
        assertThat(st.getString("leader")).isEqualTo(b.code());
        assertThat(st.toString()).doesNotContain("竞买测试公司").doesNotContain("101000.00\",\"reserve");

        // the limited period: every valid bid restarts it from its own server time
        AuctionFixture.awaitPhase(api, lot, "LIMITED", 15);
        JsonObject last = a.api().post("/api/auctions/" + lot + "/bids", bid("102000.00", "a-3")).json();
        assertThat(last.getBoolean("accepted")).as(last.toString()).isTrue();
        Instant lastAt = Instant.ofEpochMilli(last.getJsonNumber("at").longValue());
        assertThat(Instant.ofEpochMilli(last.getJsonNumber("closesAt").longValue())).isEqualTo(lastAt.plusSeconds(6));

        JsonObject closed = AuctionFixture.awaitPhase(api, lot, "CLOSED", 20);
        assertThat(closed.getString("outcome")).isEqualTo("AWARDED");
        assertThat(closed.getString("winner")).isEqualTo(a.code());
        assertThat(closed.getJsonNumber("finalPrice").bigDecimalValue()).isEqualByComparingTo("102000.00");
        assertThat(Instant.ofEpochMilli(closed.getJsonNumber("closedAt").longValue())).isEqualTo(lastAt.plusSeconds(6));
        assertThat(b.api().post("/api/auctions/" + lot + "/bids", bid("103000.00", "b-3")).json().getString("reason")).isEqualTo("CLOSED");

        // the result reaches the lot once, with its notice
        long until = System.currentTimeMillis() + 15_000;
        while (!api.get("/api/board/lots/" + lot).json().getJsonObject("lot").getString("status").equals("AUCTION_SOLD")
                && System.currentTimeMillis() < until) {
            Thread.sleep(300);
        }
        assertThat(api.get("/api/board/lots/" + lot).json().getJsonObject("lot").getString("status")).isEqualTo("AUCTION_SOLD");
        assertThat(api.get("/api/board/lots/" + lot).body()).contains("AUCTION_RESULT").contains(a.code());

        // the documents: the record is public after the close (codes only), the confirmation names the winner to the winner
        Api.Answer record = api.get("/api/auctions/" + lot + "/record.pdf");
        assertThat(record.status()).isEqualTo(200);
        assertThat(record.header("Content-Type")).startsWith("application/pdf");
        assertThat(a.api().get("/api/auctions/" + lot + "/confirmation.pdf").status()).isEqualTo(200);
        assertThat(b.api().get("/api/auctions/" + lot + "/confirmation.pdf").status()).isEqualTo(403);
        assertThat(api.get("/api/auctions/" + lot + "/confirmation.pdf").status()).isEqualTo(401);
        assertThat(supervisor.get("/api/auctions/" + lot + "/confirmation.pdf").status()).isEqualTo(200);
        // both carry the exchange's electronic seal, over the whole file, naming the document (README "Electronic seal")
        assertThat(sealReason(api.bytes("/api/auctions/" + lot + "/record.pdf"))).startsWith("竞价记录 ");
        assertThat(sealReason(a.api().bytes("/api/auctions/" + lot + "/confirmation.pdf"))).startsWith("竞价结果确认书 ");

        // own bids only
        assertThat(b.api().get("/api/auctions/" + lot + "/bids/mine").array()).hasSize(3)
                .allSatisfy(v -> assertThat(v.asJsonObject().getString("bidderCode")).isEqualTo(b.code()));

        // the bid log: append-only, one row per command that mattered, and replayable to the recorded outcome
        try (Connection c = TestDatabase.dataSource().getConnection(); Statement q = c.createStatement()) {
            assertThatThrownBy(() -> q.executeUpdate("update bid_log set amount = 1 where lot_id = " + lot)).hasMessageContaining("append-only");
            List<AuctionCommand> commands = new ArrayList<>();
            long expected = 1;
            try (ResultSet rs = q.executeQuery("select seq, kind, at_ms, bidder_code, amount from bid_log where lot_id = " + lot + " order by seq")) {
                while (rs.next()) {
                    assertThat(rs.getLong("seq")).isEqualTo(expected++);
                    Instant at = Instant.ofEpochMilli(rs.getLong("at_ms"));
                    commands.add(switch (rs.getString("kind")) {
                        case "BID" -> new AuctionCommand.PlaceBid(rs.getString("bidder_code"), rs.getBigDecimal("amount"), at);
                        default -> new AuctionCommand.Tick(at);
                    });
                }
            }
            Instant starts;
            try (ResultSet rs = q.executeQuery("select starts_at from auction where lot_id = " + lot)) {
                rs.next();
                starts = rs.getTimestamp(1).toInstant();
            }
            AuctionTerms terms = AuctionTerms.ascending(new BigDecimal("100000.00"), new BigDecimal("1000.00"), new BigDecimal("101000.00"),
                    null, starts, Duration.ofSeconds(3), Duration.ofSeconds(6), Set.of(a.code(), b.code()));
            List<AuctionEvent> replayed = Replay.events(terms, commands);
            assertThat(replayed).filteredOn(e -> e instanceof AuctionEvent.LotAwarded).singleElement()
                    .isEqualTo(new AuctionEvent.LotAwarded(a.code(), new BigDecimal("102000.00"), lastAt.plusSeconds(6)));
        }
    }

    /**
     * Docs/rules.md §2.1 (荷式): a Dutch lot as an agency registers it through the API — its own start price, step,
     * interval and floor — descends step by step and the first acceptance wins; terms that break the rules are a 400
     * naming the field.
     */
    @Test
    void aDutchLotRegisteredByTheAgencyDescendsStepByStepAndTheFirstAcceptanceWins() throws Exception {
        Api api = new Api(base);
        Api agency = api.as(People.token(api, People.Who.AGENCY));
        Map<String, Object> bad = AuctionFixture.lot(api, "100000.00", null, null);
        bad.put("biddingMethod", "DUTCH");
        bad.put("dutch", Map.of("startPrice", new BigDecimal("120000.00"), "step", new BigDecimal("10000.00"), "intervalSeconds", 5,
                "floor", new BigDecimal("99999.99")));
        Map<String, Object> project = Map.of("title", "荷式竞价测试项目", "category", "ENTERPRISE_ASSET", "lots", List.of(bad));
        Api.Answer zh = agency.post("/api/projects", project);
        assertThat(zh.status()).as(zh.toString()).isEqualTo(400);
        assertThat(zh.body()).contains("lots[0].dutch.floor").contains("最低价不得低于挂牌价");
        Api.Answer en = agency.post("/api/projects", project, "Accept-Language", "en");
        assertThat(en.status()).isEqualTo(400);
        assertThat(en.body()).contains("lots[0].dutch.floor").contains("floor may not be below the listing price");

        Session s = AuctionFixture.dutchSession(api, 2, "100000.00", "120000.00", "10000.00", 5, "100000.00", 2);
        long lot = s.lotId();
        Bidder a = s.bidders().get(0);
        Bidder b = s.bidders().get(1);
        assertThat(api.get("/api/board/lots/" + lot).json().getJsonObject("lot").getJsonObject("dutch").getInt("intervalSeconds")).isEqualTo(5);
        JsonObject open = AuctionFixture.awaitPhase(api, lot, "FREE", 15);
        assertThat(open.getJsonNumber("price").bigDecimalValue()).isEqualByComparingTo("120000.00");

        // one step after one interval, never straight to the floor
        long until = System.currentTimeMillis() + 15_000;
        JsonObject st = open;
        while (st.getJsonNumber("price").bigDecimalValue().compareTo(new BigDecimal("120000.00")) == 0 && System.currentTimeMillis() < until) {
            Thread.sleep(100);
            st = api.get("/api/auctions/" + lot).json();
        }
        assertThat(st.getJsonNumber("price").bigDecimalValue()).as(st.toString()).isEqualByComparingTo("110000.00");
        assertThat(b.api().post("/api/auctions/" + lot + "/bids", bid("120000.00", "b-1")).json().getString("reason"))
                .isEqualTo("NOT_CURRENT_PRICE");
        JsonObject accepted = a.api().post("/api/auctions/" + lot + "/bids", bid("110000.00", "a-1")).json();
        assertThat(accepted.getBoolean("accepted")).as(accepted.toString()).isTrue();
        assertThat(b.api().post("/api/auctions/" + lot + "/bids", bid("110000.00", "b-2")).json().getString("reason")).isEqualTo("CLOSED");

        JsonObject closed = api.get("/api/auctions/" + lot).json();
        assertThat(closed.getString("outcome")).isEqualTo("AWARDED");
        assertThat(closed.getString("winner")).isEqualTo(a.code());
        assertThat(closed.getJsonNumber("finalPrice").bigDecimalValue()).isEqualByComparingTo("110000.00");
    }

    @Test
    void aPauseIsAuditedStopsBiddingAndItsTimeDoesNotCount() throws Exception {
        Api api = new Api(base);
        Session s = AuctionFixture.session(api, 2, "50000.00", "500.00", null, 2, 0, 30);
        Bidder a = s.bidders().get(0);
        long lot = s.lotId();
        AuctionFixture.awaitPhase(api, lot, "LIMITED", 15);
        JsonObject bid = a.api().post("/api/auctions/" + lot + "/bids", bid("50000.00", "p-1")).json();
        Instant closes = Instant.ofEpochMilli(bid.getJsonNumber("closesAt").longValue());

        assertThat(s.operator().post("/api/auctions/" + lot + "/pause", Map.of("reason", "")).status()).isEqualTo(400);
        Api supervisor = api.as(People.token(api, People.Who.SUPERVISOR_SASAC));
        assertThat(supervisor.post("/api/auctions/" + lot + "/pause", Map.of("reason", "x")).status()).isEqualTo(403);
        JsonObject paused = s.operator().post("/api/auctions/" + lot + "/pause", Map.of("reason", "机房网络中断，暂停竞价")).json();
        assertThat(paused.getString("phase")).isEqualTo("PAUSED");
        assertThat(s.bidders().get(1).api().post("/api/auctions/" + lot + "/bids", bid("50500.00", "p-2")).json().getString("reason"))
                .isEqualTo("PAUSED");
        Thread.sleep(3000);
        JsonObject resumed = s.operator().post("/api/auctions/" + lot + "/resume", Map.of("reason", "网络恢复")).json();
        assertThat(resumed.getString("phase")).isEqualTo("LIMITED");
        Instant newCloses = Instant.ofEpochMilli(api.get("/api/auctions/" + lot).json().getJsonNumber("closesAt").longValue());
        assertThat(Duration.between(closes, newCloses).toMillis()).isBetween(3000L, 6000L);

        try (Connection c = TestDatabase.dataSource().getConnection(); Statement q = c.createStatement();
             ResultSet rs = q.executeQuery("select action, summary from audit_record where object_id = '" + lot + "' and action like 'auction.%'"
                     + " order by seq")) {
            List<String> actions = new ArrayList<>();
            while (rs.next()) {
                actions.add(rs.getString(1) + ":" + rs.getString(2));
            }
            assertThat(actions).containsExactly("auction.paused:机房网络中断，暂停竞价", "auction.resumed:网络恢复");
        }
    }

    /**
     * Twelve bidders hammer one lot through the API, each bidding the price it last saw plus one increment. Every
     * acknowledged acceptance is in the log; in sequence order the accepted amounts rise by whole increments, the leader
     * changes with every accepted bid, and the state shows the last of them.
     */
    @Test
    void manyBiddersAtOnceKeepTheInvariantsAndEveryAcknowledgedBidIsStored() throws Exception {
        Api api = new Api(base);
        Session s = AuctionFixture.session(api, 12, "10000.00", "100.00", null, 2, 3600, 300);
        long lot = s.lotId();
        AuctionFixture.awaitPhase(api, lot, "FREE", 15);
        java.util.concurrent.ConcurrentLinkedQueue<JsonObject> acks = new java.util.concurrent.ConcurrentLinkedQueue<>();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(12);
        List<java.util.concurrent.Future<?>> runs = new ArrayList<>();
        for (Bidder b : s.bidders()) {
            runs.add(pool.submit(() -> {
                for (int i = 0; i < 25; i++) {
                    JsonObject st = b.api().get("/api/auctions/" + lot).json();
                    BigDecimal price = st.getJsonNumber("price").bigDecimalValue();
                    BigDecimal amount = st.isNull("leader") ? price : price.add(new BigDecimal("100.00"));
                    Api.Answer r = b.api().post("/api/auctions/" + lot + "/bids", bid(amount.toPlainString(), b.code() + "-" + i));
                    assertThat(r.status()).as(r.toString()).isEqualTo(200);
                    acks.add(r.json());
                }
                return null;
            }));
        }
        for (var f : runs) {
            f.get();
        }
        pool.shutdown();
        List<JsonObject> accepted = acks.stream().filter(o -> o.getBoolean("accepted")).toList();
        assertThat(accepted).isNotEmpty();
        assertThat(acks).allSatisfy(o -> assertThat(o.getBoolean("accepted") || List.of("NOT_ABOVE_HIGHEST", "ALREADY_LEADING",
                "NOT_A_WHOLE_INCREMENT").contains(o.getString("reason"))).isTrue());
        try (Connection c = TestDatabase.dataSource().getConnection(); Statement q = c.createStatement();
             ResultSet rs = q.executeQuery("select seq, bidder_code, amount, accepted_no from bid_log where lot_id = " + lot
                     + " and result = 'ACCEPTED' order by seq")) {
            BigDecimal last = null;
            String leader = null;
            int n = 0;
            java.util.Set<Long> stored = new java.util.HashSet<>();
            while (rs.next()) {
                n++;
                assertThat(rs.getInt("accepted_no")).isEqualTo(n);
                BigDecimal amount = rs.getBigDecimal("amount");
                if (last != null) {
                    assertThat(amount.subtract(last).remainder(new BigDecimal("100.00")).signum()).isZero();
                    assertThat(amount).isGreaterThan(last);
                    assertThat(rs.getString("bidder_code")).isNotEqualTo(leader);
                }
                last = amount;
                leader = rs.getString("bidder_code");
                stored.add(rs.getLong("seq"));
            }
            assertThat(n).isEqualTo(accepted.size());
            assertThat(accepted).allSatisfy(o -> assertThat(stored).contains(o.getJsonNumber("seq").longValue()));
            JsonObject st = api.get("/api/auctions/" + lot).json();
            assertThat(st.getJsonNumber("price").bigDecimalValue()).isEqualByComparingTo(last);
            assertThat(st.getString("leader")).isEqualTo(leader);
            assertThat(st.getInt("acceptedBids")).isEqualTo(n);
        }
    }

    /** 专场: the operator schedules every waiting lot of a project at once, a minute apart, in lot order. */
    @Test
    void aBatchSessionSchedulesEveryWaitingLotOneMinuteApart() throws Exception {
        Api api = new Api(base);
        Api agency = api.as(People.token(api, People.Who.AGENCY));
        String reviewerToken = People.token(api, People.Who.REVIEWER);
        Api operator = api.as(People.token(api, People.Who.OPERATOR));
        long seq = System.nanoTime() % 100000;
        List<Map<String, Object>> lots = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            Map<String, Object> lot = new LinkedHashMap<>();
            lot.put("title", "专场车辆 " + seq + "-" + i);
            lot.put("region", "北京");
            lot.put("appraiser", "北京某资产评估有限公司");
            lot.put("valuationBaseDate", ServerClock.today(api).minusMonths(1).toString());
            lot.put("appraisedValue", new BigDecimal("60000.00"));
            lot.put("listingPrice", new BigDecimal("60000.00"));
            lot.put("deposit", new BigDecimal("6000.00"));
            lot.put("increment", new BigDecimal("500.00"));
            lot.put("biddingMethod", "ONLINE_ASCENDING");
            lots.add(lot);
        }
        JsonObject project = agency.post("/api/projects", Map.of("title", "公务车辆专场 " + seq, "category", "ADMINISTRATIVE_ASSET",
                "lots", lots)).json();
        long projectId = project.getJsonNumber("id").longValue();
        List<Long> ids = api.as(reviewerToken).post("/api/projects/" + projectId + "/publish", "{}").json().getJsonArray("lots")
                .stream().map(v -> v.asJsonObject().getJsonNumber("id").longValue()).toList();
        for (int b = 0; b < 2; b++) {
            Api bidder = api.as(api.token(People.registerApproved(api, reviewerToken, "ENTERPRISE_BIDDER", "专场竞买公司" + seq + "-" + b),
                    People.PASSWORD));
            assertThat(bidder.post("/api/qualification/applications", Map.of("lotIds", ids, "commitmentAccepted", true)).status()).isEqualTo(201);
        }
        String idList = ids.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(","));
        AuctionFixture.sql("update application set status = 'QUALIFIED', bidder_code = lpad((id % 9000 + 1000)::text, 4, '0'),"
                + " deposit_paid_at = " + ServerClock.sql(api) + " where lot_id in (" + idList + ")");
        AuctionFixture.sql("update lot set status = 'AUCTION_SCHEDULED', qualification_path = 'COMPETITIVE' where id in (" + idList + ")");

        Map<String, Object> session = new LinkedHashMap<>();
        java.time.OffsetDateTime starts = ServerClock.now(api).plusHours(2).withNano(0);
        session.put("startsAt", starts.toString());
        session.put("staggerSeconds", 60);
        session.put("freeSeconds", 600);
        session.put("limitedSeconds", 120);
        assertThat(api.as(People.token(api, People.Who.SUPERVISOR_AUDIT)).post("/api/qualification/projects/" + projectId + "/schedule",
                session).status()).isEqualTo(403);
        Api.Answer scheduled = operator.post("/api/qualification/projects/" + projectId + "/schedule", session);
        assertThat(scheduled.status()).as(scheduled.toString()).isEqualTo(200);
        assertThat(scheduled.json().getInt("lots")).isEqualTo(3);
        for (int i = 0; i < 3; i++) {
            JsonObject st = api.get("/api/auctions/" + ids.get(i)).json();
            assertThat(st.getJsonNumber("startsAt").longValue()).isEqualTo(starts.toInstant().plusSeconds(60L * i).toEpochMilli());
            assertThat(st.getInt("limitedSeconds")).isEqualTo(120);
            assertThat(st.getString("phase")).isEqualTo("NOT_STARTED");
        }
        Api.Answer wrong = operator.post("/api/qualification/projects/" + projectId + "/schedule", Map.of("startsAt", starts.toString(),
                "staggerSeconds", -5));
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.body()).contains("staggerSeconds");
    }

    static Map<String, Object> bid(String amount, String requestId) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("amount", new BigDecimal(amount));
        m.put("requestId", requestId);
        return m;
    }

    /** The reason of the PDF's last signature, which must be a PAdES one whose ByteRange ends at the file's end. */
    private static String sealReason(byte[] pdf) throws Exception {
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            var sig = doc.getLastSignatureDictionary();
            assertThat(sig).as("a signature").isNotNull();
            assertThat(sig.getSubFilter()).isEqualTo("ETSI.CAdES.detached");
            assertThat((long) sig.getByteRange()[2] + sig.getByteRange()[3]).isEqualTo(pdf.length);
            return sig.getReason();
        }
    }
}
