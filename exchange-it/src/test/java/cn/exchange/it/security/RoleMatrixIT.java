package cn.exchange.it.security;

import cn.exchange.it.support.Api;
import cn.exchange.it.support.People;
import cn.exchange.it.support.People.Who;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The role matrix, walked completely: every REST endpoint and every page the exchange publishes in its security matrix,
 * called as every role and as an anonymous visitor. A role the rule does not admit is refused (401 / sign-in redirect
 * for anonymous, 403 for the wrong role); a role it admits is not. An endpoint or page without a rule fails the test,
 * and so does an endpoint in the OpenAPI document that the matrix does not list.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RoleMatrixIT {

    @ArquillianResource
    URL base;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(base);
    }

    @Test
    void everyEndpointRefusesEveryRoleItsRuleDoesNotAdmit() {
        JsonObject matrix = api.get("/api/security/matrix").json();
        Map<String, Set<String>> permissions = permissionsByRole(matrix);
        List<String> failures = new ArrayList<>();
        int calls = 0;
        for (JsonValue v : matrix.getJsonArray("endpoints")) {
            JsonObject e = v.asJsonObject();
            String method = e.getString("method");
            String path = "/api" + e.getString("path").replaceAll("\\{[^}]+}", "999999");
            String rule = e.getString("rule");
            if ("NONE".equals(rule)) {
                failures.add(method + " " + path + " has no access rule");
                continue;
            }
            String body = "GET".equals(method) ? null : "{}";
            for (Who who : Who.values()) {
                boolean admitted = admits(rule, who.name(), permissions);
                Api.Answer a = api.as(People.token(api, who)).method(method, path, body);
                calls++;
                if (!admitted && !refused(a, 403)) {
                    failures.add(who + " " + method + " " + path + " (" + rule + ") expected 403, got " + a);
                }
                if (admitted && (refused(a, 401) || refused(a, 403))) {
                    failures.add(who + " " + method + " " + path + " (" + rule + ") was refused: " + a);
                }
                if (a.status() >= 500) {
                    failures.add(who + " " + method + " " + path + " answered " + a);
                }
            }
            Api.Answer anonymous = api.method(method, path, body);
            calls++;
            if (!"PUBLIC".equals(rule) && !refused(anonymous, 401)) {
                failures.add("anonymous " + method + " " + path + " (" + rule + ") expected 401, got " + anonymous);
            }
            if (anonymous.status() >= 500) {
                failures.add("anonymous " + method + " " + path + " answered " + anonymous);
            }
        }
        assertThat(failures).as("role-matrix violations").isEmpty();
        assertThat(calls).as("calls made").isGreaterThan(100);
    }

    @Test
    void everyPageRefusesEveryRoleItsRuleDoesNotAdmit() {
        JsonObject matrix = api.get("/api/security/matrix").json();
        Map<String, Set<String>> permissions = permissionsByRole(matrix);
        List<String> failures = new ArrayList<>();
        for (JsonValue v : matrix.getJsonArray("pages")) {
            String page = withExampleParameters(v.asJsonObject().getString("viewId"));
            String rule = v.asJsonObject().getString("rule");
            for (Who who : Who.values()) {
                Api.Answer a = api.as(People.token(api, who)).get(page);
                boolean admitted = admits(rule, who.name(), permissions);
                if (!admitted && a.status() != 403) {
                    failures.add(who + " " + page + " (" + rule + ") expected 403, got " + a.status());
                }
                if (admitted && a.status() != 200) {
                    failures.add(who + " " + page + " (" + rule + ") expected 200, got " + a.status());
                }
            }
            Api.Answer anonymous = api.get(page);
            if ("PUBLIC".equals(rule)) {
                if (anonymous.status() != 200) {
                    failures.add("anonymous " + page + " expected 200, got " + anonymous.status());
                }
            } else if (anonymous.status() != 302 || !anonymous.header("Location").contains("/login.xhtml")) {
                failures.add("anonymous " + page + " (" + rule + ") expected a redirect to sign in, got " + anonymous.status());
            }
        }
        assertThat(failures).as("page-matrix violations").isEmpty();
    }

    private static Long hallLot;

    /** A lot whose session opens in an hour: the hall shows it to every visitor. */
    private synchronized long hallLot() {
        if (hallLot == null) {
            try {
                hallLot = cn.exchange.it.support.AuctionFixture.session(api, 2, "100000.00", "1000.00", null, 3600, 3600, 300).lotId();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return hallLot;
    }

    /** A page that shows one object gets the id of a real one (a published lot), so an admitted visitor sees it. */
    private String withExampleParameters(String page) {
        if (page.equals("/hall.xhtml")) {
            return page + "?lot=" + hallLot();
        }
        if (!page.equals("/lot.xhtml")) {
            return page;
        }
        var rows = api.get("/api/board/lots?limit=1").json().getJsonArray("rows");
        long id;
        if (rows.isEmpty()) {
            Api agency = api.as(People.token(api, Who.AGENCY));
            var lot = new java.util.HashMap<String, Object>(Map.of("title", "矩阵测试标的", "region", "北京", "appraiser", "评估公司",
                    "valuationBaseDate", cn.exchange.it.support.ServerClock.today(api).minusMonths(1).toString(),
                    "appraisedValue", new java.math.BigDecimal("100000.00"), "listingPrice", new java.math.BigDecimal("100000.00"),
                    "deposit", new java.math.BigDecimal("10000.00"), "increment", new java.math.BigDecimal("1000.00"),
                    "biddingMethod", "ONLINE_ASCENDING"));
            long project = agency.post("/api/projects", Map.of("title", "矩阵测试项目", "category", "ENTERPRISE_ASSET",
                    "lots", List.of(lot))).json().getJsonNumber("id").longValue();
            id = api.as(People.token(api, Who.REVIEWER)).post("/api/projects/" + project + "/publish", "{}").json()
                    .getJsonArray("lots").getJsonObject(0).getJsonNumber("id").longValue();
        } else {
            id = rows.getJsonObject(0).getJsonNumber("lotId").longValue();
        }
        return page + "?id=" + id;
    }

    @Test
    void theMatrixListsEveryEndpointOfTheOpenApiDocument() {
        JsonObject matrix = api.get("/api/security/matrix").json();
        Set<String> listed = new HashSet<>();
        for (JsonValue v : matrix.getJsonArray("endpoints")) {
            listed.add(v.asJsonObject().getString("method") + " /api" + v.asJsonObject().getString("path"));
        }
        JsonObject openapi = api.get("/openapi", "Accept", "application/json").json();
        Set<String> documented = new HashSet<>();
        openapi.getJsonObject("paths").forEach((path, ops) -> ops.asJsonObject().keySet()
                .forEach(m -> documented.add(m.toUpperCase() + " " + path)));
        assertThat(documented).isNotEmpty();
        assertThat(listed).containsAll(documented);
    }

    @Test
    void supervisorsMayChangeNothing() {
        JsonObject matrix = api.get("/api/security/matrix").json();
        for (String role : List.of("SUPERVISOR_SASAC", "SUPERVISOR_DISCIPLINE", "SUPERVISOR_AUDIT")) {
            Set<String> held = permissionsByRole(matrix).get(role);
            for (JsonValue v : matrix.getJsonArray("endpoints")) {
                JsonObject e = v.asJsonObject();
                boolean changes = !"GET".equals(e.getString("method"));
                String rule = e.getString("rule");
                boolean selfOrPublic = "PUBLIC".equals(rule) || "OWN_ACCOUNT".equals(rule) || "SIGNED_IN".equals(rule);
                if (changes && !selfOrPublic) {
                    assertThat(held).as(role + " must not hold " + rule + " (" + e + ")").doesNotContain(rule);
                }
            }
        }
    }

    /** A refusal by the access rules (not, say, a wrong password at the token endpoint). */
    static boolean refused(Api.Answer a, int status) {
        if (a.status() != status) {
            return false;
        }
        String code = a.json().getString("code", "");
        return status == 401 ? code.equals("signin.required") : code.equals("common.notPermitted");
    }

    static boolean admits(String rule, String role, Map<String, Set<String>> permissions) {
        return switch (rule) {
            case "PUBLIC", "SIGNED_IN" -> true;
            default -> permissions.get(role).contains(rule);
        };
    }

    static Map<String, Set<String>> permissionsByRole(JsonObject matrix) {
        Map<String, Set<String>> out = new java.util.HashMap<>();
        matrix.getJsonObject("permissionsByRole").forEach((role, list) -> {
            Set<String> s = new HashSet<>();
            list.asJsonArray().forEach(p -> s.add(((jakarta.json.JsonString) p).getString()));
            out.put(role, s);
        });
        return out;
    }
}
