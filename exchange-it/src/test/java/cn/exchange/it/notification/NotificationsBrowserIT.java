package cn.exchange.it.notification;

import cn.exchange.it.support.Api;
import cn.exchange.it.support.Browser;
import cn.exchange.it.support.People;
import cn.exchange.it.support.People.Who;
import cn.exchange.it.support.ScreenshotOnFailure;
import cn.exchange.it.support.TestMail;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import java.net.URL;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a person sees of issue 23: the unread count in the header of any page, the inbox marking a notification read;
 * 忘记密码 by e-mail from the sign-in page's link to the new password, and the link spent afterwards.
 */
@ExtendWith({ArquillianExtension.class, ScreenshotOnFailure.class})
@RunAsClient
class NotificationsBrowserIT {

    @ArquillianResource
    URL base;

    @Test
    void theHeaderCountsUnreadNotificationsAndTheInboxMarksThemRead() throws Exception {
        Api api = new Api(base);
        String email = "bell-" + System.nanoTime() + "@bidder.test";
        String[] r = register(api, "站内信测试公司" + System.nanoTime() % 100_000, email);
        assertThat(api.as(People.token(api, Who.REVIEWER)).post("/api/staff/parties/" + r[0] + "/approve", Map.of("text", "核验一致"))
                .status()).isEqualTo(200);
        try (Browser b = Browser.signedIn(base, r[1], People.PASSWORD)) {
            b.go("/board.xhtml");
            assertThat(b.text(By.id("unread"))).isEqualTo("1");
            b.click(By.id("nav-inbox"));
            b.waitFor().until(d -> d.getCurrentUrl().contains("/account/inbox.xhtml"));
            assertThat(b.text(By.id("inbox:rows"))).contains("账户审核通过").contains("Account approved");
            b.screenshot("inbox");
            b.click(By.cssSelector(".ex-mark-read"));
            b.waitFor().until(d -> d.findElements(By.cssSelector(".ex-mark-read")).isEmpty());
            b.go("/board.xhtml");
            assertThat(b.all(By.id("unread"))).as("no count once everything is read").isEmpty();
        }
    }

    @Test
    void aPersonResetsTheirPasswordFromTheMailedLinkOnce() throws Exception {
        Api api = new Api(base);
        String email = "browser-reset-" + System.nanoTime() + "@bidder.test";
        String[] r = register(api, "浏览器重设密码公司" + System.nanoTime() % 100_000, email);
        try (Browser b = Browser.phone(base)) {
            b.go("/login.xhtml");
            b.click(By.id("f:forgot"));
            b.waitFor().until(d -> d.getCurrentUrl().contains("/forgot-password.xhtml"));
            b.click(By.id("to-reset"));
            b.waitFor().until(d -> d.getCurrentUrl().contains("/reset-password.xhtml"));
            b.type(By.id("ask:login"), email);
            b.click(By.id("ask:send"));
            b.waitFor().until(d -> !d.findElements(By.id("reset-sent")).isEmpty());
            assertThat(b.text(By.id("reset-sent"))).contains("30 分钟");

            Matcher link = NotificationsIT.LINK.matcher(TestMail.body(TestMail.await(email, 1, 60).get(0)));
            assertThat(link.find()).isTrue();
            String own = "Liu-Lan-Qi-2026-" + System.nanoTime() % 10_000;
            b.go("/reset-password.xhtml?token=" + link.group(1));
            b.type(By.id("set:password"), own);
            b.type(By.id("set:passwordConfirm"), own);
            b.click(By.id("set:save"));
            b.waitFor().until(d -> !d.findElements(By.id("reset-done")).isEmpty());
            assertThat(api.token(r[1], own)).isNotBlank();

            b.go("/reset-password.xhtml?token=" + link.group(1));
            assertThat(b.text(By.id("reset-spent"))).contains("已使用");
            assertThat(b.all(By.id("set:password"))).isEmpty();
        }
    }

    /** A bidder registered with an e-mail address: its party id and user name. */
    private static String[] register(Api api, String name, String email) {
        String mobile = People.mobile();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", "ENTERPRISE_BIDDER");
        body.put("name", name);
        body.put("creditCode", People.creditCode());
        body.put("contactPerson", "张联系");
        body.put("mobile", mobile);
        body.put("email", email);
        body.put("username", mobile);
        body.put("password", People.PASSWORD);
        body.put("passwordConfirm", People.PASSWORD);
        Api.Answer a = api.post("/api/registrations", body);
        assertThat(a.status()).as(a.toString()).isEqualTo(201);
        return new String[] {String.valueOf(a.json().getJsonObject("party").getJsonNumber("id").longValue()), mobile};
    }
}
