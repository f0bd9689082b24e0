package cn.exchange.it.listing;

import cn.exchange.core.calendar.WorkingDayCalendar;
import cn.exchange.core.listing.DisclosureRules;
import cn.exchange.core.listing.ListingSettings;
import cn.exchange.it.support.Api;
import cn.exchange.it.support.People;
import cn.exchange.it.support.People.Who;
import cn.exchange.it.support.ServerClock;
import cn.exchange.it.support.TestCalendars;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import cn.exchange.it.support.Browser;
import cn.exchange.it.support.ScreenshotOnFailure;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rules 3 and 4 through the API: a change of control is pre-disclosed (a notice of its own on the board) and is not
 * formally announced before its pre-disclosure ran its period; a capital increase whose pre-disclosure still runs is
 * announced for the full 40 working days; a late filing is refused by field; only the reviewer files one.
 */
@ExtendWith({ArquillianExtension.class, ScreenshotOnFailure.class})
@RunAsClient
class PreDisclosureIT {

    @ArquillianResource
    URL base;

    Api api;
    LocalDate today;
    Browser reviewer;

    @AfterEach
    void close() {
        if (reviewer != null) {
            reviewer.close();
        }
    }

    @BeforeEach
    void setUp() {
        api = new Api(base);
        today = ServerClock.today(api);
    }

