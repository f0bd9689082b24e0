package cn.exchange.it.auction;

import cn.exchange.it.support.Api;
import cn.exchange.it.support.AuctionFixture;
import cn.exchange.it.support.AuctionFixture.Bidder;
import cn.exchange.it.support.AuctionFixture.Session;
import cn.exchange.it.support.Browser;
import cn.exchange.it.support.People;
import cn.exchange.it.support.ScreenshotOnFailure;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import java.net.URL;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two bidders in two browsers and a watcher in a third: they bid through the free period into the limited period,
 * each valid bid restarts the countdown on every screen, a large jump asks for a confirmation, and when the limited
 * period runs out all three see the same result. Bidders see codes, never names; the watcher has no controls.
 */
@ExtendWith({ArquillianExtension.class, ScreenshotOnFailure.class})
@RunAsClient
class HallBrowserIT {

    @ArquillianResource
    URL base;

    Browser a;
    Browser b;
    Browser watcher;

    @AfterEach
    void close() {
        for (Browser x : new Browser[] {a, b, watcher}) {
            if (x != null) {
                x.close();
            }
        }
    }

    @Test
    void twoBiddersBidIntoTheLimitedPeriodUntilOneWins() throws Exception {
        Api api = new Api(base);
        // the session waits until the three browsers are on the hall page, then opens in 3 seconds
        Session s = AuctionFixture.session(api, 2, "100000.00", "1000.00", null, 3600, 8, 10);
        Bidder bidderA = s.bidders().get(0);
        Bidder bidderB = s.bidders().get(1);
        String hall = "/hall.xhtml?lot=" + s.lotId();
        a = signedIn(bidderA.username()).go(hall);
        b = signedIn(bidderB.username()).go(hall);
        watcher = Browser.open(base).go(hall);
        assertThat(watcher.all(By.id("bid"))).isEmpty();
        assertThat(a.text(By.id("hall-me"))).isEqualTo(bidderA.code());
        AuctionFixture.reschedule(api, s, 3, 8, 10);

        for (Browser x : new Browser[] {a, b, watcher}) {
            x.waitFor(Duration.ofSeconds(20)).until(d -> d.findElement(By.id("hall-phase")).getText().equals("自由报价期"));
            x.waitFor().until(d -> d.findElement(By.id("hall-link")).getText().equals("实时"));
        }
        // statuses are exact: nobody has bid yet; the quick buttons show the price they bid (the first: the start price)
        assertThat(a.text(By.id("hall-mine"))).isEqualTo("您尚未出价");
        assertThat(a.text(By.cssSelector(".ex-quick-1"))).isEqualTo("¥100,000.00");
        assertThat(a.text(By.cssSelector(".ex-quick-3"))).isEqualTo("¥102,000.00");
        assertThat(a.text(By.id("hall-ends"))).startsWith("结束于 ");
        // every bid is confirmed with one more tap
        a.click(By.cssSelector(".ex-quick-1"));
        a.waitFor().until(d -> !d.findElements(By.id("bid:confirmYes")).isEmpty());
        assertThat(a.text(By.id("confirm-amount"))).contains("100,000.00");
        assertThat(a.text(By.id("hall-leader"))).as("nothing placed before the confirmation").isEqualTo("—");
        a.click(By.id("bid:confirmYes"));
        a.waitFor().until(d -> d.findElement(By.id("hall-mine")).getText().equals("您是当前最高报价人"));
        // the page sent it over the hall's socket, and the answer came back on it after the commit
        a.waitFor().until(d -> d.findElement(By.id("hall-answer")).getText().equals("报价成功：¥100,000.00，已记录。"));
        assertThat(a.all(By.id("bid:confirmYes"))).as("the confirmation closed").isEmpty();
        b.waitFor().until(d -> d.findElement(By.id("hall-price")).getText().equals("¥100,000.00"));
        assertThat(b.text(By.id("hall-leader"))).isEqualTo(bidderA.code());
        assertThat(b.text(By.id("hall-mine"))).as("B has not bid: not outbid").isEqualTo("您尚未出价");
        b.waitFor().until(d -> d.findElement(By.cssSelector(".ex-quick-1")).getText().equals("¥101,000.00"));

        // the free period ends; B bids in the limited period and the countdown restarts on every screen
        for (Browser x : new Browser[] {a, b, watcher}) {
            x.waitFor(Duration.ofSeconds(20)).until(d -> d.findElement(By.id("hall-phase")).getText().equals("限时报价期"));
        }
        b.click(By.cssSelector(".ex-quick-1"));
        b.waitFor().until(d -> !d.findElements(By.id("bid:confirmYes")).isEmpty());
        b.click(By.id("bid:confirmYes"));
        b.waitFor().until(d -> d.findElement(By.id("hall-mine")).getText().equals("您是当前最高报价人"));
        a.waitFor().until(d -> d.findElement(By.id("hall-mine")).getText().equals("您已被超越"));
        for (Browser x : new Browser[] {a, watcher}) {
            x.waitFor().until(d -> d.findElement(By.id("hall-notice")).getText().contains("重新计时"));
            x.waitFor().until(d -> d.findElement(By.id("hall-price")).getText().equals("¥101,000.00"));
        }
        int left = seconds(watcher.text(By.id("hall-countdown")));
        assertThat(left).isBetween(6, 10);

        // A jumps by 19 increments: the confirmation says so
        a.widget("bid:amount", "setValue", "120000");
        a.click(By.id("bid:place"));
        a.waitFor().until(d -> !d.findElements(By.id("bid:confirmYes")).isEmpty());
        assertThat(a.text(By.id("confirm-amount"))).contains("120,000.00");
        assertThat(a.text(By.id("bid:confirm"))).contains("高出 10 个加价幅度以上");
        a.screenshot("hall-confirm-large-jump");
        a.click(By.id("bid:confirmYes"));
        a.waitFor().until(d -> d.findElement(By.id("hall-mine")).getText().equals("您是当前最高报价人"));
        b.waitFor().until(d -> d.findElement(By.id("hall-price")).getText().equals("¥120,000.00"));
        b.screenshot("hall-limited-period");

        // nobody bids for 10 s: the server closes the lot; all three see the same result
        String result = "竞价结束：竞买号 " + bidderA.code() + " 以 ¥120,000.00 竞得";
        for (Browser x : new Browser[] {a, b, watcher}) {
            x.waitFor(Duration.ofSeconds(25)).until(d -> d.findElement(By.id("hall-result")).getText().equals(result));
            assertThat(x.text(By.id("hall-phase"))).isEqualTo("已结束");
        }
        assertThat(b.find(By.cssSelector(".ex-quick-1")).isEnabled()).isFalse();
        // won / not won, with the next step
        assertThat(a.text(By.id("hall-mine"))).isEqualTo("您已竞得");
        assertThat(a.text(By.id("hall-next-won"))).contains("签署产权交易合同");
        assertThat(b.text(By.id("hall-mine"))).isEqualTo("未竞得");
        assertThat(b.text(By.id("hall-next-lost"))).contains("保证金");
        assertThat(b.all(By.id("hall-next-won"))).singleElement().satisfies(e -> assertThat(e.isDisplayed()).isFalse());
        String history = watcher.text(By.id("hall-history"));
        assertThat(history).contains(bidderA.code()).contains(bidderB.code()).doesNotContain("竞买测试公司");
        watcher.screenshot("hall-closed");
    }

    private static int seconds(String mmss) {
        String[] p = mmss.split(":");
        return Integer.parseInt(p[p.length - 2]) * 60 + Integer.parseInt(p[p.length - 1]);
    }

    private Browser signedIn(String username) {
        return Browser.signedIn(base, username, People.PASSWORD);
    }
}
