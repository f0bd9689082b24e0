package cn.exchange.it.listing;

import cn.exchange.core.calendar.WorkingDayCalendar;
import cn.exchange.core.listing.DisclosureRules;
import cn.exchange.core.listing.ListingSettings;
import cn.exchange.it.support.Api;
import cn.exchange.it.support.ServerClock;
import cn.exchange.it.support.TestCalendars;
import cn.exchange.it.support.Browser;
import cn.exchange.it.support.People;
import cn.exchange.it.support.People.Who;
import cn.exchange.it.support.ScreenshotOnFailure;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In the browser: an agency registers a project with two lots, a reviewer publishes it, and the public board and the
 * lot page show it with the end date from the working-day calendar and a running countdown; the agency imports 600
 * vehicles from a file, and a file with one bad row is reported by row and field.
 */
@ExtendWith({ArquillianExtension.class, ScreenshotOnFailure.class})
@RunAsClient
class ListingBrowserIT {

    @ArquillianResource
    URL base;

    Browser agency;
    Browser reviewer;
    Browser visitor;

    @AfterEach
    void close() {
        for (Browser b : new Browser[] {agency, reviewer, visitor}) {
            if (b != null) {
                b.close();
            }
        }
    }

    @Test
    void anAgencyRegistersTwoLotsStaffPublishAndTheBoardCountsDown() {
        Api api = new Api(base);
        LocalDate today = ServerClock.today(api);
        String title = "区机关事务局公务用车处置" + System.nanoTime() % 100000;
        agency = Browser.open(base).go("/login.xhtml");
        signIn(agency, People.username(api, Who.AGENCY));
        agency.go("/agency/project-new.xhtml");
        agency.type(By.id("f:title"), title);
        fillLot(agency, today, 0, "公务用车 京B·20001", "60000.00", "5000.00");
        // a Dutch lot's own terms (docs/rules.md §2.1): offered when 荷式 is chosen, gone when it is not
        assertThat(agency.all(By.id("f:lots:0:dutchStartPrice_input"))).isEmpty();
        agency.widget("f:lots:0:biddingMethod", "selectValue", "ONLINE_ASCENDING");
        agency.widget("f:lots:0:biddingMethod", "selectValue", "DUTCH");
        agency.changed("f:lots:0:biddingMethod");
        agency.waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("f:lots:0:dutchStartPrice_input")));
        agency.widget("f:lots:0:biddingMethod", "selectValue", "ONLINE_ASCENDING");
        agency.changed("f:lots:0:biddingMethod");
        agency.waitFor().until(ExpectedConditions.invisibilityOfElementLocated(By.id("f:lots:0:dutchStartPrice_input")));
        agency.widget("f:lots:0:biddingMethod", "selectValue", "DUTCH");
        agency.changed("f:lots:0:biddingMethod");
        agency.waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("f:lots:0:dutchStartPrice_input")));
        for (String[] f : new String[][] {{"dutchStartPrice", "70000"}, {"dutchStep", "5000"}, {"dutchIntervalSeconds", "60"},
                {"dutchFloor", "60000"}}) {
            agency.widget("f:lots:0:" + f[0], "setValue", f[1]);
        }
        agency.click(By.id("f:addLot"));
        agency.waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("f:lots:1:title")));
        fillLot(agency, today, 1, "公务用车 京B·20002", "50000.00", "20000.00");
        agency.click(By.id("f:save"));
        // lot 2's deposit is above 30 %: refused next to that lot's field, nothing saved
        agency.waitFor().until(d -> d.findElement(By.id("f")).getText().contains("保证金不得超过挂牌价的 30%"));
        agency.screenshot("project-bad-deposit");
        agency.widget("f:lots:1:deposit", "setValue", "10000");
        agency.click(By.id("f:save"));
        agency.waitFor().until(d -> d.getCurrentUrl().contains("/agency/projects.xhtml"));
        assertThat(agency.text(By.id("list:projects"))).contains(title);
        // the confirmation shows once, not once per form of the page
        assertThat(agency.all(By.xpath("//*[contains(@class,'ui-messages-info-summary') and contains(., '已提交')]"))).hasSize(1);

        reviewer = Browser.open(base).go("/login.xhtml");
        signIn(reviewer, People.username(api, Who.REVIEWER));
        reviewer.go("/staff/projects.xhtml");
        reviewer.waitFor().until(d -> d.findElement(By.id("list:projects")).getText().contains(title));
        reviewer.find(By.xpath("//tr[.//span[@class='ex-project-title' and text()='" + title + "']]//button[contains(@class,'ex-open')]")).click();
        reviewer.waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("publish:go")));
        reviewer.click(By.id("publish:go"));
        reviewer.waitFor().until(d -> d.getPageSource().contains("挂牌公告已发布"));
        reviewer.screenshot("project-published");

        // the Dutch terms entered on the form are the lot's
        var dutchLot = api.get("/api/board/lots?q=" + java.net.URLEncoder.encode("京B·20001", java.nio.charset.StandardCharsets.UTF_8)
                + "&limit=100").json().getJsonArray("rows").stream().map(v -> v.asJsonObject())
                .filter(o -> o.getString("title").equals("公务用车 京B·20001")).mapToLong(o -> o.getJsonNumber("lotId").longValue()).max()
                .orElseThrow();
        var dutch = api.get("/api/board/lots/" + dutchLot).json().getJsonObject("lot").getJsonObject("dutch");
        assertThat(dutch.getJsonNumber("startPrice").bigDecimalValue()).isEqualByComparingTo("70000.00");
        assertThat(dutch.getJsonNumber("floor").bigDecimalValue()).isEqualByComparingTo("60000.00");
        assertThat(dutch.getInt("intervalSeconds")).isEqualTo(60);

        // the expected end: 5 working days (an asset transfer ≤ CNY 1 m, rule 5) counted from the publication, at 17:00
        var found = api.get("/api/board/lots?q=" + java.net.URLEncoder.encode("京B·20002", java.nio.charset.StandardCharsets.UTF_8)
                + "&limit=100").json().getJsonArray("rows");
        long lotId = found.stream().map(v -> v.asJsonObject()).filter(o -> o.getString("title").equals("公务用车 京B·20002"))
                .mapToLong(o -> o.getJsonNumber("lotId").longValue()).max().orElseThrow();
        OffsetDateTime publishedAt = OffsetDateTime.parse(api.get("/api/board/lots/" + lotId).json().getJsonArray("notices")
                .getJsonObject(0).getString("publishedAt"));
        WorkingDayCalendar cal = TestCalendars.asEntered(api);
        String expectedEnd = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                .format(DisclosureRules.endsAt(DisclosureRules.firstDay(publishedAt, cal, ListingSettings.DEFAULTS), 5, cal,
                        ListingSettings.DEFAULTS).atZoneSameInstant(ZoneId.of("Asia/Shanghai")));

        visitor = Browser.open(base).go("/board.xhtml");
        visitor.type(By.id("filter:q"), "京B·20002");
        visitor.click(By.id("filter:search"));
        visitor.waitFor().until(d -> d.findElement(By.id("board:lots")).getText().contains("公务用车 京B·20002"));
        assertThat(visitor.text(By.id("board:lots"))).contains(expectedEnd).contains("公告中").contains("50,000.00 元");
        visitor.screenshot("board");
        visitor.find(By.linkText("公务用车 京B·20002")).click();
        visitor.waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("countdown")));
        assertThat(visitor.text(By.id("lot-ends"))).isEqualTo(expectedEnd);
        String first = visitor.text(By.id("countdown"));
        assertThat(first).matches("\\d+天 \\d{2}时 \\d{2}分 \\d{2}秒");
        visitor.waitFor().withTimeout(Duration.ofSeconds(5)).until(d -> !d.findElement(By.id("countdown")).getText().equals(first));
        assertThat(visitor.text(By.id("notices"))).contains("挂牌公告");
        visitor.screenshot("lot-countdown");
    }

    @Test
    void sixHundredVehiclesImportFromAFileAndABadRowIsReportedByRowAndField() throws Exception {
        Api api = new Api(base);
        LocalDate today = ServerClock.today(api);
        Api agencyApi = api.as(People.token(api, Who.AGENCY));
        String title = "市直单位车辆批量处置" + System.nanoTime() % 100000;
        long id = agencyApi.post("/api/projects", Lots.project(title, "ADMINISTRATIVE_ASSET",
                java.util.List.of(Lots.lot(today, "首批车辆", "40000.00", "40000.00", "5000.00")))).json().getJsonNumber("id").longValue();
        Path bad = Files.createTempFile("vehicles-bad", ".csv");
        Files.writeString(bad, Lots.vehicles(today, 600, 451));
        Path good = Files.createTempFile("vehicles", ".csv");
        Files.writeString(good, Lots.vehicles(today, 600, 0));

        agency = Browser.open(base).go("/login.xhtml");
        signIn(agency, People.username(api, Who.AGENCY));
        agency.go("/agency/projects.xhtml");
        agency.widget("import:project", "selectValue", Long.toString(id));
        // what a click on the item does besides: the menu's change behaviour posts the choice
        agency.changed("import:project");
        agency.waitFor().until(d -> d.findElement(By.id("import:project_label")).getText().contains(title));
        upload(agency, bad);
        agency.waitFor(Duration.ofSeconds(60)).until(d -> !d.findElements(By.id("import:problems")).isEmpty()
                || !d.findElement(By.id("import:messages")).getText().isBlank());
        assertThat(agency.all(By.id("import:problems"))).as(agency.text(By.id("import:messages"))).isNotEmpty();
        assertThat(agency.text(By.id("import:problems"))).contains("451").contains("保证金不得超过挂牌价的 30%");
        // the column as the clerk's file names it, not the field's code
        assertThat(agency.text(By.cssSelector("#import\\:problems .ex-field-name"))).isEqualTo("保证金");
        assertThat(agency.text(By.id("import"))).contains("未保存任何标的");
        agency.screenshot("import-bad-row");

        upload(agency, good);
        agency.waitFor(Duration.ofSeconds(120)).until(d -> d.findElement(By.id("import")).getText().contains("已保存 600 个标的"));
        agency.screenshot("import-600");
        assertThat(agencyApi.get("/api/projects/" + id).json().getJsonArray("lots")).hasSize(601);
    }

    private static void upload(Browser b, Path file) {
        // the file input of an advanced upload is hidden behind its button; a file input takes keys all the same
        WebElement input = b.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#import\\:file input[type=file]")));
        input.sendKeys(file.toAbsolutePath().toString());
    }

    private static void fillLot(Browser b, LocalDate today, int i, String title, String price, String deposit) {
        String p = "f:lots:" + i + ":";
        b.type(By.id(p + "title"), title);
        b.type(By.id(p + "region"), "北京");
        b.type(By.id(p + "appraiser"), "北京某资产评估有限公司");
        b.typeDate(p + "valuationBaseDate", today.minusMonths(1).toString());
        for (String[] f : new String[][] {{"appraisedValue", price}, {"listingPrice", price}, {"deposit", deposit}, {"increment", "500"}}) {
            b.widget(p + f[0], "setValue", f[1]);
        }
    }

    static void signIn(Browser b, String username) {
        b.signIn(username, People.PASSWORD);
    }
}
