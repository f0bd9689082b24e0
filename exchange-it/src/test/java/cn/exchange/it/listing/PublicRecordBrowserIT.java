package cn.exchange.it.listing;

import cn.exchange.it.support.Api;
import cn.exchange.it.support.AuctionFixture;
import cn.exchange.it.support.Browser;
import cn.exchange.it.support.ScreenshotOnFailure;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public record as a visitor reads it: the notices list with its search, the board's search
 * kept in the address, and the open-data page.
 */
@ExtendWith({ArquillianExtension.class, ScreenshotOnFailure.class})
@RunAsClient
class PublicRecordBrowserIT {

    @ArquillianResource
    URL base;

    Browser visitor;
    Browser other;

    @AfterEach
    void close() {
        for (Browser b : new Browser[] {visitor, other}) {
            if (b != null) {
                b.close();
            }
        }
    }

    @Test
    void aVisitorSearchesTheNoticesAndTheBoardAndSharesTheAddress() throws Exception {
        Api api = new Api(base);
        String title = "公告检索测试 " + System.nanoTime() % 1_000_000;
        AuctionFixture.Draft draft = AuctionFixture.draft(api, title, "80000.00", "500.00");
        String number = draft.number();
        draft.publish(api);

        // the notices list finds the lot's announcement by its project number, in the address
        String html = api.get("/notices.xhtml?q=" + enc(number)).body();
        assertThat(html).contains("共 1 条公告").contains(title).contains("挂牌公告");
        // by kind: the lot has no termination notice
        assertThat(api.get("/notices.xhtml?q=" + enc(number) + "&kind=TERMINATION").body()).contains("没有符合条件的公告");
        // the words are words, not patterns: "%" after the number matches nothing
        assertThat(api.get("/notices.xhtml?q=" + enc(number + "%")).body()).contains("共 0 条公告");
        // a hand-edited address is read leniently, never an error page
        Api.Answer odd = api.get("/notices.xhtml?kind=NOPE&page=abc&q=" + enc(number));
        assertThat(odd.status()).isEqualTo(200);
        assertThat(odd.body()).contains("共 1 条公告");
        assertThat(api.get("/notices.xhtml?q=" + enc(number), "Cookie", "lang=en").body()).contains("1 notices").contains("Listing announcement");

        // in the browser: the search form keeps its words in the address, the result links to the lot
        visitor = Browser.phone(base).go("/notices.xhtml");
        visitor.type(By.id("q"), number);
        visitor.click(By.id("go"));
        visitor.waitFor().until(d -> d.getCurrentUrl().contains("q=" + number));
        assertThat(visitor.text(By.id("notices"))).contains(title);
        visitor.screenshot("notices-phone");
        visitor.click(By.cssSelector("#notices a.ex-notice-title"));
        visitor.waitFor().until(d -> d.getCurrentUrl().contains("/lot.xhtml?id="));

        // the board's search goes into the address; another browser opening it sees the same search
        visitor.go("/board.xhtml");
        visitor.type(By.id("filter:q"), title);
        visitor.widget("filter:status", "selectValue", "");
        visitor.click(By.id("filter:search"));
        visitor.waitFor().until(d -> d.getCurrentUrl().contains("status=all"));
        String address = visitor.driver().getCurrentUrl();
        assertThat(address).contains("q=%E5%85%AC%E5%91%8A"); // 公告…
        assertThat(visitor.text(By.id("board:lots"))).contains(title);
        other = Browser.open(base);
        other.driver().get(address);
        other.waitFor().until(d -> d.findElement(By.id("board:lots")).getText().contains(title));
        assertThat(other.find(By.id("filter:q")).getAttribute("value")).isEqualTo(title);
        assertThat(other.all(By.cssSelector("#board\\:lots .ex-lot-link"))).hasSize(1);
        // nonsense in the address: ignored, the board still answers
        Api.Answer board = api.get("/board.xhtml?category=BOGUS&min=abc&max=-5&status=NOPE&sort=drop");
        assertThat(board.status()).isEqualTo(200);
        assertThat(board.body()).contains("挂牌项目公告");

        // the open data explained, its links answering
        other.go("/open-data.xhtml");
        assertThat(other.text(By.id("datasets"))).contains("公告", "成交结果", "交易凭证");
        for (String path : List.of("/api/open/notices?after=0&limit=20", "/api/open/results.csv")) {
            assertThat(other.all(By.cssSelector("a[href$='" + path + "']"))).as(path).hasSize(1);
            assertThat(api.get(path).status()).as(path).isEqualTo(200);
        }
        other.screenshot("open-data");
    }

    @Test
    void theBoardsPageIsInTheAddressToo() throws Exception {
        Api api = new Api(base);
        String prefix = "分页测试 " + System.nanoTime() % 1_000_000;
        List<Object> lots = new java.util.ArrayList<>();
        for (int i = 1; i <= 23; i++) {
            java.util.Map<String, Object> lot = new java.util.LinkedHashMap<>(AuctionFixture.lot(api, "50000.00", "500.00", null));
            lot.put("title", prefix + " 第" + i + "号");
            lots.add(lot);
        }
        Api.Answer project = api.as(cn.exchange.it.support.People.token(api, cn.exchange.it.support.People.Who.AGENCY))
                .post("/api/projects", java.util.Map.of("title", prefix, "category", "ENTERPRISE_ASSET", "lots", lots));
        assertThat(project.status()).as(project.toString()).isEqualTo(201);
        new AuctionFixture.Draft(project.json().getJsonNumber("id").longValue(), 0, project.json().getString("number")).publish(api);

        // the next page: the address says so, and opening that address elsewhere shows the same page
        visitor = Browser.phone(base).go("/board.xhtml?q=" + enc(prefix));
        visitor.waitFor().until(d -> d.findElements(By.cssSelector("#board\\:lots .ex-lot-link")).size() == 20);
        visitor.click(By.cssSelector("#board\\:lots .ui-paginator-next"));
        visitor.waitFor().until(d -> d.getCurrentUrl().contains("page=2"));
        visitor.waitFor().until(d -> d.findElements(By.cssSelector("#board\\:lots .ex-lot-link")).size() == 3);
        String address = visitor.driver().getCurrentUrl();
        assertThat(address).contains("q=" + enc(prefix));
        other = Browser.open(base);
        other.driver().get(address);
        other.waitFor().until(d -> d.findElements(By.cssSelector("#board\\:lots .ex-lot-link")).size() == 3);
        assertThat(other.text(By.cssSelector("#board\\:lots .ui-paginator-page.ui-state-active"))).isEqualTo("2");
        // fifty a page, in the address; nonsense pages are the first
        other.driver().get(base + "board.xhtml?q=" + enc(prefix) + "&rows=50");
        other.waitFor().until(d -> d.findElements(By.cssSelector("#board\\:lots .ex-lot-link")).size() == 23);
        Api.Answer odd = api.get("/board.xhtml?q=" + enc(prefix) + "&page=abc&rows=7");
        assertThat(odd.status()).isEqualTo(200);
        assertThat(odd.body().split("ex-lot-link\">" + prefix, -1)).as("the first page of 20").hasSize(21);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
