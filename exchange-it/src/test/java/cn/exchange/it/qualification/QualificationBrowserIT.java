package cn.exchange.it.qualification;

import cn.exchange.it.support.Api;
import cn.exchange.it.support.AuctionFixture;
import cn.exchange.it.support.ServerClock;
import cn.exchange.it.support.Browser;
import cn.exchange.it.support.People;
import cn.exchange.it.support.People.Who;
import cn.exchange.it.support.ScreenshotOnFailure;
import cn.exchange.it.support.TestDatabase;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole qualification path in the browser: two bidders apply on the lot page, their deposits arrive through a
 * statement the settlement clerk imports, the reviewer qualifies them, the agency confirms (seeing no names), the
 * operator concludes — both bidders see their bidder codes — and schedules the auction; a lot with one qualified
 * bidder goes to a negotiated transfer, refused below the listing price.
 */
@ExtendWith({ArquillianExtension.class, ScreenshotOnFailure.class})
@RunAsClient
class QualificationBrowserIT {

    @ArquillianResource
    URL base;

    Browser bidderA;
    Browser bidderB;
    Browser staff;
    Browser agency;

    @AfterEach
    void close() {
        for (Browser b : new Browser[] {bidderA, bidderB, staff, agency}) {
            if (b != null) {
                b.close();
            }
        }
    }

    @Test
    void twoBiddersToAnAuctionOneBidderToANegotiatedTransfer() throws Exception {
        Api api = new Api(base);
        long seq = System.nanoTime() % 100000;
        String reviewerToken = People.token(api, Who.REVIEWER);
        String nameA = "浏览器甲公司" + seq;
        String nameB = "浏览器乙公司" + seq;
        String userA = People.registerApproved(api, reviewerToken, "ENTERPRISE_BIDDER", nameA);
        String userB = People.registerApproved(api, reviewerToken, "ENTERPRISE_BIDDER", nameB);
        Api agencyApi = api.as(People.token(api, Who.AGENCY));
        List<Map<String, Object>> lots = new ArrayList<>(List.of(AuctionFixture.lotTitled(api, "浏览器竞价标的" + seq, "100000.00", "100000.00"),
                AuctionFixture.lotTitled(api, "浏览器协议标的" + seq, "100000.00", "100000.00")));
        JsonObject project = agencyApi.post("/api/projects", Map.of("title", "资格浏览器测试" + seq, "category", "ENTERPRISE_ASSET",
                "lots", lots)).json();
        JsonObject published = api.as(reviewerToken).post("/api/projects/" + project.getJsonNumber("id") + "/publish", "{}").json();
        long lot = published.getJsonArray("lots").getJsonObject(0).getJsonNumber("id").longValue();
        long single = published.getJsonArray("lots").getJsonObject(1).getJsonNumber("id").longValue();

        // two bidders apply on the lot page
        bidderA = signedIn(userA);
        String refA = apply(bidderA, lot);
        apply(bidderA, single);
        bidderB = signedIn(userB);
        String refB = apply(bidderB, lot);
        assertThat(bidderB.text(By.id("applications"))).doesNotContain(nameA).contains("材料齐全");

        // the clerk imports the bank statement
        staff = signedIn(People.username(api, Who.SETTLEMENT));
        staff.go("/staff/deposits.xhtml");
        String refSingle = api.as(api.token(userA, People.PASSWORD)).get("/api/qualification/applications/mine").array().stream()
                .map(v -> v.asJsonObject()).filter(o -> o.getJsonNumber("lotId").longValue() == single).findFirst().orElseThrow()
                .getString("paymentReference");
        String now = ServerClock.statementTime(api);
        Path statement = Files.createTempFile("statement", ".csv");
        Files.writeString(statement, "银行流水号,入账时间,金额,付款人名称,付款人账号,附言\n"
                + "W" + seq + "-1," + now + ",20000.00," + nameA + ",6222001," + refA + "\n"
                + "W" + seq + "-2," + now + ",20000.00," + nameB + ",6222002," + refB + "\n"
                + "W" + seq + "-3," + now + ",20000.00," + nameA + ",6222001," + refSingle + "\n");
        WebElement file = staff.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#statement\\:file input[type=file]")));
        file.sendKeys(statement.toAbsolutePath().toString());
        staff.waitFor(Duration.ofSeconds(30)).until(d -> d.findElement(By.id("statement")).getText().contains("已匹配（保证金、价款、退款及划转） 3 笔"));
        staff.screenshot("deposits-imported");
        staff.close();

        // the announcements end
        try (Connection c = TestDatabase.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("update lot set ends_at = " + ServerClock.sql(api) + " - interval '1 minute' where id in (" + lot + ", " + single + ")");
        }
        AuctionFixture.awaitStatus(api, lot, "DISCLOSURE_ENDED");
        AuctionFixture.awaitStatus(api, single, "DISCLOSURE_ENDED");

        // the reviewer qualifies all three applications
        staff = signedIn(People.username(api, Who.REVIEWER));
        for (long l : new long[] {lot, single}) {
            openLot(staff, l);
            for (var v : api.as(reviewerToken).get("/api/qualification/lots/" + l + "/applications").array()) {
                staff.widget("act:application", "selectValue", v.asJsonObject().getJsonNumber("id").toString());
                staff.click(By.id("act:qualify"));
                staff.waitFor().until(d -> d.findElement(By.id("act:messages")).getText().contains("已保存"));
            }
        }
        // the opinion in words, not its code; the documents chosen on the apply form, each to open
        assertThat(staff.text(By.id("act:applications"))).contains(nameA).contains("符合受让条件").doesNotContain("QUALIFIED")
                .contains("营业执照：businessLicence.pdf").contains("竞买承诺书（签署版）：commitmentLetter.pdf").doesNotContain("缺少");
        staff.screenshot("qualification-reviewed");
        staff.close();

        // the agency agrees, without seeing who applied
        agency = signedIn(People.username(api, Who.AGENCY));
        agency.go("/agency/confirmations.xhtml");
        assertThat(agency.text(By.id("confirm:applications"))).doesNotContain(nameA).doesNotContain(nameB).contains("意向受让方");
        for (int i = 0; i < 3; i++) {
            agency.waitFor().until(ExpectedConditions.elementToBeClickable(By.xpath(
                    "//tr[contains(., '" + seq + "')]//button[contains(., '同意')]"))).click();
            int done = i + 1;
            // the reply shown as the agency's word, its button gone
            agency.waitFor().until(d -> d.findElements(By.xpath("//tr[contains(., '" + seq + "') and contains(., '同意')"
                    + " and not(.//button[contains(., '同意')])]")).size() >= done);
        }
        agency.screenshot("agency-confirmed");

        // the operator concludes: two qualified → auction; one → negotiated transfer
        staff = signedIn(People.username(api, Who.OPERATOR));
        openLot(staff, lot);
        staff.click(By.id("act:conclude"));
        staff.waitFor().until(d -> d.findElement(By.id("act:messages")).getText().contains("已保存"));
        staff.type(By.id("act:startsAt_input"), ServerClock.today(api).plusDays(7) + " 10:00");
        staff.find(By.id("act:startsAt_input")).sendKeys(Keys.ESCAPE);
        staff.click(By.id("act:schedule"));
        staff.waitFor().until(d -> d.findElement(By.id("act:messages")).getText().contains("已保存"));
        assertThat(api.get("/api/board/lots/" + lot).json().getJsonObject("lot").getString("status")).isEqualTo("AUCTION_SCHEDULED");

        openLot(staff, single);
        staff.click(By.id("act:conclude"));
        staff.waitFor().until(d -> d.findElement(By.id("act:messages")).getText().contains("已保存"));
        staff.widget("act:price", "setValue", "99999.99");
        staff.click(By.id("act:deal"));
        staff.waitFor().until(d -> d.findElement(By.id("act")).getText().contains("协议成交价不得低于挂牌价"));
        staff.widget("act:price", "setValue", "100000");
        staff.click(By.id("act:deal"));
        staff.waitFor().until(d -> d.findElement(By.id("act:messages")).getText().contains("已保存"));
        assertThat(api.get("/api/board/lots/" + single).json().getJsonObject("lot").getString("status")).isEqualTo("NEGOTIATED_DEAL");

        // both bidders see their own bidder codes, and only their own
        bidderA.go("/bidder/applications.xhtml");
        bidderB.go("/bidder/applications.xhtml");
        String codeA = bidderA.text(By.xpath("//tr[contains(., '浏览器竞价标的" + seq + "')]//strong[@class='ex-code']"));
        String codeB = bidderB.text(By.xpath("//tr[contains(., '浏览器竞价标的" + seq + "')]//strong[@class='ex-code']"));
        assertThat(codeA).matches("\\d{4}");
        assertThat(codeB).matches("\\d{4}").isNotEqualTo(codeA);
        assertThat(bidderA.text(By.id("applications"))).doesNotContain(codeB).doesNotContain(nameB);
        bidderA.screenshot("bidder-code");
    }

