package cn.exchange.it.security;

import cn.exchange.it.support.Api;
import cn.exchange.it.support.People;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What stands between an attacker and an account: lock-out after repeated failures (also for user names that do not
 * exist, so it reveals nothing), the security headers on every answer, a SameSite/HttpOnly session cookie, and the
 * REST API refusing a cookie-authenticated write that lacks the exchange's request header (a cross-site form cannot
 * send it).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SignInDefencesIT {

    @ArquillianResource
    URL base;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(base);
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenAgainstTheRightOne() {
        String reviewer = People.token(api, People.Who.REVIEWER);
        String user = People.registerApproved(api, reviewer, "ENTERPRISE_BIDDER", "锁定测试企业" + System.nanoTime() % 100000);
        for (int i = 0; i < 4; i++) {
            Api.Answer a = api.post("/api/auth/token", Map.of("username", user, "password", "wrong-password-" + i));
            assertThat(a.status()).as("attempt %d", i + 1).isEqualTo(401);
        }
        // the fifth failure locks the name, and says so
        assertThat(api.post("/api/auth/token", Map.of("username", user, "password", "wrong-password-5")).status()).isEqualTo(429);
        Api.Answer locked = api.post("/api/auth/token", Map.of("username", user, "password", People.PASSWORD),
                "Accept-Language", "zh-CN");
        assertThat(locked.status()).isEqualTo(429);
        assertThat(Integer.parseInt(locked.header("Retry-After"))).isBetween(60, 900);
        assertThat(locked.json().getString("message")).contains("分钟");
        Api.Answer english = api.post("/api/auth/token", Map.of("username", user, "password", People.PASSWORD),
                "Accept-Language", "en");
        assertThat(english.status()).isEqualTo(429);
        assertThat(english.json().getString("message")).containsIgnoringCase("minutes");
    }

    @Test
    void anUnknownUserNameIsLockedTheSameWaySoLockOutRevealsNothing() {
        String ghost = "nobody-" + System.nanoTime() + "@example.cn";
        for (int i = 0; i < 4; i++) {
            assertThat(api.post("/api/auth/token", Map.of("username", ghost, "password", "x-" + i)).status()).isEqualTo(401);
        }
        assertThat(api.post("/api/auth/token", Map.of("username", ghost, "password", "x-5")).status()).isEqualTo(429);
        assertThat(api.post("/api/auth/token", Map.of("username", ghost, "password", "x")).status()).isEqualTo(429);
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() {
        for (String path : new String[] {"/", "/login.xhtml", "/api/system/info", "/api/me"}) {
            Api.Answer a = api.get(path);
            assertThat(a.header("Content-Security-Policy")).as(path).contains("frame-ancestors 'none'").contains("object-src 'none'");
            assertThat(a.header("X-Frame-Options")).as(path).isEqualTo("DENY");
            assertThat(a.header("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
            assertThat(a.header("Referrer-Policy")).as(path).isEqualTo("strict-origin-when-cross-origin");
            assertThat(a.header("Permissions-Policy")).as(path).contains("camera=()");
            assertThat(a.header("Cache-Control")).as(path).isEqualTo("no-store");
        }
    }

    @Test
    void theTradingHallSessionCookieIsHttpOnlyAndSameSiteAndCannotWriteThroughTheApiWithoutTheRequestHeader()
            throws Exception {
        String user = People.username(api, People.Who.SUPERVISOR_AUDIT);
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String setCookie = signInWithForm(browser, user);
        assertThat(setCookie).contains("JSESSIONID").containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");

        HttpResponse<String> me = browser.send(HttpRequest.newBuilder(uri("/api/me")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body()).contains(user);

        String change = "{\"currentPassword\":\"" + People.PASSWORD + "\",\"password\":\"Another-Pass-2026x\",\"passwordConfirm\":\"Another-Pass-2026x\"}";
        HttpResponse<String> forged = browser.send(HttpRequest.newBuilder(uri("/api/me/password"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(change)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(forged.statusCode()).as(forged.body()).isEqualTo(403);
        // the password did not change: the API still signs in with the old one
        assertThat(api.token(user, People.PASSWORD)).isNotBlank();
    }

    /**
     * CSRF on the pages: a state-changing form posted without the view state the page handed out — as a forged
     * cross-site form would be, which cannot read it — changes nothing; posted with it, the same form works.
     */
    @Test
    void aPageFormPostedWithoutItsViewStateChangesNothing() throws Exception {
        String reviewer = People.token(api, People.Who.REVIEWER);
        String user = People.registerApproved(api, reviewer, "ENTERPRISE_BIDDER", "表单防伪测试企业" + System.nanoTime() % 100000);
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
        signInWithForm(browser, user);
        HttpResponse<String> page = browser.send(HttpRequest.newBuilder(uri("/account/index.xhtml")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        Map<String, String> fields = fields(page.body());
        String viewState = fields.get("jakarta.faces.ViewState");
        assertThat(viewState).isNotBlank();
        String newPassword = "Forged-Pass-2026x";
        Map<String, String> post = new LinkedHashMap<>();
        post.put("pw", "pw");
        fields.keySet().stream().filter(k -> k.startsWith("pw:") && k.contains("currentPassword")).forEach(k -> post.put(k, People.PASSWORD));
        fields.keySet().stream().filter(k -> k.startsWith("pw:") && k.matches(".*:password(:.*)?$")).forEach(k -> post.put(k, newPassword));
        fields.keySet().stream().filter(k -> k.startsWith("pw:") && k.contains("passwordConfirm")).forEach(k -> post.put(k, newPassword));
        post.put("pw:change", "");
        assertThat(post).hasSize(5);
        for (String forgedState : new String[] {null, "-4711:8815", viewState + "0"}) {
            Map<String, String> forged = new LinkedHashMap<>(post);
            if (forgedState != null) {
                forged.put("jakarta.faces.ViewState", forgedState);
            }
            HttpResponse<String> r = browser.send(HttpRequest.newBuilder(uri("/account/index.xhtml"))
                    .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form(forged))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as("view state " + forgedState + ": " + r.body()).isLessThan(500);
            if (forgedState != null) {
                // a view state the server does not hold: the "page expired" page, 400
                assertThat(r.statusCode()).isEqualTo(400);
                assertThat(r.body()).contains("error-page");
            }
            assertThat(api.post("/api/auth/token", Map.of("username", user, "password", People.PASSWORD)).status())
                    .as("password unchanged after a post with view state " + forgedState).isEqualTo(200);
        }
        Map<String, String> genuine = new LinkedHashMap<>(post);
        genuine.put("jakarta.faces.ViewState", viewState);
        browser.send(HttpRequest.newBuilder(uri("/account/index.xhtml")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(genuine))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(api.post("/api/auth/token", Map.of("username", user, "password", newPassword)).status())
                .as("the same form with its view state does change the password").isEqualTo(200);
    }

    /** Signs in through the login page's form; returns the Set-Cookie headers of the login page. */
    private String signInWithForm(HttpClient browser, String user) throws Exception {
        HttpResponse<String> form = browser.send(HttpRequest.newBuilder(uri("/login.xhtml")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        String setCookie = String.join("\n", form.headers().allValues("Set-Cookie"));
        Map<String, String> fields = fields(form.body());
        String userField = fields.keySet().stream().filter(k -> k.endsWith("username")).findFirst().orElseThrow();
        String passField = fields.keySet().stream().filter(k -> k.endsWith("password")).findFirst().orElseThrow();
        fields.put(userField, user);
        fields.put(passField, People.PASSWORD);
        fields.put("f:signin", "");
        HttpResponse<String> signedIn = browser.send(HttpRequest.newBuilder(uri("/login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(fields))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).as(signedIn.body()).isEqualTo(302);
        return setCookie;
    }

    private static Map<String, String> fields(String html) {
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher m = Pattern.compile("<input[^>]*name=\"([^\"]+)\"[^>]*>").matcher(html);
        while (m.find()) {
            String tag = m.group();
            Matcher v = Pattern.compile("value=\"([^\"]*)\"").matcher(tag);
            fields.put(m.group(1), v.find() ? v.group(1).replace("&#x3a;", ":").replace("&amp;", "&") : "");
        }
        return fields;
    }

    private URI uri(String path) {
        return URI.create(api.base() + path);
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

}
