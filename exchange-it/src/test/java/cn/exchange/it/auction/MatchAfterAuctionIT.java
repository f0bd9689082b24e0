package cn.exchange.it.auction;

import cn.exchange.it.support.Api;
import cn.exchange.it.support.AuctionFixture;
import cn.exchange.it.support.AuctionFixture.Bidder;
import cn.exchange.it.support.AuctionFixture.Session;
import cn.exchange.it.support.Browser;
import cn.exchange.it.support.People;
import cn.exchange.it.support.ScreenshotOnFailure;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import java.math.BigDecimal;
import java.net.URL;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rule 24 (docs/rules.md §1.7), through the REST API and the hall: the agency names one holder of its
 * equity lot and chooses 事后行权; the holder does not bid, two outsiders do; when bidding ends the hall shows the match
 * period to everyone, the holder matches the final price in its browser and wins at that price; the replay agrees.
 */
@ExtendWith({ArquillianExtension.class, ScreenshotOnFailure.class})
@RunAsClient
class MatchAfterAuctionIT {

    @ArquillianResource
    URL base;

    Browser holderScreen;
    Browser watcher;

    @AfterEach
    void close() {
        for (Browser x : new Browser[] {holderScreen, watcher}) {
            if (x != null) {
                x.close();
            }
        }
    }

    @Test
    void theHolderMatchesTheOutsidersFinalPriceInTheHallAndWins() throws Exception {
        Api api = new Api(base);
        Session s = AuctionFixture.qualified(api, 3, AuctionFixture.lot(api, "80000.00", "1000.00", null), "EQUITY_TRANSFER", 2,
                Map.of(), Map.of("mode", "AFTER_AUCTION", "matchSeconds", 25));
        AuctionFixture.schedule(api, s, 3600, 0, 8);
        Bidder a = s.bidders().get(0);
        Bidder b = s.bidders().get(1);
        Bidder holder = s.bidders().get(2);
        long lot = s.lotId();
        assertThat(api.get("/api/auctions/" + lot).json().getString("priorityMode")).isEqualTo("AFTER_AUCTION");

        String hall = "/hall.xhtml?lot=" + lot;
        holderScreen = Browser.signedIn(base, holder.username(), People.PASSWORD).go(hall);
        watcher = Browser.open(base).go(hall);
        assertThat(holderScreen.text(By.cssSelector("#bid .ex-hint"))).contains("事后行权");
        assertThat(holderScreen.all(By.id("bid:place"))).as("the holder has no bid form").isEmpty();
        holderScreen.waitFor().until(d -> !d.findElement(By.id("bid:matchAfter")).isEnabled());   // nothing to match yet
        AuctionFixture.reschedule(api, s, 3, 0, 8);
        AuctionFixture.awaitPhase(api, lot, "LIMITED", 20);

        assertThat(holder.api().post("/api/auctions/" + lot + "/bids", bid("80000.00", "h-1")).json().getString("reason"))
                .as("the holder does not bid").isEqualTo("HOLDER_MATCHES_AFTER");
        assertThat(a.api().post("/api/auctions/" + lot + "/bids", bid("80000.00", "a-1")).json().getBoolean("accepted")).isTrue();
        assertThat(b.api().post("/api/auctions/" + lot + "/bids", bid("81000.00", "b-1")).json().getBoolean("accepted")).isTrue();

        // 8 s without a bid: bidding ends at CNY 81,000 and the holders' match period opens, on every screen
        for (Browser x : new Browser[] {holderScreen, watcher}) {
            x.waitFor(Duration.ofSeconds(25)).until(d -> d.findElement(By.id("hall-phase")).getText().equals("优先购买权人行权期"));
            x.waitFor().until(d -> d.findElement(By.id("hall-notice")).getText().contains("最终报价 ¥81,000.00"));
        }
        assertThat(a.api().post("/api/auctions/" + lot + "/bids", bid("82000.00", "a-2")).json().getString("reason"))
                .as("outsiders' bidding has ended").isEqualTo("MATCHING");
        holderScreen.waitFor().until(d -> d.findElement(By.id("bid:matchAfter")).isEnabled());
        holderScreen.screenshot("hall-match-period");

        holderScreen.click(By.id("bid:matchAfter"));

        String result = "竞价结束：竞买号 " + holder.code() + " 以 ¥81,000.00 竞得";
        for (Browser x : new Browser[] {holderScreen, watcher}) {
            x.waitFor(Duration.ofSeconds(15)).until(d -> d.findElement(By.id("hall-result")).getText().equals(result));
        }
        JsonObject closed = api.get("/api/auctions/" + lot).json();
        assertThat(closed.getString("outcome")).isEqualTo("AWARDED");
        assertThat(closed.getString("winner")).isEqualTo(holder.code());
        assertThat(closed.getJsonNumber("finalPrice").bigDecimalValue()).isEqualByComparingTo("81000.00");

        Api supervisor = api.as(People.token(api, People.Who.SUPERVISOR_AUDIT));
        JsonObject replay = supervisor.get("/api/supervision/lots/" + lot + "/replay").json();
        assertThat(replay.getBoolean("equal")).as(replay.toString()).isTrue();
        assertThat(replay.getString("replayedWinner")).isEqualTo(holder.code());
    }

    @Test
    void theAgencysChoiceIsCheckedWithTheFieldNamed() throws Exception {
        Api api = new Api(base);
        Api agency = api.as(People.token(api, People.Who.AGENCY));
        Map<String, Object> dutch = AuctionFixture.lot(api, "50000.00", null, null);
        dutch.put("biddingMethod", "DUTCH");
        dutch.put("dutch", Map.of("startPrice", new BigDecimal("60000.00"), "step", new BigDecimal("1000.00"), "intervalSeconds", 30,
                "floor", new BigDecimal("50000.00")));
        JsonObject project = agency.post("/api/projects", Map.of("title", "事后行权校验 " + System.nanoTime() % 100000,
                "category", "EQUITY_TRANSFER", "lots", java.util.List.of(dutch))).json();
        String path = "/api/projects/" + project.getJsonNumber("id") + "/lots/"
                + project.getJsonArray("lots").getJsonObject(0).getJsonNumber("id") + "/priority-exercise";
        Api.Answer notAscending = agency.method("PUT", path, Api.json(Map.of("mode", "AFTER_AUCTION")), "Content-Type", "application/json");
        assertThat(notAscending.status()).isEqualTo(400);
        assertThat(notAscending.body()).contains("mode").contains("多次报价");
        Api.Answer inAuction = agency.method("PUT", path, Api.json(Map.of("mode", "IN_AUCTION")), "Content-Type", "application/json");
        assertThat(inAuction.status()).as(inAuction.toString()).isEqualTo(200);
        Api reviewer = api.as(People.token(api, People.Who.REVIEWER));
        assertThat(reviewer.method("PUT", path, Api.json(Map.of("mode", "IN_AUCTION")), "Content-Type", "application/json").status())
                .as("the agency's choice, not staff's").isEqualTo(403);
    }

    private static Map<String, Object> bid(String amount, String requestId) {
        return Map.of("amount", new BigDecimal(amount), "requestId", requestId);
    }
}
