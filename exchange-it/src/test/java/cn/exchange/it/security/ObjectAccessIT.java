package cn.exchange.it.security;

import cn.exchange.it.support.Api;
import cn.exchange.it.support.AuctionFixture;
import cn.exchange.it.support.People;
import cn.exchange.it.support.TestDatabase;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Object-level access: a bidder who is signed in, qualified on the same lot and entitled to every endpoint
 * below by role, changes the id in the URL to another bidder's object — the winner's deal, contract, signed contract,
 * signature, auction confirmation, application (with its deposit instructions) and bids — and is refused every time
 * (403 or 404, with a message, and without the other bidder's data); a second agency does the same with the first
 * agency's project, lot documents, applicants and deal. The owners themselves are admitted, so the refusals are about
 * the object, not the role.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ObjectAccessIT {

    @ArquillianResource
    URL base;

    @Test
    void changingTheIdInTheUrlNeverReachesAnotherPartysObject() throws Exception {
        Api api = new Api(base);
        AuctionFixture.Session s = AuctionFixture.session(api, 2, "100000.00", "1000.00", null, 2, 5, 5);
        AuctionFixture.Bidder winner = s.bidders().get(0);
        AuctionFixture.Bidder other = s.bidders().get(1);
        long lot = s.lotId();
        AuctionFixture.awaitPhase(api, lot, "FREE", 30);
        AuctionFixture.bid(winner, lot, "100000.00");
        AuctionFixture.bid(other, lot, "101000.00");
        AuctionFixture.bid(winner, lot, "102000.00");
        AuctionFixture.awaitPhase(api, lot, "CLOSED", 60);
        long deal = AuctionFixture.awaitDeal(winner.api());
        JsonObject dealView = winner.api().get("/api/deals/" + deal).json();
        long winnersApplication = winner.api().get("/api/qualification/applications/mine").array().stream()
                .map(JsonValue::asJsonObject).filter(a -> a.getJsonNumber("lotId").longValue() == lot).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        long project = longValue("select project_id from lot where id = " + lot);
        String winnerName = dealView.getString("buyerName");

        Api agency = api.as(People.token(api, People.Who.AGENCY));
        String reviewerToken = People.token(api, People.Who.REVIEWER);
        String otherAgencyUser = People.registerApproved(api, reviewerToken, "AGENCY", "另一转让方单位" + System.nanoTime() % 100000);
        Api otherAgency = api.as(api.token(otherAgencyUser, People.PASSWORD));

        // the owners are admitted
        assertThat(winner.api().get("/api/deals/" + deal + "/contract.pdf").status()).isEqualTo(200);
        assertThat(winner.api().get("/api/auctions/" + lot + "/confirmation.pdf").status()).isEqualTo(200);
        assertThat(agency.get("/api/deals/" + deal).status()).isEqualTo(200);
        assertThat(agency.get("/api/projects/" + project).status()).isEqualTo(200);

        record Call(String who, Api as, String method, String path, String body) {
        }
        String hash = "{\"sha256\":\"" + dealView.getString("contractSha256", "0".repeat(64)) + "\"}";
        List<Call> calls = List.of(
                new Call("other bidder", other.api(), "GET", "/api/deals/" + deal, null),
                new Call("other bidder", other.api(), "GET", "/api/deals/" + deal + "/contract.pdf", null),
                new Call("other bidder", other.api(), "GET", "/api/deals/" + deal + "/signed-contract.pdf", null),
                new Call("other bidder", other.api(), "POST", "/api/deals/" + deal + "/sign", hash),
                new Call("other bidder", other.api(), "GET", "/api/auctions/" + lot + "/confirmation.pdf", null),
                new Call("other agency", otherAgency, "GET", "/api/deals/" + deal, null),
                new Call("other agency", otherAgency, "GET", "/api/deals/" + deal + "/contract.pdf", null),
                new Call("other agency", otherAgency, "POST", "/api/deals/" + deal + "/sign", hash),
                new Call("other agency", otherAgency, "GET", "/api/auctions/" + lot + "/confirmation.pdf", null),
                new Call("other agency", otherAgency, "POST", "/api/qualification/applications/" + winnersApplication + "/reply",
                        "{\"reply\":\"AGREED\",\"note\":\"\"}"),
                new Call("other agency", otherAgency, "POST", "/api/projects/" + project + "/lots/import", "标的名称\n"),
                new Call("other agency", otherAgency, "POST", "/api/projects/" + project + "/lots/" + lot + "/documents?filename=a.pdf",
                        "%PDF-1.4\n%%EOF\n"));
        List<String> failures = new ArrayList<>();
        for (Call c : calls) {
            Api.Answer a = c.body() == null ? c.as().method(c.method(), c.path(), null)
                    : c.as().method(c.method(), c.path(), c.body(), "Content-Type", c.body().startsWith("{") ? "application/json" : "application/octet-stream");
            boolean refused = a.status() == 403 || a.status() == 404;
            if (!refused || a.body().contains(winnerName) || a.body().isBlank()) {
                failures.add(c.who() + " " + c.method() + " " + c.path() + " → " + a.status() + " " + a.body());
            }
        }
        assertThat(failures).as("object-level refusals").isEmpty();

        // lists only ever hold the caller's own objects: applications (with deposit instructions), deals, bids
        assertThat(other.api().get("/api/qualification/applications/mine").array()).extracting(v -> v.asJsonObject().getJsonNumber("id").longValue())
                .doesNotContain(winnersApplication);
        assertThat(other.api().get("/api/deals/mine").array()).isEmpty();
        assertThat(other.api().get("/api/auctions/" + lot + "/bids/mine").array()).isNotEmpty()
                .allSatisfy(b -> assertThat(b.asJsonObject().getString("bidderCode")).isEqualTo(other.code()));
        assertThat(otherAgency.get("/api/qualification/agency/applications").body()).doesNotContain(winnerName);
        assertThat(otherAgency.get("/api/deals/mine").array()).isEmpty();

        // the page with an id in its URL: another bidder's deal shows "not found or not yours", never the deal
        Api.Answer page = other.api().get("/deal.xhtml?id=" + deal);
        assertThat(page.body()).doesNotContain(winnerName).doesNotContain(dealView.getString("paymentReference"));
        Api.Answer own = winner.api().get("/deal.xhtml?id=" + deal);
        assertThat(own.body()).contains(dealView.getString("paymentReference"));
        System.out.println("[object-level] " + calls.size() + " id-changing calls refused, lists and the deal page hold only the caller's own");
    }

    private static long longValue(String sql) throws Exception {
        try (Connection c = TestDatabase.dataSource().getConnection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
