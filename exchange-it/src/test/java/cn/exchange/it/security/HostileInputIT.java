package cn.exchange.it.security;

import cn.exchange.it.listing.Lots;
import cn.exchange.it.support.Api;
import cn.exchange.it.support.People;
import cn.exchange.it.support.People.Who;
import cn.exchange.it.support.ServerClock;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static cn.exchange.it.support.TestDatabase.count;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The input defences (README, "Reliability and security: faults, hostile input, load"), as a hostile user meets them
 * over HTTP: hostile text is a 400 naming the field (never a 500, never silently altered); wrong current passwords of a
 * password change count with failed sign-ins; a document id does not tell an unpublished lot from nothing; malformed
 * bodies and parameters are 400s naming the field in words.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HostileInputIT {

    @ArquillianResource
    URL base;

    Api api;

    LocalDate today;

    @BeforeEach
    void setUp() {
        api = new Api(base);
        today = ServerClock.today(api);
    }

    static Map<String, Object> person(String name) {
        Map<String, Object> m = new LinkedHashMap<>();
        String mobile = People.mobile();
        m.put("kind", "PERSON_BIDDER");
        m.put("name", name);
        m.put("residentId", People.residentId());
        m.put("mobile", mobile);
        m.put("username", mobile);
        m.put("password", "Qing-Shan-Good-2026");
        m.put("passwordConfirm", "Qing-Shan-Good-2026");
        return m;
    }

    static JsonObject field(Api.Answer a, String field) {
        for (JsonValue v : a.json().getJsonArray("errors")) {
            if (field.equals(v.asJsonObject().getString("field"))) {
                return v.asJsonObject();
            }
        }
        throw new AssertionError("no error for " + field + " in " + a);
    }

    @Test
    void hostileTextIsA400NamingTheFieldInChineseAndEnglish() {
        // as JSON escapes: a lone surrogate cannot travel as UTF-8 bytes
        for (String escape : new String[] {"\\u0000", "\\u001b", "\\ud800", "\\u202e", "\\u0085"}) {
            String body = Api.json(person("赵§六")).replace("§", escape);
            Api.Answer zh = api.method("POST", "/api/registrations", body, "Accept-Language", "zh-CN");
            assertThat(zh.status()).as(zh.toString()).isEqualTo(400);
            assertThat(field(zh, "name").getString("message")).contains("第 2 个字符");
            Api.Answer en = api.method("POST", "/api/registrations", body, "Accept-Language", "en");
            assertThat(en.status()).as(en.toString()).isEqualTo(400);
            assertThat(field(en, "name").getString("message")).startsWith("Character 2 is");
        }
        // at the column's limit it is stored; one over is refused before PostgreSQL sees it
        Api.Answer over = api.post("/api/registrations", person("王".repeat(201)), "Accept-Language", "en");
        assertThat(over.status()).as(over.toString()).isEqualTo(400);
        assertThat(over.json().toString()).contains("\"field\":\"name\"");
    }

    @Test
    void anAmendmentWithANulOrOverTheColumnIsRefusedAndOneAtTheLimitIsPublished() throws Exception {
        long lotId = publishedLot();
        Api operator = api.as(People.token(api, Who.OPERATOR));
        Api.Answer nul = operator.method("POST", "/api/lots/" + lotId + "/amend", "{\"text\": \"变更受让条件\\u0000\"}");
        assertThat(nul.status()).as(nul.toString()).isEqualTo(400);
        assertThat(field(nul, "text").getString("code")).isEqualTo("text.controlCharacter");
        Api.Answer tooLong = operator.post("/api/lots/" + lotId + "/amend", Map.of("text", "变".repeat(4001)), "Accept-Language", "en");
        assertThat(tooLong.status()).as(tooLong.toString()).isEqualTo(400);
        assertThat(field(tooLong, "text").getString("message")).isEqualTo("At most 4,000 characters.");
        // the notice's body is the kind's template around the text: what the column cannot hold is refused naming "text"
        Api.Answer atLimit = operator.post("/api/lots/" + lotId + "/amend", Map.of("text", "变".repeat(4000)));
        assertThat(atLimit.status()).as(atLimit.toString()).isEqualTo(400);
        assertThat(field(atLimit, "text").getString("code")).isEqualTo("common.tooLong");
        Api.Answer fits = operator.post("/api/lots/" + lotId + "/amend", Map.of("text", "变".repeat(3000)));
        assertThat(fits.status()).as(fits.toString()).isEqualTo(200);
    }

    @Test
    void aLotTitleWithANulIsRefusedNotSilentlyStripped() throws Exception {
        Api agency = api.as(People.token(api, Who.AGENCY));
        long before = count("select count(*) from lot");
        Api.Answer a = agency.method("POST", "/api/projects", Api.json(project(lot("办公楼§"))).replace("§", "\\u0000"));
        assertThat(a.status()).as(a.toString()).isEqualTo(400);
        assertThat(a.json().toString()).contains("text.controlCharacter").contains("title");
        assertThat(count("select count(*) from lot")).isEqualTo(before);
    }

    /** Item 3: wrong current passwords of a password change count with the sign-in's failures and lock the name. */
    @Test
    void wrongCurrentPasswordsOfAPasswordChangeLockTheNameLikeFailedSignIns() {
        String reviewer = People.token(api, Who.REVIEWER);
        String user = People.registerApproved(api, reviewer, "ENTERPRISE_BIDDER", "改密限制测试企业" + System.nanoTime() % 100000);
        Api me = api.as(api.token(user, People.PASSWORD));
        int status = 0;
        for (int i = 0; i < 5; i++) {
            Api.Answer a = me.post("/api/me/password", Map.of("currentPassword", "guess-" + i, "password", "Qing-Shan-New-2026x",
                    "passwordConfirm", "Qing-Shan-New-2026x"));
            status = a.status();
            if (i < 4) {
                assertThat(a.status()).as("guess %d: %s", i + 1, a).isEqualTo(400);
            }
        }
        assertThat(status).as("the fifth wrong guess locks the name").isEqualTo(429);
        // now even the right current password is refused, and so is a sign-in
        Api.Answer right = me.post("/api/me/password", Map.of("currentPassword", People.PASSWORD, "password", "Qing-Shan-New-2026x",
                "passwordConfirm", "Qing-Shan-New-2026x"), "Accept-Language", "zh-CN");
        assertThat(right.status()).as(right.toString()).isEqualTo(429);
        assertThat(right.json().getString("message")).contains("分钟");
        assertThat(right.header("Retry-After")).isNotBlank();
        assertThat(api.post("/api/auth/token", Map.of("username", user, "password", People.PASSWORD)).status()).isEqualTo(429);
    }

    /**
     * A password-change form without its current password (an empty body, a typo'd new password) is answered with the
     * field named and is not a guess: it never locks the name — as the role-matrix and fuzz tests' empty bodies once
     * locked the shared agency out of the rest of the suite.
     */
    @Test
    void aPasswordChangeWithoutTheCurrentPasswordIsNotAGuess() {
        String reviewer = People.token(api, Who.REVIEWER);
        String user = People.registerApproved(api, reviewer, "ENTERPRISE_BIDDER", "改密空表测试企业" + System.nanoTime() % 100000);
        Api me = api.as(api.token(user, People.PASSWORD));
        for (int i = 0; i < 6; i++) {
            Api.Answer a = me.post("/api/me/password", Map.of("password", "Qing-Shan-New-2026x", "passwordConfirm", "Qing-Shan-New-2026x"),
                    "Accept-Language", "zh-CN");
            assertThat(a.status()).as(a.toString()).isEqualTo(400);
            assertThat(a.toString()).contains("currentPassword").contains("请输入当前密码");
            Api.Answer weak = me.post("/api/me/password", Map.of("currentPassword", "guess-" + i, "password", "Password12",
                    "passwordConfirm", "Password12"));
            assertThat(weak.status()).as(weak.toString()).isEqualTo(400);
            assertThat(weak.toString()).contains("password.weak.common");
        }
        assertThat(api.post("/api/auth/token", Map.of("username", user, "password", People.PASSWORD)).status()).isEqualTo(200);
    }

    /** Item 5: a document of an unpublished lot is answered exactly as a document that does not exist. */
    @Test
    void aDocumentOfAnUnpublishedLotIsAnsweredAsOneThatDoesNotExist() throws Exception {
        Api agency = api.as(People.token(api, Who.AGENCY));
        Api.Answer created = agency.post("/api/projects", project(lot("未公告标的")));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonObject p = created.json();
        long lotId = p.getJsonArray("lots").getJsonObject(0).getJsonNumber("id").longValue();
        Api.Answer doc = agency.method("POST", "/api/projects/" + p.getJsonNumber("id") + "/lots/" + lotId + "/documents?filename="
                + URLEncoder.encode("评估报告.pdf", StandardCharsets.UTF_8), "%PDF-1.7\n正文\n%%EOF", "Content-Type", "application/pdf");
        assertThat(doc.status()).as(doc.toString()).isEqualTo(201);
        long docId = doc.json().getJsonNumber("id").longValue();
        long none = count("select coalesce(max(id), 0) + 1000 from lot_document");
        for (String lang : new String[] {"zh-CN", "en"}) {
            Api.Answer hidden = api.get("/api/board/documents/" + docId, "Accept-Language", lang);
            Api.Answer missing = api.get("/api/board/documents/" + none, "Accept-Language", lang);
            assertThat(hidden.status()).isEqualTo(404);
            // the same words, but for the id asked about (written 1,001 in the message)
            assertThat(hidden.body().replaceAll("[0-9,]+", "#")).isEqualTo(missing.body().replaceAll("[0-9,]+", "#"));
            assertThat(hidden.body()).doesNotContain("Lot（").doesNotContain("Lot (");
            if (lotId != docId) {
                // the lot's id as a number of its own (not a digit of the status 404 or of another id: on a fresh database
                // the ids are small)
                assertThat(hidden.json().getString("message")).doesNotContainPattern("(?<![0-9])" + lotId + "(?![0-9])");
            }
        }
    }

    /** Item 6: parser messages never reach the caller; bad parameters are 400s naming the parameter. */
    @Test
    void malformedBodiesAndParametersAre400sNamingTheFieldInWords() {
        Map<String, String> params = Map.of("minPrice=abc", "minPrice", "status=FOO", "status", "category=DROP", "category",
                "limit=abc", "limit", "endsFrom=notadate", "endsFrom");
        for (Map.Entry<String, String> e : params.entrySet()) {
            for (String lang : new String[] {"zh-CN", "en"}) {
                Api.Answer a = api.get("/api/board/lots?" + e.getKey(), "Accept-Language", lang);
                assertThat(a.status()).as(e.getKey() + " " + a).isEqualTo(400);
                assertThat(field(a, e.getValue()).getString("message")).contains(e.getValue()).doesNotContain("不存在")
                        .doesNotContain("exception").doesNotContain("cn.exchange");
            }
        }
        Api.Answer status = api.get("/api/board/lots?status=FOO", "Accept-Language", "en");
        assertThat(field(status, "status").getString("message")).contains("PUBLISHED");

        Api.Answer kind = api.method("POST", "/api/registrations", "{\"kind\": \"ADMIN\", \"name\": \"x\"}", "Accept-Language", "en");
        assertThat(kind.status()).isEqualTo(400);
        assertThat(field(kind, "kind").getString("message")).contains("PERSON_BIDDER").doesNotContain("No enum constant");
        Map<String, String> bodies = Map.of("[]", "Incorrect position", "{", "Invalid token", "{\"kind\": \"PERSON_BIDDER\", \"name\": {\"a\": 1}}",
                "Incorrect position", "\"x\"", "Internal error");
        for (Map.Entry<String, String> e : bodies.entrySet()) {
            Api.Answer a = api.method("POST", "/api/registrations", e.getKey(), "Accept-Language", "en");
            assertThat(a.status()).as(e.getKey()).isEqualTo(400);
            assertThat(a.body()).as(e.getKey()).doesNotContain(e.getValue()).doesNotContain("java.").doesNotContain("EOF");
        }
        Api.Answer name = api.method("POST", "/api/registrations", "{\"kind\": \"PERSON_BIDDER\", \"name\": {\"a\": 1}}", "Accept-Language", "en");
        assertThat(field(name, "name").getString("message")).isEqualTo("The value of \"name\" is not valid: expected text");
    }

    /** A lot titled {@code title}: valued and listed at 800,000.00, a deposit of 100,000.00. */
    private Map<String, Object> lot(String title) {
        return Lots.lot(today, title, "800000.00", "800000.00", "100000.00");
    }

    private static Map<String, Object> project(Map<String, Object> lot) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", "恶意输入测试项目 " + System.nanoTime());
        m.put("category", "ENTERPRISE_ASSET");
        m.put("entrustedBy", "某市机关事务管理局");
        m.put("media", "北京日报");
        m.put("lots", List.of(lot));
        return m;
    }

    private long publishedLot() {
        Api agency = api.as(People.token(api, Who.AGENCY));
        Api.Answer created = agency.post("/api/projects", project(lot("变更测试标的")));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonObject p = created.json();
        Api.Answer published = api.as(People.token(api, Who.REVIEWER)).post("/api/projects/" + p.getJsonNumber("id") + "/publish", "{}");
        assertThat(published.status()).as(published.toString()).isEqualTo(200);
        return p.getJsonArray("lots").getJsonObject(0).getJsonNumber("id").longValue();
    }
}