    private long register(Api agency, String category, boolean controlChange, String title) {
        Map<String, Object> project = Lots.project(title, category, List.of(
                Lots.lot(today, "目标公司 51% 股权", "30000000.00", "30000000.00", "3000000.00")));
        project.put("controlChange", controlChange);
        Api.Answer created = agency.post("/api/projects", project);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().getBoolean("controlChange")).isEqualTo(controlChange);
        return created.json().getJsonNumber("id").longValue();
    }

    /** The id of the newest notice on the board's feed (paged through, 500 at a time). */
    private long lastNoticeId() {
        long last = 0;
        while (true) {
            var page = api.get("/api/board/notices?after=" + last + "&limit=500").array();
            if (page.isEmpty()) {
                return last;
            }
            last = page.getJsonObject(page.size() - 1).getJsonNumber("id").longValue();
        }
    }

    @Test
    void aChangeOfControlIsPreDisclosedOnTheBoardAndAnnouncedOnlyAfterItsPeriod() {
        Api agency = api.as(People.token(api, Who.AGENCY));
        Api reviewer = api.as(People.token(api, Who.REVIEWER));
        long id = register(agency, "EQUITY_TRANSFER", true, "某国有企业控股权转让 " + System.nanoTime());

        // rule 3: no formal announcement without a pre-disclosure
        Api.Answer refused = reviewer.post("/api/projects/" + id + "/publish", "{}", "Accept-Language", "zh-CN");
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.json().getString("code")).isEqualTo("preDisclosure.required");
        assertThat(refused.json().getString("message")).contains("信息预披露");

        // only the reviewer files it; the agency and a supervisor are refused
        String body = Api.json(Map.of("basisDate", today.minusDays(1).toString(), "workingDays", 20));
        assertThat(agency.post("/api/projects/" + id + "/pre-disclosure", body).status()).isEqualTo(403);
        assertThat(api.as(People.token(api, Who.SUPERVISOR_SASAC)).post("/api/projects/" + id + "/pre-disclosure", body).status())
                .isEqualTo(403);
        // too short, and filed too late after the approval: refused by field, nothing saved
        Api.Answer shortOne = reviewer.post("/api/projects/" + id + "/pre-disclosure",
                Api.json(Map.of("basisDate", today.minusDays(1).toString(), "workingDays", 19)));
        assertThat(shortOne.status()).isEqualTo(400);
        assertThat(shortOne.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("workingDays");
        Api.Answer late = reviewer.post("/api/projects/" + id + "/pre-disclosure",
                Api.json(Map.of("basisDate", today.minusDays(40).toString(), "workingDays", 20)), "Accept-Language", "en");
        assertThat(late.status()).isEqualTo(400);
        assertThat(late.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("basisDate");
        assertThat(late.json().getString("message")).contains("within 10 working days of the approval");

        long lastNotice = lastNoticeId();
        Api.Answer filed = reviewer.post("/api/projects/" + id + "/pre-disclosure", body);
        assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
        JsonObject pre = filed.json().getJsonObject("preDisclosure");
        OffsetDateTime publishedAt = OffsetDateTime.parse(pre.getString("publishedAt"));
        WorkingDayCalendar cal = TestCalendars.asEntered(api);
        ListingSettings s = ListingSettings.DEFAULTS;
        OffsetDateTime ends = DisclosureRules.endsAt(DisclosureRules.firstDay(publishedAt, cal, s), 20, cal, s);
        assertThat(OffsetDateTime.parse(pre.getString("endsAt")).toInstant()).isEqualTo(ends.toInstant());
        assertThat(pre.getInt("workingDays")).isEqualTo(20);
        assertThat(filed.json().getJsonArray("lots").getJsonObject(0).getString("status")).isEqualTo("SUBMITTED");

        // the notice is on the board's feed, for anyone, with its end; filed once only
        long lotId = filed.json().getJsonArray("lots").getJsonObject(0).getJsonNumber("id").longValue();
        var feed = api.get("/api/board/notices?after=" + lastNotice + "&limit=500").array();
        JsonObject notice = feed.stream().map(v -> v.asJsonObject())
                .filter(n -> n.getJsonNumber("lotId").longValue() == lotId).findFirst().orElseThrow();
        assertThat(notice.getString("kind")).isEqualTo("PRE_DISCLOSURE");
        assertThat(notice.getString("title")).startsWith("信息预披露公告：");
        assertThat(OffsetDateTime.parse(notice.getString("endsAt")).toInstant()).isEqualTo(ends.toInstant());
        assertThat(reviewer.post("/api/projects/" + id + "/pre-disclosure", body).status()).isEqualTo(409);

        // rule 3: the formal announcement waits for the pre-disclosure's end, named in the refusal
        Api.Answer running = reviewer.post("/api/projects/" + id + "/publish", "{}", "Accept-Language", "zh-CN");
        assertThat(running.status()).isEqualTo(400);
        assertThat(running.json().getString("code")).isEqualTo("preDisclosure.stillRunning");
        assertThat(running.json().getString("message"))
                .contains(ends.atZoneSameInstant(ServerClock.BEIJING).toLocalDate().toString() + " 17:00");
        assertThat(api.get("/api/board/lots/" + lotId).status()).isEqualTo(404);
    }

    @Test
    void aCapitalIncreaseWhosePreDisclosureStillRunsIsAnnouncedForTheFull40WorkingDays() {
        Api agency = api.as(People.token(api, Who.AGENCY));
        Api reviewer = api.as(People.token(api, Who.REVIEWER));
        // a capital increase is never a "change of control" of the project itself
        Map<String, Object> wrong = Lots.project("增资 " + System.nanoTime(), "CAPITAL_INCREASE", List.of(
                Lots.lot(today, "新增注册资本", "30000000.00", "30000000.00", "3000000.00")));
        wrong.put("controlChange", true);
        Api.Answer refused = agency.post("/api/projects", wrong);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("controlChange");

        long id = register(agency, "CAPITAL_INCREASE", false, "某国有企业增资扩股 " + System.nanoTime());
        // the holder's internal decision of long ago: no 10-day window for a capital increase; the approval pending
        Api.Answer filed = reviewer.post("/api/projects/" + id + "/pre-disclosure",
                Api.json(Map.of("basisDate", today.minusDays(60).toString(), "approvalPending", true, "workingDays", 25)));
        assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
        assertThat(filed.json().getJsonObject("preDisclosure").getBoolean("approvalPending")).isTrue();

        Api.Answer published = reviewer.post("/api/projects/" + id + "/publish", "{}");
        assertThat(published.status()).as(published.toString()).isEqualTo(200);
        assertThat(published.json().getJsonArray("lots").getJsonObject(0).getInt("periodWd")).isEqualTo(40);
        // once announced, no pre-disclosure can be filed any more (a second project shows it on a clean one)
        long other = register(agency, "CAPITAL_INCREASE", false, "某国有企业增资扩股（二） " + System.nanoTime());
        assertThat(reviewer.post("/api/projects/" + other + "/publish", "{}").status()).isEqualTo(200);
        Api.Answer after = reviewer.post("/api/projects/" + other + "/pre-disclosure",
                Api.json(Map.of("basisDate", today.minusDays(5).toString(), "workingDays", 20)));
        assertThat(after.status()).isEqualTo(409);
        assertThat(after.json().getString("code")).isEqualTo("preDisclosure.afterAnnouncement");
    }

    @Test
    void theReviewerPublishesAPreDisclosureOnTheProjectsPage() {
        Browser.requireChromium();
        Api agency = api.as(People.token(api, Who.AGENCY));
        String title = "某国有企业增资扩股（页面） " + System.nanoTime();
        long id = register(agency, "CAPITAL_INCREASE", false, title);
        reviewer = Browser.signedIn(base, People.username(api, Who.REVIEWER), People.PASSWORD);
        reviewer.go("/staff/projects.xhtml");
        reviewer.waitFor().until(d -> d.findElement(By.id("list:projects")).getText().contains(title));
        reviewer.click(By.xpath("//tr[.//span[@class='ex-project-title' and text()='" + title + "']]//button[contains(@class,'ex-open')]"));
        reviewer.waitFor().until(d -> d.findElement(By.id("detail")).getText().contains("信息预披露"));
        reviewer.type(By.id("preDisclosure:basisDate_input"), today.minusDays(3).toString());
        reviewer.driver().executeScript("document.activeElement.blur()");
        reviewer.click(By.id("preDisclosure:go"));
        reviewer.waitFor().until(d -> d.getPageSource().contains("的信息预披露已发布"));
        reviewer.screenshot("pre-disclosure-published");
        JsonObject pre = api.as(People.token(api, Who.REVIEWER)).get("/api/projects/" + id).json().getJsonObject("preDisclosure");
        assertThat(pre.getInt("workingDays")).isEqualTo(20);
        assertThat(pre.getString("basisDate")).isEqualTo(today.minusDays(3).toString());
        // the page now shows the period and no longer offers the form
        String detail = reviewer.text(By.id("detail"));
        assertThat(detail).contains("预披露期", "20 个工作日", pre.getString("startsOn"));
        assertThat(reviewer.all(By.id("preDisclosure:go"))).isEmpty();
    }
}
