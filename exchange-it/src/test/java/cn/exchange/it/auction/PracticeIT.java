package cn.exchange.it.auction;

import cn.exchange.it.support.Api;
import cn.exchange.it.support.Browser;
import cn.exchange.it.support.People;
import cn.exchange.it.support.People.Who;
import cn.exchange.it.support.ScreenshotOnFailure;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static cn.exchange.it.support.TestDatabase.count;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * 模拟竞价: a registered bidder practises in the hall at any time, against two simulated bidders, on a
 * made-up lot that is clearly marked — and no real lot, session, bid log or notice is touched.
 */
@ExtendWith({ArquillianExtension.class, ScreenshotOnFailure.class})
@RunAsClient
class PracticeIT {

    @ArquillianResource
    URL base;

    Browser bidder;

    @AfterEach
    void close() {
        if (bidder != null) {
            bidder.close();
        }
    }

    @Test
    void aBidderPractisesOnAPhoneAgainstSimulatedBiddersAndNoRealLotIsTouched() throws Exception {
        Api api = new Api(base);

        bidder = Browser.phone(base).go("/login.xhtml").signIn(People.username(api, Who.BIDDER), People.PASSWORD);
        bidder.go("/bidder/practice.xhtml");
        bidder.clickAndLoad(By.id("practice:again"));   // a fresh session, whatever an earlier test left
        assertThat(bidder.text(By.id("practice-banner"))).contains("模拟竞价").contains("不涉及任何真实标的").contains("不产生任何法律效力");
        assertThat(bidder.text(By.id("hall-lot-title"))).contains("练习标的").contains("虚拟");
        assertThat(bidder.text(By.id("hall-mine"))).isEqualTo("您尚未出价");
        assertThat(bidder.all(By.id("hall-record"))).as("no auction record of a real lot").isEmpty();
        // it opens five seconds after the start; the simulated bidders bid within seconds
        bidder.waitFor(Duration.ofSeconds(20)).until(d -> d.findElement(By.id("hall-phase")).getText().equals("自由报价期"));
        bidder.waitFor(Duration.ofSeconds(20)).until(d -> d.findElement(By.id("hall-history")).getText().contains("P-000"));
        assertThat(bidder.text(By.id("hall-history"))).contains("¥100,000.00");

        // a quick bid shows the price it bids, asks once, and is answered
        bidder.waitFor(Duration.ofSeconds(20)).until(d -> !d.findElement(By.id("hall-leader")).getText().equals("P-0001"));
        bidder.click(By.cssSelector(".ex-quick-1"));
        bidder.waitFor().until(d -> !d.findElements(By.id("bid:confirmYes")).isEmpty());
        String confirming = bidder.text(By.id("confirm-amount"));
        assertThat(confirming).matches("1\\d{2},\\d{3}\\.00 元（.*万元）");
        bidder.click(By.id("bid:confirmYes"));
        // accepted (the leader), or refused because a simulated bidder was faster: both in the hall's words
        bidder.waitFor().until(d -> d.findElement(By.id("bid")).getText().contains("报价成功")
                || d.findElement(By.id("bid")).getText().contains("报价须高于当前最高价"));
        bidder.screenshot("practice-phone");
        if (bidder.text(By.id("bid")).contains("报价成功")) {
            assertThat(bidder.text(By.id("bid"))).contains(confirming.substring(0, confirming.indexOf('（')));
            assertThat(bidder.text(By.id("hall-history"))).contains("P-0001");
        }

        // the API answers as the real hall does, once per request id
        Api mine = api.as(People.token(api, Who.BIDDER));
        JsonObject state = mine.get("/api/practice").json();
        assertThat(state.getInt("lotId")).isZero();
        assertThat(state.getJsonNumber("startPrice").bigDecimalValue().toPlainString()).isEqualTo("100000.00");
        String id = "practice-" + System.nanoTime();
        JsonObject odd = mine.post("/api/practice/bids", Map.of("amount", "100500.00", "requestId", id),
                "X-Exchange-Request", "1").json();
        assertThat(odd.getBoolean("accepted")).isFalse();
        assertThat(odd.getString("reason")).isIn("NOT_A_WHOLE_INCREMENT", "NOT_ABOVE_HIGHEST", "ALREADY_LEADING");
        assertThat(odd.getString("message")).isNotBlank();
        JsonObject again = mine.post("/api/practice/bids", Map.of("amount", "100500.00", "requestId", id),
                "X-Exchange-Request", "1").json();
        assertThat(again.getBoolean("repeated")).isTrue();
        assertThat(again.getInt("seq")).isEqualTo(odd.getInt("seq"));
        Api.Answer bad = mine.post("/api/practice/bids", Map.of("amount", "12.345", "requestId", id + "b"), "X-Exchange-Request", "1");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("amount");

        // the practice lives in its own tables: no lot, session or bid of the exchange's record came from it
        assertThat(count("select count(*) from practice_bid")).isPositive();
        assertThat(count("select count(*) from bid_log where bidder_code like 'P-%'")).isZero();
        assertThat(count("select count(*) from late_bid where bidder_code like 'P-%'")).isZero();
        assertThat(count("select count(*) from auction where lot_id = 0")).isZero();
        assertThat(count("select count(*) from lot where id = 0")).isZero();

        // starting again gives a fresh session
        bidder.clickAndLoad(By.id("practice:again"));
        assertThat(bidder.text(By.id("hall-phase"))).isEqualTo("未开始");
        assertThat(bidder.text(By.id("hall-mine"))).isEqualTo("您尚未出价");

        // only bidders practise; a visitor must sign in
        for (Who who : List.of(Who.AGENCY, Who.REVIEWER, Who.OPERATOR, Who.SUPERVISOR_AUDIT)) {
            assertThat(api.as(People.token(api, who)).get("/api/practice").status()).as(who.name()).isEqualTo(403);
        }
        assertThat(api.get("/api/practice").status()).isEqualTo(401);

    }
}
