package cn.exchange.it.settlement;

import cn.exchange.it.support.Api;
import cn.exchange.it.support.AuctionFixture;
import cn.exchange.it.support.AuctionFixture.Bidder;
import cn.exchange.it.support.AuctionFixture.Session;
import cn.exchange.it.support.People;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.net.URL;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Docs/rules.md §1.4 through the API: where the announcement says so, the deposits of qualified bidders who placed no bid
 * are kept from the automatic refunds after the session; staff forfeit one with a reason (held for the transferor, paid
 * out to it) and release another (refunded); the winner's deposit is its deal's; supervisors read, never decide.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DepositForfeitureIT {

    @ArquillianResource
    URL base;

    @Test
    void qualifiedBiddersWhoPlacedNoBidLoseTheirDepositOnlyByAStaffDecision() throws Exception {
        Api api = new Api(base);
        Session s = AuctionFixture.qualified(api, 4, AuctionFixture.lot(api, "100000.00", "1000.00", null), "ENTERPRISE_ASSET", -1,
                Map.of("noBidForfeits", true));
        AuctionFixture.schedule(api, s, 2, 3, 5);
        long lot = s.lotId();
        Bidder winner = s.bidders().get(1);
        AuctionFixture.awaitPhase(api, lot, "FREE", 15);
        AuctionFixture.bid(s.bidders().get(0), lot, "100000.00");
        AuctionFixture.bid(winner, lot, "101000.00");
        AuctionFixture.awaitPhase(api, lot, "CLOSED", 30);
        AuctionFixture.awaitDeal(winner.api());

        Api operator = s.operator();
        Map<String, Long> apps = new java.util.HashMap<>();
        for (var v : operator.get("/api/qualification/lots/" + lot + "/applications").array()) {
            apps.put(v.asJsonObject().getString("bidderCode"), v.asJsonObject().getJsonNumber("id").longValue());
        }
        long outbid = apps.get(s.bidders().get(0).code());
        long silent = apps.get(s.bidders().get(2).code());
        long silentToo = apps.get(s.bidders().get(3).code());
        long won = apps.get(winner.code());

        // the announcement forfeits a no-bidder's deposit: the two who never bid are not refunded automatically
        Api settlement = api.as(People.token(api, People.Who.SETTLEMENT));
        List<Long> refunded = settlement.get("/api/settlement/disbursements").array().stream().map(v -> v.asJsonObject())
                .filter(d -> d.getJsonNumber("lotId").longValue() == lot && d.getString("kind").equals("DEPOSIT_REFUND"))
                .map(d -> d.getJsonNumber("applicationId").longValue()).toList();
        assertThat(refunded).containsExactly(outbid);

        String path = "/api/settlement/applications/";
        Map<String, Object> noBid = Map.of("ground", "NO_VALID_BID", "reason", "竞价中未有效出价，依挂牌公告第八条不予退还");
        // a supervisor reads and never decides; the bidder who bid, and the winner, are refused by reason
        Api supervisor = api.as(People.token(api, People.Who.SUPERVISOR_AUDIT));
        assertThat(supervisor.post(path + silent + "/forfeiture", noBid).status()).isEqualTo(403);
        Api.Answer bidder = operator.post(path + outbid + "/forfeiture", noBid, "Accept-Language", "zh-CN");
        assertThat(bidder.status()).isEqualTo(409);
        assertThat(bidder.json().getString("code")).isEqualTo("forfeiture.noDepositHeld");
        Api.Answer buyer = operator.post(path + won + "/forfeiture", noBid);
        assertThat(buyer.status()).isEqualTo(409);
        assertThat(buyer.json().getString("code")).isEqualTo("forfeiture.buyerHasADeal");
        Api.Answer noReason = operator.post(path + silent + "/forfeiture", Map.of("ground", "NO_VALID_BID", "reason", " "));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("reason");

        // forfeited with the reason: the whole deposit, held for the transferor; once only
        Api.Answer forfeited = operator.post(path + silent + "/forfeiture", noBid);
        assertThat(forfeited.status()).as(forfeited.toString()).isEqualTo(201);
        assertThat(forfeited.json().getJsonNumber("amount").bigDecimalValue()).isEqualByComparingTo("10000.00");
        assertThat(operator.post(path + silent + "/forfeiture", noBid).json().getString("code")).isEqualTo("forfeiture.alreadyDecided");
        JsonObject decision = supervisor.get("/api/settlement/lots/" + lot + "/forfeitures").array().getJsonObject(0);
        assertThat(decision.getString("ground")).isEqualTo("NO_VALID_BID");
        assertThat(decision.getString("decidedBy")).isEqualTo(People.username(api, People.Who.OPERATOR));

        // the other silent bidder's deposit is released: refunded like any other
        assertThat(operator.post(path + silentToo + "/release", Map.of("reason", "因网络故障未能出价，经核实予以退还")).status())
                .isEqualTo(200);
        assertThat(operator.post(path + silentToo + "/release", Map.of("reason", "再次")).status()).isEqualTo(409);

        // the forfeited deposit goes to the transferor, once
        Api.Answer payout = settlement.post("/api/settlement/lots/" + lot + "/forfeitures/payout", Map.of("payeeAccount", "6222 0200 1234 5678"));
        assertThat(payout.status()).as(payout.toString()).isEqualTo(201);
        assertThat(payout.json().getString("kind")).isEqualTo("FORFEIT_PAYOUT");
        assertThat(payout.json().getJsonNumber("amount").bigDecimalValue()).isEqualByComparingTo(new BigDecimal("10000.00"));
        assertThat(settlement.post("/api/settlement/lots/" + lot + "/forfeitures/payout", Map.of("payeeAccount", "6222020012345678"))
                .status()).isEqualTo(409);
        List<String> kinds = settlement.get("/api/settlement/disbursements").array().stream().map(v -> v.asJsonObject())
                .filter(d -> d.getJsonNumber("lotId").longValue() == lot).map(d -> d.getString("kind") + ":"
                        + (!d.containsKey("applicationId") || d.isNull("applicationId") ? "-" : d.getJsonNumber("applicationId").toString())).toList();
        assertThat(kinds).containsExactlyInAnyOrder("DEPOSIT_REFUND:" + outbid, "DEPOSIT_REFUND:" + silentToo, "FORFEIT_PAYOUT:-");
    }
}
