package cn.exchange.it.party;

import cn.exchange.it.support.Api;
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
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.net.URL;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A newcomer registers as a bidder in the browser, is approved by a reviewer (also in the browser), signs in and sees
 * the account approved. Bad identifiers on the way get field-level messages.
 */
@ExtendWith({ArquillianExtension.class, ScreenshotOnFailure.class})
@RunAsClient
class RegistrationBrowserIT {

    @ArquillianResource
    URL base;

    Browser bidder;
    Browser reviewer;

    @AfterEach
    void close() {
        if (bidder != null) {
            bidder.close();
        }
        if (reviewer != null) {
            reviewer.close();
        }
    }

    @Test
    void aNewcomerRegistersIsApprovedSignsInAndSeesTheAccount() {
        Api api = new Api(base);
        String reviewerName = People.username(api, People.Who.REVIEWER);
        String id = People.residentId();
        String mobile = People.mobile();

        // on a phone: every error of the form at once, beside its field, the first one scrolled
        // into view; the passwords, which were right, stay filled in; the rules are there to read before the tick
        bidder = Browser.phone(base).go("/register.xhtml");
        bidder.click(By.cssSelector("label[for='f:kind:2']"));
        bidder.waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("f:residentId")));
        bidder.type(By.id("f:name"), "李娜");
        bidder.type(By.id("f:residentId"), id.substring(0, 17) + (id.charAt(17) == '0' ? '1' : '0'));
        bidder.type(By.id("f:mobile"), "1380013");
        bidder.type(By.id("f:username"), mobile);
        bidder.type(By.id("f:password"), "Li-Na-Bidder-2026");
        bidder.type(By.id("f:passwordConfirm"), "Li-Na-Bidder-2026");
        assertThat(bidder.all(By.cssSelector("#rules-text li"))).as("the rules to read before agreeing").hasSize(4);
        bidder.click(By.id("f:submit"));
        // a wrong check digit, a short mobile number and the missing agreement, all refused at once next to their fields
        bidder.waitFor().until(d -> d.findElement(By.id("f")).getText().contains("校验位不正确"));
        String form = bidder.text(By.id("f"));
        assertThat(form).contains("请填写正确的手机号码").contains("请先阅读并同意交易规则");
        assertThat(bidder.find(By.id("f:password")).getDomProperty("value")).as("the password kept").isEqualTo("Li-Na-Bidder-2026");
        assertThat(bidder.find(By.id("f:passwordConfirm")).getDomProperty("value")).isEqualTo("Li-Na-Bidder-2026");
        assertThat((Boolean) bidder.driver().executeScript("var r = document.getElementById('f:residentId').getBoundingClientRect();"
                + " return r.top >= 0 && r.bottom <= window.innerHeight;")).as("the first field in error is on screen").isTrue();
        bidder.screenshot("register-all-errors-phone");

        bidder.type(By.id("f:residentId"), id);
        bidder.type(By.id("f:mobile"), mobile);
        bidder.click(By.cssSelector("#f\\:agreed .ui-chkbox-box"));
        bidder.click(By.id("f:submit"));
        assertThat(bidder.text(By.id("done-text"))).contains("核验");

        reviewer = Browser.open(base).go("/login.xhtml");
        signIn(reviewer, reviewerName, People.PASSWORD);
        reviewer.go("/staff/parties.xhtml");
        reviewer.waitFor().until(d -> d.findElement(By.id("list:parties")).getText().contains("李娜"));
        reviewer.find(By.xpath("//tr[.//span[@class='ex-party-name' and text()='李娜']]//button[contains(@class,'ex-open')]")).click();
        reviewer.waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("decision:approve")));
        reviewer.type(By.id("decision:text"), "身份证件与本人核验一致");
        reviewer.click(By.id("decision:approve"));
        reviewer.waitFor().until(d -> d.getPageSource().contains("已通过：李娜"));

        bidder.go("/login.xhtml");
        signIn(bidder, mobile, "Li-Na-Bidder-2026");
        // a bidder lands on its applications, what needs it today
        bidder.waitFor().until(d -> d.getCurrentUrl().contains("/bidder/applications.xhtml"));
        bidder.go("/account/index.xhtml");
        assertThat(bidder.text(By.id("party-status"))).isEqualTo("已通过");
        assertThat(bidder.text(By.id("party-panel"))).contains("李娜").contains(id);
        bidder.screenshot("account-approved");
    }

    @Test
    void aWrongPasswordGetsTheSameMessageAsAnUnknownUser() {
        bidder = Browser.open(base).go("/login.xhtml");
        refusedSignIn(bidder, "nobody-" + System.nanoTime() + "@example.cn", "Whatever-Pass-1");
        String unknown = bidder.text(By.id("f:messages"));
        refusedSignIn(bidder, People.username(new Api(base), People.Who.REVIEWER), "Wrong-Password-1");
        assertThat(bidder.text(By.id("f:messages"))).isEqualTo(unknown).contains("登录名或密码错误");
    }

    static void signIn(Browser b, String username, String password) {
        b.submitSignIn(username, password);
    }

    /**
     * Submits a sign-in that will be refused and waits for the answer: the messages element of the page before is replaced (by the ajax
     * update or the new page), then the new one shows a message — reading it earlier raced the page's own update.
     */
    static void refusedSignIn(Browser b, String username, String password) {
        org.openqa.selenium.WebElement before = b.driver().findElement(By.id("f:messages"));
        b.submitSignIn(username, password);
        // gone from the page: Chromium 156's driver answers a replaced node either as stale or with "Node with given id
        // does not belong to the document" (which ExpectedConditions.stalenessOf does not count as stale)
        b.waitFor().until(d -> {
            try {
                before.isEnabled();
                return false;
            } catch (org.openqa.selenium.WebDriverException gone) {
                return true;
            }
        });
        b.waitFor().until(d -> !d.findElement(By.id("f:messages")).getText().isBlank());
    }
}
