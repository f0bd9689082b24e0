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
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A lot's pictures: thumbnails scaled on the server and cached for good, a viewer on the lot page
 * (full-size photo, previous / next, Escape), the first photo on the board.
 */
@ExtendWith({ArquillianExtension.class, ScreenshotOnFailure.class})
@RunAsClient
class GalleryBrowserIT {

    static final HttpClient HTTP = HttpClient.newHttpClient();

    @ArquillianResource
    URL base;

    Browser visitor;

    @AfterEach
    void close() {
        if (visitor != null) {
            visitor.close();
        }
    }

    @Test
    void aVisitorSeesThumbnailsAndOpensEachPhotoFullSize() throws Exception {
        Api api = new Api(base);
        String agencyToken = People.token(api, Who.AGENCY);
        String title = "照片测试标的 " + System.nanoTime() % 1_000_000;
        AuctionFixture.Draft draft = AuctionFixture.draft(api, title, "120000.00", "1000.00");
        long project = draft.projectId();
        long lot = draft.lotId();
        long front = attach(agencyToken, project, lot, "正面.png", photo(3000, 2000, Color.RED), "image/png");
        long side = attach(agencyToken, project, lot, "侧面.png", photo(2400, 1800, Color.BLUE), "image/png");
        long report = attach(agencyToken, project, lot, "评估报告.pdf", "%PDF-1.7\n正文\n%%EOF".getBytes(StandardCharsets.UTF_8), "application/pdf");
        draft.publish(api);

        // the thumbnail: a small JPEG 480 pixels wide, cacheable for good, "not modified" when the browser has it
        HttpResponse<byte[]> thumb = get("/api/board/documents/" + front + "/thumbnail", null);
        assertThat(thumb.statusCode()).isEqualTo(200);
        assertThat(thumb.headers().firstValue("Content-Type").orElse("")).startsWith("image/jpeg");
        assertThat(thumb.headers().firstValue("Cache-Control").orElse("")).contains("immutable").doesNotContain("no-store");
        BufferedImage t = ImageIO.read(new ByteArrayInputStream(thumb.body()));
        assertThat(t.getWidth()).isEqualTo(480);
        assertThat(t.getHeight()).isEqualTo(320);
        assertThat(thumb.body().length).isLessThan(60_000);
        String etag = thumb.headers().firstValue("ETag").orElseThrow();
        assertThat(get("/api/board/documents/" + front + "/thumbnail", etag).statusCode()).isEqualTo(304);
        assertThat(get("/api/board/documents/" + report + "/thumbnail", null).statusCode()).as("a document has no thumbnail").isEqualTo(404);
        // the board's row carries the lot's first photo
        JsonObject row = api.get("/api/board/lots?q=" + URLEncoder.encode(title, StandardCharsets.UTF_8)).json().getJsonArray("rows").getJsonObject(0);
        assertThat(row.getJsonNumber("photoId").longValue()).isEqualTo(front);

        // on a phone: the lot page shows the thumbnails; a tap opens the photo full-size, next, previous, Escape
        visitor = Browser.phone(base).go("/lot.xhtml?id=" + lot);
        List<WebElement> shown = visitor.all(By.cssSelector("#gallery img.ex-photo"));
        assertThat(shown).hasSize(2);
        assertThat(shown.get(0).getAttribute("src")).endsWith("/api/board/documents/" + front + "/thumbnail");
        visitor.driver().executeScript("document.getElementById('gallery').scrollIntoView();");   // thumbnails load when in view
        visitor.waitFor().until(d -> ((Number) visitor.driver().executeScript(
                "return document.querySelector('#gallery img.ex-photo').naturalWidth;")).intValue() == 480);
        visitor.click(By.cssSelector("#gallery a.ex-photo-link"));
        visitor.waitFor().until(d -> Boolean.TRUE.equals(visitor.driver().executeScript("return document.getElementById('viewer').open;")));
        visitor.waitFor().until(d -> ((Number) visitor.driver().executeScript(
                "return document.getElementById('viewer-img').naturalWidth;")).intValue() == 3000);
        assertThat(visitor.text(By.id("viewer-caption"))).contains("第 1 张，共 2 张").contains("正面.png");
        visitor.screenshot("gallery-phone");
        visitor.click(By.id("viewer-next"));
        assertThat(visitor.text(By.id("viewer-caption"))).contains("第 2 张，共 2 张").contains("侧面.png");
        new org.openqa.selenium.interactions.Actions(visitor.driver()).sendKeys(Keys.ARROW_LEFT).perform();
        assertThat(visitor.text(By.id("viewer-caption"))).contains("第 1 张");
        new org.openqa.selenium.interactions.Actions(visitor.driver()).sendKeys(Keys.ESCAPE).perform();
        visitor.waitFor().until(d -> Boolean.FALSE.equals(visitor.driver().executeScript("return document.getElementById('viewer').open;")));

        // the board shows the thumbnail beside the lot
        visitor.go("/board.xhtml?q=" + URLEncoder.encode(title, StandardCharsets.UTF_8));
        assertThat(visitor.all(By.cssSelector("#board\\:lots img.ex-thumb"))).singleElement()
                .satisfies(img -> assertThat(img.getAttribute("src")).endsWith("/api/board/documents/" + front + "/thumbnail"));
        visitor.screenshot("board-thumbnails-phone");
        assertThat(side).isGreaterThan(front);
    }

    private long attach(String token, long project, long lot, String name, byte[] bytes, String type) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + "api/projects/" + project + "/lots/" + lot
                        + "/documents?filename=" + URLEncoder.encode(name, StandardCharsets.UTF_8)))
                .header("Authorization", "Bearer " + token).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return jakarta.json.Json.createReader(new java.io.StringReader(r.body())).readObject().getJsonNumber("id").longValue();
    }

    private HttpResponse<byte[]> get(String path, String ifNoneMatch) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path.substring(1)));
        if (ifNoneMatch != null) {
            b.header("If-None-Match", ifNoneMatch);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** A photo-like picture: a sky, a building of {@code colour}, windows — varied enough to compress like a photo. */
    static byte[] photo(int w, int h, Color colour) throws Exception {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setPaint(new java.awt.GradientPaint(0, 0, new Color(120, 170, 230), 0, h, new Color(230, 240, 250)));
        g.fillRect(0, 0, w, h);
        g.setColor(colour);
        g.fillRect(w / 5, h / 4, w * 3 / 5, h * 3 / 4);
        g.setColor(new Color(250, 250, 210));
        for (int x = w / 5 + 40; x < w * 4 / 5 - 60; x += 120) {
            for (int y = h / 4 + 40; y < h - 80; y += 140) {
                g.fillRect(x, y, 60, 80);
            }
        }
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }
}
