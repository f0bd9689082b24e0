package cn.exchange.launcher;

import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import java.io.File;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * TLS at the balancer (README, "Several servers: the local cluster and how to run it for real"), on the cluster as
 * run-cluster.sh starts it: TLS ends at HAProxy; plain HTTP is redirected to HTTPS; HSTS is sent; and a browser
 * (headless Chromium) that signs in through it holds only Secure cookies — the session cookie the exchange sets (it
 * takes the request as HTTPS from X-Forwarded-Proto) and the balancer's sticky cookie.
 */
final class TlsAtTheBalancer {

    private TlsAtTheBalancer() {
    }

    /** An SSL context that trusts the one certificate in a PEM file (the one run-cluster.sh generated). */
    static SSLContext trusting(Path pem) throws Exception {
        KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
        trust.load(null, null);
        try (InputStream in = Files.newInputStream(pem)) {
            trust.setCertificateEntry("exchange", CertificateFactory.getInstance("X.509").generateCertificate(in));
        }
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trust);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, tmf.getTrustManagers(), null);
        return context;
    }

    static void check(String plain, String https, String demoPassword) throws Exception {
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> redirect = http.send(HttpRequest.newBuilder(URI.create(plain + "/lots.xhtml?category=EQUITY")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(redirect.statusCode()).as("plain HTTP").isEqualTo(301);
        assertThat(redirect.headers().firstValue("Location")).as("redirected to HTTPS, path and query kept")
                .contains(https + "/lots.xhtml?category=EQUITY");
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(https + "/login.xhtml")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Strict-Transport-Security")).as("HSTS").contains("max-age=31536000");
        List<String> setCookies = page.headers().allValues("Set-Cookie");
        assertThat(setCookies).as("the sign-in page starts a session").anyMatch(c -> c.startsWith("JSESSIONID="));
        assertThat(setCookies).as("every cookie set over HTTPS is Secure").allMatch(c -> c.toLowerCase().matches(".*;\\s*secure\\s*(;.*|$)"));
        assertThat(setCookies).as("the session cookie is SameSite=Lax").anyMatch(c -> c.startsWith("JSESSIONID=") && c.toLowerCase().contains("samesite=lax"));
        assertThat(setCookies).as("no attribute twice").allMatch(c -> c.toLowerCase().split("samesite", -1).length <= 2
                && c.toLowerCase().split("secure", -1).length <= 2);
        System.out.println("[tls] http → " + redirect.statusCode() + " " + redirect.headers().firstValue("Location").orElse("")
                + "; https: HSTS '" + page.headers().firstValue("Strict-Transport-Security").orElse("") + "'; Set-Cookie "
                + setCookies.stream().map(c -> c.replaceAll("=[^;]*", "=…")).toList());

        Path profile = Files.createTempDirectory("exchange-chromium");
        ChromeOptions options = new ChromeOptions().setBinary(System.getProperty("exchange.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                "--window-size=1280,900", "--lang=zh-CN", "--user-data-dir=" + profile);
        // the certificate is the self-signed one run-cluster.sh generated for localhost: accepted as a user would once
        options.setAcceptInsecureCerts(true);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("exchange.chromedriver", "/usr/bin/chromedriver"))).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        try {
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
            driver.get(plain + "/login.xhtml");
            assertThat(driver.getCurrentUrl()).as("the browser was sent to HTTPS").startsWith(https + "/login.xhtml");
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
            WebElement user = wait.until(d -> d.findElement(By.id("f:username")));
            user.sendKeys("bidder1");
            driver.findElement(By.id("f:password")).sendKeys(demoPassword);
            driver.findElement(By.id("f:signin")).click();
            wait.until(d -> !d.getCurrentUrl().contains("/login.xhtml"));
            assertThat(driver.getCurrentUrl()).as("signed in, still over HTTPS").startsWith(https + "/");
            Set<Cookie> cookies = driver.manage().getCookies();
            assertThat(cookies).extracting(Cookie::getName).contains("JSESSIONID", "EXCHANGE_NODE");
            assertThat(cookies).as("every cookie the browser holds is Secure").allMatch(Cookie::isSecure);
            assertThat(cookies).filteredOn(c -> c.getName().equals("JSESSIONID")).allMatch(Cookie::isHttpOnly);
            System.out.println("[tls] a browser signed in through HAProxy at " + driver.getCurrentUrl() + "; cookies "
                    + cookies.stream().map(c -> c.getName() + (c.isSecure() ? " Secure" : " NOT SECURE") + (c.isHttpOnly() ? " HttpOnly" : "")).toList());
        } finally {
            driver.quit();
        }
    }
}
