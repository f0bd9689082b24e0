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
import java.util.List;
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

    /**
     * Targeted lock-out: a competitor's 50 wrong passwords for a rival's name from its own address
     * (127.0.0.2) lock the competitor and new addresses out, never the rival signing in from its usual one (127.0.0.1).
     */
    @Test
    void anAttackersFiftyWrongPasswordsFromElsewhereDoNotLockTheOwnerOutAtItsUsualAddress() throws Exception {
        String reviewer = People.token(api, People.Who.REVIEWER);
        String victim = People.registerApproved(api, reviewer, "ENTERPRISE_BIDDER", "竞争对手锁定测试" + System.nanoTime() % 100000);
        assertThat(signInFrom("127.0.0.1", victim, People.PASSWORD)).as("the victim's usual sign-in").isEqualTo(200);
        int locked = 0;
        for (int i = 0; i < 50; i++) {
            int status = signInFrom("127.0.0.2", victim, "guess-" + i);
            assertThat(status).as("guess %d", i + 1).isIn(401, 429);
            locked += status == 429 ? 1 : 0;
        }
        assertThat(locked).as("the attacker is slowed down").isGreaterThanOrEqualTo(45);
        assertThat(signInFrom("127.0.0.2", victim, People.PASSWORD)).as("the attacker's address, even with the right password").isEqualTo(429);
        assertThat(signInFrom("127.0.0.3", victim, People.PASSWORD)).as("a new address while the name is under attack").isEqualTo(429);
        // the owner, at once, from the address it signed in from before
        assertThat(signInFrom("127.0.0.1", victim, People.PASSWORD)).as("the victim from its usual address").isEqualTo(200);
    }

    /** POST /api/auth/token from a given local address (the loopback network 127.0.0.0/8 is all this machine's). */
    private int signInFrom(String localAddress, String username, String password) throws Exception {
        URI target = URI.create(base.toString().replaceAll("/$", "") + "/api/auth/token");
        byte[] body = Api.json(Map.of("username", username, "password", password)).getBytes(StandardCharsets.UTF_8);
        try (java.net.Socket socket = new java.net.Socket()) {
            socket.bind(new java.net.InetSocketAddress(java.net.InetAddress.getByName(localAddress), 0));
            socket.connect(new java.net.InetSocketAddress("127.0.0.1", target.getPort()), 10_000);
            socket.setSoTimeout(60_000);
            String head = "POST " + target.getRawPath() + " HTTP/1.1\r\nHost: 127.0.0.1:" + target.getPort()
                    + "\r\nContent-Type: application/json\r\nAccept: application/json\r\nContent-Length: " + body.length
                    + "\r\nConnection: close\r\n\r\n";
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().write(body);
            socket.getOutputStream().flush();
            String status = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                    StandardCharsets.US_ASCII)).readLine();
            assertThat(status).as("status line").startsWith("HTTP/1.1 ");
            return Integer.parseInt(status.substring(9, 12));
        }
    }

    /** A token is accepted only exactly as issued — not with a "." or anything else appended. */
    @Test
    void aTokenWithAnythingAppendedIsRefused() {
        String token = People.token(api, People.Who.SUPERVISOR_AUDIT);
        assertThat(api.as(token).get("/api/me").status()).isEqualTo(200);
        for (String forged : new String[] {token + ".", token + "..", token + ".x", token + "=", " " + token.substring(1)}) {
            assertThat(api.as(forged).get("/api/me").status()).as(forged).isEqualTo(401);
        }
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
        for (String cookie : setCookie.split("\n")) {
            assertThat(cookie.toLowerCase(java.util.Locale.ROOT).split("samesite", -1)).as("SameSite at most once: " + cookie).hasSizeLessThanOrEqualTo(2);
        }
        // the session a first visit starts (the listener's SameSite setting used to add it a second time there)
        List<String> first = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri("/login.xhtml")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).headers().allValues("Set-Cookie");
        assertThat(first).as("a first visit starts a session").anyMatch(c -> c.startsWith("JSESSIONID=") && c.toLowerCase().contains("samesite=lax"));
        assertThat(first).as("SameSite once on every cookie of a first visit").allMatch(c -> c.toLowerCase().split("samesite", -1).length == 2);

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
