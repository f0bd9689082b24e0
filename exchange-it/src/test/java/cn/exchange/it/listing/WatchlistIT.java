package cn.exchange.it.listing;

import cn.exchange.it.support.Api;
import cn.exchange.it.support.AuctionFixture;
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
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 关注: a bidder follows a lot from its page and finds it on 我的关注; everyone sees how many follow,
 * never who; following twice counts once; only bidders follow, only public lots.
 */
@ExtendWith({ArquillianExtension.class, ScreenshotOnFailure.class})
@RunAsClient
class WatchlistIT {

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
    void aBidderFollowsALotAndEveryoneSeesHowManyFollowIt() throws Exception {
        Api api = new Api(base);
        String title = "关注测试标的 " + System.nanoTime() % 1_000_000;
        AuctionFixture.Draft draft = AuctionFixture.draft(api, title, "90000.00", "500.00");
        long lot = draft.lotId();
        // a lot not yet public cannot be followed, and its count is not told
        Api other = api.as(api.token(People.registerApproved(api, People.token(api, Who.REVIEWER), "ENTERPRISE_BIDDER",
                "关注测试企业" + System.nanoTime() % 100_000), People.PASSWORD));
        assertThat(other.method("PUT", "/api/watchlist/" + lot, "{}").status()).isEqualTo(404);
        assertThat(api.get("/api/watchlist/" + lot).status()).isEqualTo(404);
        draft.publish(api);

        // the bidder follows it on the lot page
        bidder = Browser.phone(base).go("/login.xhtml").signIn(People.username(api, Who.BIDDER), People.PASSWORD);
        bidder.go("/lot.xhtml?id=" + lot);
        assertThat(bidder.text(By.id("watch:followers"))).isEqualTo("0 人关注");
        bidder.click(By.id("watch:follow"));
        bidder.waitFor().until(d -> d.findElement(By.id("watch:followers")).getText().equals("1 人关注"));
        assertThat(bidder.all(By.id("watch:unfollow"))).hasSize(1);
        bidder.screenshot("watch-lot-phone");
        // another bidder, twice: counted once
        assertThat(other.method("PUT", "/api/watchlist/" + lot, "{}").json().getInt("followers")).isEqualTo(2);
        JsonObject again = other.method("PUT", "/api/watchlist/" + lot, "{}").json();
        assertThat(again.getInt("followers")).isEqualTo(2);
        assertThat(again.getBoolean("watching")).isTrue();
        // a visitor sees the count and is asked to sign in; nothing says who follows
        String page = api.get("/lot.xhtml?id=" + lot).body();
        assertThat(page).contains("2 人关注").contains("登录后关注").doesNotContain(People.username(api, Who.BIDDER));
        JsonObject anonymous = api.get("/api/watchlist/" + lot).json();
        assertThat(anonymous.getInt("followers")).isEqualTo(2);
        assertThat(anonymous.getBoolean("watching")).isFalse();
        assertThat(anonymous.keySet()).containsExactlyInAnyOrder("lotId", "followers", "watching");

        // 我的关注 lists it; leaving it there takes it off the list and the count
        bidder.go("/bidder/watchlist.xhtml");
        assertThat(bidder.text(By.id("list:lots"))).contains(title).contains("公告中");
        bidder.screenshot("watchlist-phone");
        bidder.click(By.cssSelector("#list\\:lots .ex-unfollow"));
        bidder.waitFor().until(d -> !d.findElements(By.id("watch-empty")).isEmpty() || !d.findElement(By.id("list")).getText().contains(title));
        assertThat(api.get("/api/watchlist/" + lot).json().getInt("followers")).isEqualTo(1);
        assertThat(other.post("/api/watchlist/" + lot + "/unwatch", "{}").json().getInt("followers")).isZero();
        assertThat(other.post("/api/watchlist/" + lot + "/unwatch", "{}").json().getInt("followers")).isZero();

        // only bidders follow lots; a visitor must sign in
        for (Who who : List.of(Who.AGENCY, Who.REVIEWER, Who.SUPERVISOR_AUDIT)) {
            assertThat(api.as(People.token(api, who)).method("PUT", "/api/watchlist/" + lot, "{}").status()).as(who.name()).isEqualTo(403);
        }
        assertThat(api.method("PUT", "/api/watchlist/" + lot, "{}").status()).isEqualTo(401);
    }
}
