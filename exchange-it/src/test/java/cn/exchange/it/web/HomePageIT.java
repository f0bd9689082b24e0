package cn.exchange.it.web;

import cn.exchange.it.support.Browser;
import cn.exchange.it.support.ScreenshotOnFailure;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** The public home page of the trading hall, in Chinese by default and in English on the switch. */
@ExtendWith({ArquillianExtension.class, ScreenshotOnFailure.class})
@RunAsClient
class HomePageIT {

    @ArquillianResource
    URL base;

    Browser browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void homePageAnswersInChineseByDefault() throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(base.toURI()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("lang=\"zh-CN\"").contains("挂牌项目").contains("公告");
    }

    @Test
    void visitorSwitchesToEnglishAndBack() {
        browser = Browser.open(base);
        browser.go("/");
        assertThat(browser.text(By.id("board-area"))).contains("挂牌项目");
        browser.click(By.id("lang-en"));
        browser.waitFor().until(d -> d.findElement(By.id("board-area")).getText().contains("Listings"));
        assertThat(browser.text(By.id("notices-area"))).contains("Notices");
        browser.screenshot("home-en");
        browser.click(By.id("lang-zh"));
        browser.waitFor().until(d -> d.findElement(By.id("board-area")).getText().contains("挂牌项目"));
    }

    @Test
    void healthReportsTheDatabaseUp() throws Exception {
        URI health = base.toURI().resolve("/health/ready");
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(health).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("\"database\"").contains("\"UP\"");
    }
}
