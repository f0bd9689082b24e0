package cn.exchange.it.calendar;

import cn.exchange.core.calendar.CalendarYear;
import cn.exchange.core.calendar.Calendars;
import cn.exchange.it.support.Api;
import cn.exchange.it.support.Browser;
import cn.exchange.it.support.People;
import cn.exchange.it.support.People.Who;
import cn.exchange.it.support.ScreenshotOnFailure;
import cn.exchange.it.support.TestDatabase;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In the browser (rule 1): the administrator enters a year's working-day calendar from its notice — a bad line is
 * refused naming the line, the preview shows the month grid and the year's working days, the year is saved — then
 * corrects it with a change note (version 2, the changed days listed); a reviewer opens the deadlines page.
 *
 * <p>The year is 2041, synthetic test data ("测试数据（非官方）"): no other test enters it, so its versions are this
 * test's alone.
 */
@ExtendWith({ArquillianExtension.class, ScreenshotOnFailure.class})
@RunAsClient
class CalendarAdminBrowserIT {

    static final int YEAR = 2041;

    @ArquillianResource
    URL base;

    Browser admin;
    Browser reviewer;

    @AfterEach
    void close() {
        for (Browser b : new Browser[] {admin, reviewer}) {
            if (b != null) {
                b.close();
            }
        }
    }

    @Test
    void theAdministratorEntersAYearPreviewsItSavesItAndCorrectsItWithANote() {
        Api api = new Api(base);
        String reviewerName = People.username(api, Who.REVIEWER);
        // the synthetic year's holidays, and one make-up Saturday in exchange for the Spring Festival
        CalendarYear synthetic = Calendars.synthetic(YEAR);
        CalendarYear entered = new CalendarYear(YEAR, Calendars.TEST_NOTICE, synthetic.noticeDate(), null, synthetic.holidays(),
                List.of(new CalendarYear.MakeUpDay(LocalDate.of(YEAR, 2, 9), "春节（测试）")));
        String holidays = synthetic.holidays().stream().map(h -> h.name() + " " + h.from() + " " + h.to())
                .collect(Collectors.joining("\n"));

        admin = Browser.signedIn(base, "admin", TestDatabase.ADMIN_PASSWORD).go("/admin/calendar.xhtml");
        admin.widget("entry:year", "setValue", YEAR);
        admin.type(By.id("entry:noticeNo"), Calendars.TEST_NOTICE);
        admin.type(By.id("entry:noticeDate_input"), synthetic.noticeDate().toString());
        admin.find(By.id("entry:noticeDate_input")).sendKeys(Keys.ESCAPE);
        admin.driver().executeScript("document.activeElement.blur();");
        // line 3 overlaps the Spring Festival: refused at the holidays, naming the line
        admin.type(By.id("entry:holidays"), holidays.replace("清明节（测试） " + YEAR + "-04-05 " + YEAR + "-04-05",
                "清明节（测试） " + YEAR + "-02-15 " + YEAR + "-02-18"));
        admin.type(By.id("entry:makeUpDays"), YEAR + "-02-09 春节（测试）");
        admin.click(By.id("entry:preview"));
        admin.waitFor().until(d -> d.findElement(By.id("entry")).getText().contains("第 3 行"));
        assertThat(admin.text(By.id("entry"))).contains("第 3 行：“清明节（测试）”").contains("重叠");
        assertThat(admin.all(By.id("entry:save"))).isEmpty();
        admin.screenshot("calendar-bad-line");

        admin.type(By.id("entry:holidays"), holidays);
        admin.click(By.id("entry:preview"));
        admin.waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("preview-grid-total")));
        assertThat(admin.text(By.id("preview-grid-total"))).isEqualTo(YEAR + " 年全年 " + entered.workingDays() + " 个工作日");
        assertThat(admin.all(By.cssSelector("#preview-grid .ex-cal-month"))).hasSize(12);
        assertThat(admin.find(By.cssSelector("#preview-grid .ex-cal-days .ex-day-makeup")).getAttribute("title"))
                .isEqualTo(YEAR + "-02-09 春节（测试）");
        admin.screenshot("calendar-preview");
        admin.click(By.id("entry:save"));
        admin.waitFor().until(d -> d.findElement(By.id("entry:messages")).getText().contains("已保存 " + YEAR + " 年第 1 版"));
        assertThat(admin.text(By.id("years:list"))).contains(Integer.toString(YEAR)).contains(Calendars.TEST_NOTICE);

        // the correction: the version in force loaded into the form, 清明节 moved a day, with a note
        admin.click(By.xpath("//tr[.//strong[@class='ex-cal-year' and text()='" + YEAR + "']]//button[contains(@id, ':correct')]"));
        admin.waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("entry:changeNote")));
        assertThat(admin.find(By.id("entry:holidays")).getAttribute("value")).contains("清明节（测试） " + YEAR + "-04-05");
        admin.type(By.id("entry:holidays"), admin.find(By.id("entry:holidays")).getAttribute("value")
                .replace("清明节（测试） " + YEAR + "-04-05", "清明节（测试） " + YEAR + "-04-04"));
        admin.type(By.id("entry:changeNote"), "测试：清明节改为 4 月 4 日（测试数据）");
        admin.click(By.id("entry:preview"));
        admin.waitFor().until(d -> d.findElement(By.id("entry")).getText().contains("更正现行第 1 版"));
        assertThat(admin.all(By.cssSelector("#preview-grid .ex-cal-days .ex-day-changed"))).hasSize(2);
        admin.screenshot("calendar-correction-preview");
        admin.click(By.id("entry:save"));
        admin.waitFor().until(d -> d.findElement(By.id("entry:messages")).getText().contains("已保存 " + YEAR + " 年第 2 版"));
        assertThat(admin.text(By.id("versions-panel"))).contains("测试：清明节改为 4 月 4 日（测试数据）")
                .contains(YEAR + "-04-04、" + YEAR + "-04-05");
        admin.screenshot("calendar-corrected");

        reviewer = Browser.signedIn(base, reviewerName, People.PASSWORD).go("/staff/deadlines.xhtml");
        assertThat(reviewer.text(By.id("years-entered"))).contains(YEAR + " 年第 2 版");
        assertThat(reviewer.all(By.id("awaiting"))).isNotEmpty();
        assertThat(reviewer.all(By.id("reviews:list"))).isNotEmpty();
        reviewer.screenshot("calendar-deadlines");
    }
}
