package cn.exchange.it.auction;

import cn.exchange.it.support.Api;
import cn.exchange.it.support.AuctionFixture;
import cn.exchange.it.support.AuctionFixture.Bidder;
import cn.exchange.it.support.AuctionFixture.Session;
import cn.exchange.it.support.People;
import cn.exchange.it.support.TestDatabase;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rule 25 (docs/rules.md), through the REST API: staff pause a session for a fault, annul it with a
 * reason (audited, published), schedule the re-run for the same qualified bidders, and the re-run bids to a result. Both
 * sessions' logs are in the supervisors' trail; each session replays on its own, the re-run to its recorded result.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SessionRerunIT {

    static final String FAULT = "撮合服务器宕机 9 分钟，部分竞买人无法报价（故障单 F-19-5）";

    @ArquillianResource
    URL base;

    @Test
    void aSessionAnnulledForAFaultIsReRunToAResultAndBothLogsAreInTheTrail() throws Exception {
        Api api = new Api(base);
        Session s = AuctionFixture.session(api, 2, "50000.00", "500.00", null, 2, 0, 30);
        Bidder a = s.bidders().get(0);
        Bidder b = s.bidders().get(1);
        long lot = s.lotId();
        AuctionFixture.awaitPhase(api, lot, "LIMITED", 15);
        assertThat(a.api().post("/api/auctions/" + lot + "/bids", bid("50000.00", "r-1")).json().getBoolean("accepted")).isTrue();
        assertThat(b.api().post("/api/auctions/" + lot + "/bids", bid("50500.00", "r-2")).json().getBoolean("accepted")).isTrue();
        assertThat(s.operator().post("/api/auctions/" + lot + "/pause", Map.of("reason", "撮合服务器宕机")).json().getString("phase"))
                .isEqualTo("PAUSED");

        // who may annul, and not without a reason
        Api supervisor = api.as(People.token(api, People.Who.SUPERVISOR_SASAC));
        assertThat(supervisor.post("/api/auctions/" + lot + "/annul", Map.of("reason", FAULT)).status()).isEqualTo(403);
        assertThat(a.api().post("/api/auctions/" + lot + "/annul", Map.of("reason", FAULT)).status()).isEqualTo(403);
        Api.Answer blank = s.operator().post("/api/auctions/" + lot + "/annul", Map.of("reason", " "), "Accept-Language", "zh-CN");
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.body()).contains("reason");

        JsonObject annulled = s.operator().post("/api/auctions/" + lot + "/annul", Map.of("reason", FAULT)).json();
        assertThat(annulled.getInt("session")).isEqualTo(2);
        assertThat(annulled.getBoolean("awaitingRerun")).isTrue();
        assertThat(annulled.getString("phase")).isEqualTo("NOT_STARTED");
        assertThat(annulled.getString("annulledReason")).isEqualTo(FAULT);
        assertThat(annulled.get("leader")).isEqualTo(JsonValue.NULL);
        assertThat(annulled.getJsonArray("recent")).isEmpty();
        assertThat(api.get("/api/auctions/" + lot).json().getInt("session")).as("what the hall shows").isEqualTo(2);
        assertThat(rows("select kind || ':' || body from notice where lot_id = " + lot + " and kind = 'SESSION_ANNULLED'"))
                .singleElement().asString().contains("第1场", FAULT);
        assertThat(rows("select action from audit_record where object_id = '" + lot + "' and action like 'auction.%' order by seq"))
                .containsExactly("auction.paused", "auction.annulled");
        assertThat(s.operator().post("/api/auctions/" + lot + "/annul", Map.of("reason", FAULT)).status())
                .as("a session not started is rescheduled, not annulled").isEqualTo(400);

        // the re-run: the same qualified bidders, a new session whose log starts at 1; a request id of the annulled
        // session is a new bid here, not a repeat
        AuctionFixture.reschedule(api, s, 2, 0, 5);
        AuctionFixture.awaitPhase(api, lot, "LIMITED", 15);
        JsonObject first = a.api().post("/api/auctions/" + lot + "/bids", bid("50000.00", "r-1")).json();
        assertThat(first.getBoolean("accepted")).isTrue();
        assertThat(first.getBoolean("repeated")).isFalse();
        assertThat(first.getInt("acceptedNo")).isEqualTo(1);
        assertThat(first.getJsonNumber("seq").longValue()).as("after at most the start's tick").isLessThanOrEqualTo(2);
        assertThat(b.api().post("/api/auctions/" + lot + "/bids", bid("50500.00", "r-9")).json().getBoolean("accepted")).isTrue();
        JsonObject closed = AuctionFixture.awaitPhase(api, lot, "CLOSED", 30);
        assertThat(closed.getString("outcome")).isEqualTo("AWARDED");
        assertThat(closed.getString("winner")).isEqualTo(b.code());
        assertThat(closed.getJsonNumber("finalPrice").bigDecimalValue()).isEqualByComparingTo("50500.00");
        assertThat(closed.getBoolean("awaitingRerun")).isFalse();

        // the supervisors' trail: both sessions' bids, numbered, and the annulment with its reason
        List<String> trail = new ArrayList<>();
        List<JsonObject> rows = new ArrayList<>();
        supervisor.get("/api/supervision/lots/" + lot + "/trail").json().getJsonArray("entries").forEach(e -> {
            rows.add(e.asJsonObject());
            trail.add(e.asJsonObject().getString("text"));
        });
        // the pause is the operator's, not a bidder's
        assertThat(rows).filteredOn(r -> r.getString("text").startsWith("第1场") && r.getString("text").contains("暂停")).singleElement()
                .satisfies(r -> {
                    assertThat(r.getString("role")).isEqualTo("OPERATOR");
                    assertThat(r.getString("actor")).isEqualTo(People.username(api, People.Who.OPERATOR));
                });
        assertThat(trail).filteredOn(t -> t.startsWith("第1场 #")).hasSize(3);   // two bids, the pause
        assertThat(trail).filteredOn(t -> t.startsWith("第2场 #") && t.contains("报价")).hasSize(2);
        assertThat(trail).anySatisfy(t -> assertThat(t).contains("第1场竞价因技术故障作废", FAULT));

        // each session replays on its own: the re-run to its recorded result, the annulled one to none
        JsonObject reRun = supervisor.get("/api/supervision/lots/" + lot + "/replay").json();
        assertThat(reRun.getInt("session")).isEqualTo(2);
        assertThat(reRun.getBoolean("equal")).as(reRun.toString()).isTrue();
        assertThat(reRun.getString("verdict")).isEqualTo("MATCHES");
        assertThat(reRun.getString("replayedWinner")).isEqualTo(b.code());
        JsonObject annulledReplay = supervisor.get("/api/supervision/lots/" + lot + "/replay?session=1").json();
        assertThat(annulledReplay.getBoolean("equal")).as(annulledReplay.toString()).isTrue();
        assertThat(annulledReplay.getInt("commands")).as("two bids and the pause, and any tick that changed the phase").isGreaterThanOrEqualTo(3);
        assertThat(annulledReplay.containsKey("replayedWinner")).isFalse();
        assertThat(supervisor.get("/api/supervision/lots/" + lot + "/replay?session=7").status()).isEqualTo(404);
    }

    private static Map<String, Object> bid(String amount, String requestId) {
        return Map.of("amount", new BigDecimal(amount), "requestId", requestId);
    }

    private static List<String> rows(String sql) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = TestDatabase.dataSource().getConnection(); Statement q = c.createStatement(); ResultSet rs = q.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