    private Browser signedIn(String username) {
        return Browser.signedIn(base, username, People.PASSWORD);
    }

    /** Applies on the lot's page with the documents an enterprise needs (rule 38), chosen in the form's file fields. */
    private static String apply(Browser b, long lot) throws Exception {
        b.go("/lot.xhtml?id=" + lot);
        b.click(By.cssSelector("#apply\\:commitmentAccepted .ui-chkbox-box"));
        for (String field : List.of("businessLicence", "commitmentLetter")) {
            Path pdf = Files.createTempDirectory("docs").resolve(field + ".pdf");
            Files.writeString(pdf, "%PDF-1.7\n" + field + "\n%%EOF");
            b.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.xpath("//input[@type='file' and contains(@id, 'apply:" + field
                    + "')]"))).sendKeys(pdf.toAbsolutePath().toString());
        }
        b.click(By.id("apply:submit"));
        b.waitFor().until(d -> d.getCurrentUrl().contains("/bidder/applications.xhtml"));
        String text = b.text(By.id("top"));
        assertThat(text).contains("付款参考号");
        return text.replaceAll(".*(8866\\d{11}).*", "$1").trim();
    }

    private static void openLot(Browser b, long lot) {
        b.go("/staff/qualification.xhtml?lot=" + lot);
        b.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("act:application")));
    }
}
