package cn.exchange.it.party;

import cn.exchange.it.support.Api;
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
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.net.URL;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 忘记密码, staff-assisted while the exchange sends no mail: the sign-in page says how; the
 * administrator sets a one-time password; the person, signed in with it, can only choose a password of its own —
 * every other page leads back to the account page, every other endpoint answers 403 — and then works as before.
 */
@ExtendWith({ArquillianExtension.class, ScreenshotOnFailure.class})
@RunAsClient
class ForgotPasswordIT {

    static final String ONE_TIME = "Yi-Ci-Xing-2026-" + System.nanoTime() % 10_000;
    static final String OWN = "Zi-Ji-De-Mi-Ma-2026x";

    @ArquillianResource
    URL base;

    Browser person;
    Browser admin;

    @AfterEach
    void close() {
        for (Browser b : new Browser[] {person, admin}) {
            if (b != null) {
                b.close();
            }
        }
    }

    @Test
    void theAdministratorSetsAOneTimePasswordThatMustBeReplacedBeforeAnythingElse() throws Exception {
        Api api = new Api(base);
        String name = "forgot-" + System.nanoTime() % 1_000_000;
        Api adminApi = api.as(People.adminToken(api));
        assertThat(adminApi.post("/api/admin/accounts", Map.of("username", name, "displayName", "忘记密码的审核员", "role", "REVIEWER",
                "password", People.PASSWORD)).status()).isEqualTo(201);
        Api before = api.as(api.token(name, People.PASSWORD));
        assertThat(before.get("/api/projects").status()).isEqualTo(200);

        // the sign-in page says what to do
        person = Browser.phone(base).go("/login.xhtml");
        person.click(By.id("f:forgot"));
        person.waitFor().until(d -> d.getCurrentUrl().contains("/forgot-password.xhtml"));
        assertThat(person.text(By.id("forgot"))).contains("一次性密码").contains("身份证件");
        person.screenshot("forgot-password-phone");

        // the administrator, having checked who the person is, sets a one-time password on the accounts page
        admin = Browser.signedIn(base, "admin", TestDatabase.ADMIN_PASSWORD);
        admin.go("/admin/accounts.xhtml");
        admin.type(By.id("list:query"), name);
        admin.click(By.id("list:find"));
        admin.waitFor().until(d -> d.findElements(By.cssSelector("#list\\:accounts tbody tr")).size() == 1
                && d.findElement(By.id("list:accounts")).getText().contains(name));
        admin.click(By.xpath("//tr[td[contains(., '" + name + "')]]//button[contains(., '重设密码')]"));
        admin.waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("reset:password")));
        assertThat(admin.text(By.id("reset-hint"))).contains("核实本人身份");
        admin.type(By.id("reset:password"), ONE_TIME);
        admin.click(By.id("reset:set"));
        admin.waitFor().until(d -> d.findElement(By.id("resetArea")).getText().contains("已为 " + name + " 设置一次性密码"));
        // every earlier token of the account has ended
        assertThat(before.get("/api/projects").status()).isEqualTo(401);

        // signed in with it, the person is kept on the account page until it chose its own password
        person.go("/login.xhtml").signIn(name, ONE_TIME);
        person.waitFor().until(d -> d.getCurrentUrl().contains("/account/index.xhtml"));
        assertThat(person.text(By.id("expired"))).contains("一次性密码");
        person.go("/staff/projects.xhtml");
        person.waitFor().until(d -> d.getCurrentUrl().contains("/account/index.xhtml"));
        Api oneTime = api.as(api.token(name, ONE_TIME));
        Api.Answer refused = oneTime.get("/api/projects");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().getString("code")).isEqualTo("account.passwordExpired");
        assertThat(oneTime.get("/api/me").status()).isEqualTo(200);
        person.screenshot("forgot-password-expired");

        // the own password: the obligation ends, and the account works as before
        person.type(By.id("pw:currentPassword"), ONE_TIME);
        person.type(By.id("pw:password"), OWN);
        person.type(By.id("pw:passwordConfirm"), OWN);
        person.click(By.id("pw:change"));
        person.waitFor().until(d -> d.findElement(By.id("pw")).getText().contains("密码已修改"));
        person.go("/login.xhtml").signIn(name, OWN);
        person.go("/staff/projects.xhtml");
        assertThat(person.driver().getCurrentUrl()).contains("/staff/projects.xhtml");
        assertThat(person.all(By.id("expired"))).isEmpty();
        assertThat(api.as(api.token(name, OWN)).get("/api/projects").status()).isEqualTo(200);
        assertThat(api.post("/api/auth/token", Map.of("username", name, "password", ONE_TIME)).status()).as("the one-time password is gone")
                .isEqualTo(401);
    }
}
