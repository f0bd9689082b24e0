package cn.exchange.it.party;

import cn.exchange.it.support.Api;
import cn.exchange.it.support.People;
import cn.exchange.it.support.TestDatabase;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad identifiers, weak passwords and malformed registration requests: each gets a 400 with the field named and a
 * message in the caller's language, never a 500, and nothing is half-saved.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BadRegistrationIT {

    @ArquillianResource
    URL base;

    static Map<String, Object> person(String id, String password) {
        Map<String, Object> m = new LinkedHashMap<>();
        String mobile = People.mobile();
        m.put("kind", "PERSON_BIDDER");
        m.put("name", "赵六");
        m.put("residentId", id);
        m.put("mobile", mobile);
        m.put("username", mobile);
        m.put("password", password);
        m.put("passwordConfirm", password);
        return m;
    }

    @Test
    void badFieldsAreNamedInChineseAndInEnglish() throws Exception {
        Api api = new Api(base);
        long before = count();
        record Case(Map<String, Object> body, String field, String code) {
        }
        Map<String, Object> mismatch = person(People.residentId(), "Qing-Shan-Good-2026");
        mismatch.put("passwordConfirm", "Qing-Shan-Other-2026");
        Map<String, Object> org = new LinkedHashMap<>(person(null, "Qing-Shan-Good-2026"));
        org.put("kind", "ENTERPRISE_BIDDER");
        org.put("creditCode", "9131011559169385IA");
        org.put("contactPerson", "钱七");
        List<Case> cases = List.of(
                new Case(person("110105194912310021", "Qing-Shan-Good-2026"), "residentId", "residentId.checkFailed"),
                new Case(person("110105194902300027", "Qing-Shan-Good-2026"), "residentId", "residentId.badBirthDate"),
                new Case(person("12345", "Qing-Shan-Good-2026"), "residentId", "residentId.malformed"),
                new Case(person(People.residentId(), "password123"), "password", "password.tooSimple"),
                new Case(person(People.residentId(), "short"), "password", "password.tooShort"),
                new Case(mismatch, "passwordConfirm", "account.passwordMismatch"),
                new Case(org, "creditCode", "creditCode.malformed"));
        for (Case c : cases) {
            Api.Answer zh = api.post("/api/registrations", c.body());
            assertThat(zh.status()).as(zh.toString()).isEqualTo(400);
            JsonObject error = field(zh.json(), c.field());
            assertThat(error.getString("code")).isEqualTo(c.code());
            assertThat(error.getString("message")).matches(".*[\\u4e00-\\u9fa5].*");
            Api.Answer en = api.post("/api/registrations", c.body(), "Accept-Language", "en");
            assertThat(field(en.json(), c.field()).getString("message")).matches("[\\x20-\\x7E]+");
        }
        assertThat(count()).as("nothing half-saved").isEqualTo(before);
    }

    @Test
    void malformedRequestsAre400sNever500s() throws Exception {
        Api api = new Api(base);
        long before = count();
        List<String> bodies = List.of("", "{", "not json", "[]", "{\"kind\": 42}", "{\"kind\": \"KING\"}",
                "{\"kind\": \"PERSON_BIDDER\", \"name\": {\"a\": 1}}", "{\"kind\": null}",
                "{\"kind\": \"PERSON_BIDDER\", \"name\": \"" + "王".repeat(100_000) + "\"}",
                "{\"kind\": \"PERSON_BIDDER\", \"residentId\": \"'; drop table party; --\", \"name\": \"<script>alert(1)</script>\"}");
        List<String> failures = new ArrayList<>();
        for (String body : bodies) {
            Api.Answer a = api.method("POST", "/api/registrations", body);
            if (a.status() != 400 || !a.json().containsKey("message")) {
                failures.add(abbreviate(body) + " -> " + a);
            }
        }
        Api.Answer wrongType = api.method("POST", "/api/registrations", "kind=PERSON_BIDDER", "Content-Type", "text/plain");
        if (wrongType.status() != 415 && wrongType.status() != 400) {
            failures.add("text/plain -> " + wrongType);
        }
        assertThat(failures).isEmpty();
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void aTakenUserNameOrIdentifierIsRefusedAndNothingIsSaved() throws Exception {
        Api api = new Api(base);
        Map<String, Object> first = person(People.residentId(), "Qing-Shan-Good-2026");
        assertThat(api.post("/api/registrations", first).status()).isEqualTo(201);
        long before = count();
        Map<String, Object> again = person((String) first.get("residentId"), "Qing-Shan-Good-2026");
        again.put("username", first.get("username"));
        Api.Answer a = api.post("/api/registrations", again);
        assertThat(a.status()).isEqualTo(400);
        assertThat(a.json().getJsonArray("errors")).extracting(v -> v.asJsonObject().getString("code"))
                .contains("account.usernameTaken", "party.residentIdTaken");
        assertThat(count()).isEqualTo(before);
    }

    static JsonObject field(JsonObject problem, String field) {
        for (JsonValue v : problem.getJsonArray("errors")) {
            if (field.equals(v.asJsonObject().getString("field"))) {
                return v.asJsonObject();
            }
        }
        throw new AssertionError("no error for " + field + " in " + problem);
    }

    static long count() throws Exception {
        try (Connection c = TestDatabase.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select (select count(*) from party) + (select count(*) from account)")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static String abbreviate(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }
}
