package cn.exchange.it.auction;

import cn.exchange.it.support.Api;
import cn.exchange.it.support.AuctionFixture;
import cn.exchange.it.support.AuctionFixture.Bidder;
import cn.exchange.it.support.AuctionFixture.Session;
import cn.exchange.it.support.Browser;
import cn.exchange.it.support.People;
import cn.exchange.it.support.ScreenshotOnFailure;
import cn.exchange.it.support.TestDatabase;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Rectangle;

import java.net.URL;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On a phone's screen (390 × 844): the board and 我的报名 fit the width (tables become cards)
 * and the payment reference a bidder copies into the bank remark is whole on screen; in the hall the phase, price and
 * countdown stay pinned at the top and the bid bar at the bottom however far the page is scrolled, and a bid is placed
 * and confirmed with the thumb.
 */
@ExtendWith({ArquillianExtension.class, ScreenshotOnFailure.class})
@RunAsClient
class PhoneBrowserIT {

    static final int WIDTH = 390;
    static final int HEIGHT = 844;

    @ArquillianResource
    URL base;

    Browser phone;

    @AfterEach
    void close() {
        if (phone != null) {
            phone.close();
        }
    }

    @Test
    void onAPhoneListsFitTheScreenAndTheHallKeepsPriceCountdownAndBidBarInView() throws Exception {
        Api api = new Api(base);
        Session s = AuctionFixture.session(api, 2, "100000.00", "1000.00", null, 3600, 0, 12);
        Bidder a = s.bidders().get(0);
        phone = Browser.phone(base).go("/login.xhtml").signIn(a.username(), People.PASSWORD);

        phone.go("/board.xhtml");
        assertThat(((Number) phone.driver().executeScript("return window.innerWidth")).longValue()).as("a phone's viewport").isEqualTo(WIDTH);
        assertThat(pageWidth()).as("the board fits a phone's width").isLessThanOrEqualTo(WIDTH);
        phone.screenshot("phone-board");

        phone.go("/bidder/applications.xhtml");
        assertThat(pageWidth()).as("我的报名 fits a phone's width").isLessThanOrEqualTo(WIDTH);
        String reference = reference(s.lotId(), a.code());
        var shown = phone.all(By.cssSelector(".ex-reference")).stream().filter(e -> e.getText().equals(reference)).findFirst();
        assertThat(shown).as("the payment reference " + reference + " whole on screen").isPresent();
        Rectangle r = shown.get().getRect();
        assertThat(r.getX() + r.getWidth()).isLessThanOrEqualTo(WIDTH);
        phone.screenshot("phone-applications");

        String hall = "/hall.xhtml?lot=" + s.lotId();
        phone.go(hall);
        AuctionFixture.reschedule(api, s, 3, 0, 12);
        phone.waitFor(Duration.ofSeconds(20)).until(d -> d.findElement(By.id("hall-phase")).getText().equals("限时报价期"));
        // pinned by the phone layout itself: the board sticks to the top, the bid bar is fixed to the bottom
        assertThat(phone.driver().executeScript("return getComputedStyle(document.querySelector('.ex-hall-board')).position"))
                .isEqualTo("sticky");
        assertThat(phone.driver().executeScript("return getComputedStyle(document.querySelector('.ex-hall-bar')).position"))
                .isEqualTo("fixed");
        assertThat(((Number) phone.driver().executeScript("return document.documentElement.scrollHeight - window.innerHeight")).longValue())
                .as("the hall is longer than a phone's screen").isPositive();
        phone.driver().executeScript("window.scrollTo(0, document.documentElement.scrollHeight)");
        for (String id : new String[] {"hall-price", "hall-countdown", "hall-phase"}) {
            assertThat(inView(phone.find(By.id(id)))).as(id + " stays on screen when scrolled to the end").isTrue();
        }
        assertThat(inView(phone.find(By.cssSelector(".ex-quick-1")))).as("the bid bar stays on screen").isTrue();
        phone.click(By.cssSelector(".ex-quick-1"));
        phone.waitFor().until(d -> !d.findElements(By.id("bid:confirmYes")).isEmpty());
        assertThat(inView(phone.find(By.id("bid:confirmYes")))).as("the confirmation is on screen").isTrue();
        phone.screenshot("phone-hall-confirm");
        phone.click(By.id("bid:confirmYes"));
        phone.waitFor().until(d -> d.findElement(By.id("hall-mine")).getText().equals("您是当前最高报价人"));
        phone.screenshot("phone-hall-limited");

        phone.waitFor(Duration.ofSeconds(30)).until(d -> d.findElement(By.id("hall-mine")).getText().equals("您已竞得"));
        assertThat(pageWidth()).isLessThanOrEqualTo(WIDTH);
        phone.screenshot("phone-hall-closed");
    }

    private long pageWidth() {
        return ((Number) phone.driver().executeScript("return document.documentElement.scrollWidth")).longValue();
    }

    /** Whether the element is wholly inside the viewport as it is scrolled now. */
    private boolean inView(org.openqa.selenium.WebElement e) {
        return (Boolean) phone.driver().executeScript("var r = arguments[0].getBoundingClientRect();"
                + " return r.width > 0 && r.top >= 0 && r.left >= 0 && r.bottom <= window.innerHeight && r.right <= window.innerWidth;", e);
    }

    private static String reference(long lotId, String code) throws Exception {
        try (Connection c = TestDatabase.dataSource().getConnection(); Statement q = c.createStatement();
             ResultSet rs = q.executeQuery("select payment_reference from application where lot_id = " + lotId + " and bidder_code = '"
                     + code + "'")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
