package cn.exchange.it.auction;

import cn.exchange.it.support.Api;
import cn.exchange.it.support.AuctionFixture;
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
import org.openqa.selenium.WebElement;

import java.net.URL;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The operator console names each session's lot, phase, start, end and time left, offers pause and
 * annulment only on a running session and resume only on a paused one, each row with its own reason; the pause and the
 * annulment (rule 25) work from here.
 */
@ExtendWith({ArquillianExtension.class, ScreenshotOnFailure.class})
@RunAsClient
class ConsoleBrowserIT {

    @ArquillianResource
    URL base;

    Browser operator;

    @AfterEach
    void close() {
        if (operator != null) {
            operator.close();
        }
    }

    @Test
    void eachRowNamesItsLotAndOffersOnlyTheActionsThatApplyWithItsOwnReason() throws Exception {
        Api api = new Api(base);
        Session running = AuctionFixture.session(api, 2, "50000.00", "500.00", null, 2, 0, 120);
        Session later = AuctionFixture.session(api, 2, "60000.00", "500.00", null, 3600, 60, 300);
        AuctionFixture.awaitPhase(api, running.lotId(), "LIMITED", 20);
        String title = api.get("/api/board/lots/" + running.lotId()).json().getJsonObject("lot").getString("title");

        operator = Browser.signedIn(base, People.username(api, People.Who.OPERATOR), People.PASSWORD).go("/staff/auctions.xhtml");
        WebElement row = row(running.lotId());
        assertThat(row.getText()).contains(title).contains("限时报价期").contains("50,000.00").doesNotContain("LIMITED");
        assertThat(row.findElements(By.cssSelector(".ex-pause"))).hasSize(1);
        assertThat(row.findElements(By.cssSelector(".ex-annul"))).hasSize(1);
        assertThat(row.findElements(By.cssSelector(".ex-resume"))).isEmpty();
        WebElement waiting = row(later.lotId());
        assertThat(waiting.getText()).contains("未开始");
        assertThat(waiting.findElements(By.cssSelector("button"))).as("no action on a session not started").isEmpty();
        operator.screenshot("console-running-and-scheduled");

        // the lot page says the lot is bidding now and leads to the hall; a scheduled one is only 待竞价
        operator.go("/lot.xhtml?id=" + running.lotId());
        assertThat(operator.text(By.id("lot-status"))).isEqualTo("竞价中");
        assertThat(operator.text(By.id("hall-link"))).contains("竞价中 · 当前价 50,000.00 元").contains("进入竞价大厅");
        operator.go("/lot.xhtml?id=" + later.lotId());
        assertThat(operator.text(By.id("lot-status"))).isEqualTo("待竞价");
        operator.go("/staff/auctions.xhtml");

        // a pause without a reason is refused with the field named; with its own reason it pauses that row only
        row(running.lotId()).findElement(By.cssSelector(".ex-pause")).click();
        operator.waitFor().until(d -> d.findElement(By.id("console:messages")).getText().contains("原因"));
        row(running.lotId()).findElement(By.cssSelector(".ex-console-reason")).sendKeys("机房网络中断");
        row(running.lotId()).findElement(By.cssSelector(".ex-pause")).click();
        operator.waitFor(Duration.ofSeconds(10)).until(d -> row(running.lotId()).getText().contains("已暂停"));
        assertThat(row(running.lotId()).findElements(By.cssSelector(".ex-resume"))).hasSize(1);
        assertThat(api.get("/api/auctions/" + running.lotId()).json().getString("phase")).isEqualTo("PAUSED");
        assertThat(api.get("/api/auctions/" + later.lotId()).json().getString("phase")).isEqualTo("NOT_STARTED");

        // annulled from the console: the row says it awaits its re-run, with no action left
        row(running.lotId()).findElement(By.cssSelector(".ex-console-reason")).sendKeys("撮合服务中断，本场作废");
        row(running.lotId()).findElement(By.cssSelector(".ex-annul")).click();
        operator.waitFor(Duration.ofSeconds(10)).until(d -> row(running.lotId()).getText().contains("待重新竞价"));
        assertThat(row(running.lotId()).findElements(By.cssSelector("button"))).isEmpty();
        assertThat(api.get("/api/auctions/" + running.lotId()).json().getBoolean("awaitingRerun")).isTrue();
    }

    private WebElement row(long lotId) {
        return operator.find(By.xpath("//tr[.//a[@href='/hall.xhtml?lot=" + lotId + "']]"));
    }
}
