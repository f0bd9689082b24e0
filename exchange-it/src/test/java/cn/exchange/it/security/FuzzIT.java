package cn.exchange.it.security;

import cn.exchange.it.support.Api;
import cn.exchange.it.support.AuctionFixture;
import cn.exchange.it.support.People;
import cn.exchange.it.support.People.Who;
import cn.exchange.it.support.TestDatabase;
import cn.exchange.core.shared.ColumnLimits;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile and bad input against every REST endpoint the exchange publishes: each
 * endpoint, called with a role its rule admits, gets malformed JSON, wrong types, huge, negative, over-precise and
 * scientific-notation amounts, empty and giant strings, lone surrogates, SQL and script injection, path traversal,
 * wrong content types, and bad path and query parameters; the upload endpoints also get files that lie about their
 * type, GBK text, oversized bodies and a zip bomb. Every answer must be below 500, every refusal (4xx) must carry a
 * message (except a URL the HTTP server refuses before the exchange sees it: an encoded NUL or slash), and every
 * refusal must leave the business tables exactly as they were (no partial writes). The path parameters point at objects created for this
 * test, so that the requests reach the code behind the parsing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FuzzIT {

    /** Tables whose rows only a state change adds (sign-in throttling and instance heartbeats are left out). */
    static final String[] TABLES = {"party", "account", "audit_record", "project", "lot", "notice", "lot_document", "application",
            "bank_credit", "auction", "bid_log", "deal", "contract_signature", "deal_document", "ledger_posting", "ledger_line",
            "disbursement", "bank_debit", "certificate", "relisting_bar", "default_shortfall"};

    static final String GIANT = "档".repeat(100_000);

    static final List<String> BODIES = List.of("{", "[]", "null", "\"just a string\"", "{\"amount\": \"abc\", \"price\": true, \"reason\": 123}",
            "{\"amount\": 1e400, \"price\": 1E+400, \"downPayment\": 9e99}", "{\"amount\": -1, \"price\": -0.01, \"instalments\": -3}",
            "{\"amount\": 100.001, \"price\": 0.001, \"downPayment\": 1.005}", "{\"amount\": 1E+3, \"price\": 1e3}",
            "{\"reason\": \"\", \"title\": \"\", \"name\": \"\", \"username\": \"\", \"sha256\": \"\"}",
            "{\"reason\": \"" + GIANT + "\", \"title\": \"x\", \"payeeAccount\": \"1\"}",
            "{\"reason\": \"\\ud800\", \"title\": \"\\udfff\\u0000\", \"name\": \"\\u0000\"}",
            "{\"reason\": \"x'); drop table lot;--\", \"title\": \"' or 1=1 --\", \"username\": \"admin'--\", \"payeeAccount\": \"1 or 1=1\"}",
            "{\"reason\": \"<script>alert(1)</script>\", \"title\": \"<img src=x onerror=alert(1)>\"}",
            "{\"name\": \"../../etc/passwd\", \"filename\": \"..\\\\..\\\\windows\\\\win.ini\"}",
            "{\"startsAt\": \"not a date\", \"lastDueOn\": \"2026-02-30\", \"receivedAt\": \"yesterday\", \"freeSeconds\": 1e9}",
            "{\"kind\": \"NOPE\", \"forfeit\": \"maybe\", \"instalments\": 99, \"category\": \"DROP\"}");

    static final List<String> PATH_VALUES = List.of("0", "-1", "99999999999999999999999", "abc", "..%2F..%2Fetc%2Fpasswd", "1%3Bdrop", "%00");

    @ArquillianResource
    URL base;

    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    int cases;
    int refused;
    int accepted;
    final List<String> serverErrors = new ArrayList<>();
    final List<String> partialWrites = new ArrayList<>();
    final List<String> unclear = new ArrayList<>();

    /** The exchange's time when the run began: plausible dates are counted from it, never from the machine's day. */
    static java.time.OffsetDateTime serverNow;

    @Test
    void noHostileRequestGetsA5xxOrLeavesAPartialWrite() throws Exception {
        installWriteProbe();
        try {
            fuzz();
        } finally {
            removeWriteProbe();
        }
    }

    private void fuzz() throws Exception {
        Api api = new Api(base);
        serverNow = cn.exchange.it.support.ServerClock.now(api);
        AuctionFixture.Session own = AuctionFixture.qualified(api, 2, "100000.00", "1000.00", null, "ENTERPRISE_ASSET", -1);
        Map<String, String> ids = ownIds(own.lotId());
        JsonObject matrix = api.get("/api/security/matrix").json();
        Map<String, List<String>> holders = holders(matrix);
        long t0 = System.nanoTime();
        for (JsonValue v : matrix.getJsonArray("endpoints")) {
            JsonObject e = v.asJsonObject();
            String method = e.getString("method");
            String path = e.getString("path");
            String token = tokenFor(api, e.getString("rule"), holders);
            String concrete = "/api" + fill(path, ids);
            if ("GET".equals(method)) {
                send(method, concrete + "?limit=-1&after=abc&price=1e999&from=notadate&by=DROP&min=-1&status=%00", null, "application/json", token);
            } else {
                for (String body : BODIES) {
                    send(method, concrete, body.getBytes(StandardCharsets.UTF_8), "application/json", token);
                }
                send(method, concrete, "a=b&c=%ZZ".getBytes(StandardCharsets.UTF_8), "application/x-www-form-urlencoded", token);
                send(method, concrete, "plain".getBytes(StandardCharsets.UTF_8), "text/plain", token);
            }
            if (path.contains("{")) {
                for (String bad : PATH_VALUES) {
                    send(method, "/api" + path.replaceAll("\\{[^}]+}", bad), "GET".equals(method) ? null : "{}".getBytes(), "application/json", token);
                }
            }
        }
        long t1 = System.nanoTime();
        uploads(api, ids);
        int before = cases;
        long t2 = System.nanoTime();
        hostileText(api, matrix, holders, ids);
        long t3 = System.nanoTime();
        int textCases = cases - before;
        FacesFormFuzz faces = facesForms(api, matrix, holders, own.lotId());
        long t4 = System.nanoTime();
        cases += faces.cases();
        refused += faces.counts[1];
        accepted += faces.counts[2];
        serverErrors.addAll(faces.serverErrors);
        partialWrites.addAll(faces.partialWrites);
        System.out.printf("[fuzz] %d cases: %d refused (4xx), %d answered (2xx/3xx), %d server errors, %d partial writes,"
                + " %d refusals without a message%n", cases, refused, accepted, serverErrors.size(), partialWrites.size(), unclear.size());
        System.out.printf("[fuzz] hostile text: %d cases on %d text fields of %d endpoints and %d query parameters: %s%n", textCases,
                textFields, textEndpoints, queryParameters, familyCounts);
        System.out.printf("[fuzz] Faces forms: %d cases on %d text fields of %d forms on %d pages %s: %s%n", faces.cases(), faces.fields,
                faces.forms, faces.pagesWithForms.size(), faces.pagesWithForms, faces.families);
        // where the run's time goes (diagnostics for the test command's length; no threshold)
        System.out.printf("[fuzz] time: endpoints %d s, uploads %d s, hostile text %d s, Faces forms %d s; of which write-probe reads %d s"
                + " (%d reads), waits for quiet %d s%n", (t1 - t0) / 1_000_000_000, (t2 - t1) / 1_000_000_000, (t3 - t2) / 1_000_000_000,
                (t4 - t3) / 1_000_000_000, ROW_NANOS.sum() / 1_000_000_000, ROW_COUNTS.sum(), QUIET_NANOS.sum() / 1_000_000_000);
        faces.expired.stream().limit(20).forEach(x -> System.out.println("[fuzz] view state lost: " + x));
        unclear.stream().limit(20).forEach(x -> System.out.println("[fuzz] no message: " + x));
        serverErrors.forEach(x -> System.out.println("[fuzz] " + x));
        partialWrites.forEach(x -> System.out.println("[fuzz] partial write: " + x));
        assertThat(serverErrors).as("5xx answers").isEmpty();
        assertThat(partialWrites).as("refused requests that changed the record").isEmpty();
        assertThat(unclear).as("refusals without a message").isEmpty();
        assertThat(rows()).as("the write probe saw the writes of the fixture and the accepted cases").isPositive();
        assertThat(cases).isGreaterThan(1000);
        assertThat(textEndpoints).as("endpoints whose body has a text field").isGreaterThan(20);
        assertThat(textCases).as("hostile-text cases").isGreaterThan(700);
        assertThat(faces.expired).as("Faces cases whose view state the server no longer held (the fuzz's own fault)").isEmpty();
        assertThat(faces.pagesWithForms).as("pages whose forms were fuzzed").contains("/register.xhtml", "/agency/project-new.xhtml",
                "/admin/calendar.xhtml", "/admin/accounts.xhtml", "/staff/qualification.xhtml", "/supervision/reports.xhtml");
        assertThat(cases).as("cases in all (at least 5,000)").isGreaterThanOrEqualTo(5_000);
    }

    /**
     * Every page of the page table with a form, as a role its rule admits (the hall and the lot page on this test's lot);
     * the sign-in and own-account forms get only what the input rule refuses before a password is checked (an accepted
     * text would count as a failed sign-in of this address).
     */
    private FacesFormFuzz facesForms(Api api, JsonObject matrix, Map<String, List<String>> holders, long lot) throws Exception {
        FacesFormFuzz faces = new FacesFormFuzz(base.toString(), () -> {
            try {
                return rows();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, columnLimits());
        // the hall shows a lot with a session: one that opens in an hour
        long hall = AuctionFixture.session(api, 2, "100000.00", "1000.00", null, 3600, 3600, 300).lotId();
        for (JsonValue v : matrix.getJsonArray("pages")) {
            String page = v.asJsonObject().getString("viewId");
            if (page.startsWith("/error/")) {
                continue;
            }
            String withQuery = page.equals("/hall.xhtml") ? page + "?lot=" + hall : page.equals("/lot.xhtml") ? page + "?id=" + lot : page;
            boolean password = page.equals("/login.xhtml") || page.equals("/account/index.xhtml");
            faces.page(withQuery, tokenFor(api, v.asJsonObject().getString("rule"), holders), password);
        }
        return faces;
    }

    /**
     * Hostile text, one text field at a time, the others plausible, so that the text reaches the
     * code behind the parsing: control characters, NUL, lone surrogates, Unicode normalisation tricks and, where the
     * field's column is known (the entities' {@code @Column(length)} through {@link ColumnLimits}), lengths at the
     * column's limit −1, at it and +1. Each family is written as JSON escapes, as a hostile client would send it.
     */
    static final Map<String, String> TEXT_FAMILIES = new LinkedHashMap<>();

    static {
        // one list of hostile texts (FacesFormFuzz.FAMILIES: the characters), written here as JSON string content
        FacesFormFuzz.FAMILIES.forEach((family, text) -> TEXT_FAMILIES.put(family, jsonText(text)));
    }

    /**
     * {@code text} as the inside of a JSON string: quotes and backslashes escaped; control characters (C0, DEL, C1) and
     * lone surrogates as backslash-u escapes — a lone surrogate cannot travel as UTF-8, only escaped — the rest as is.
     */
    static String jsonText(String text) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
            if (pair) {
                b.append(c).append(text.charAt(++i));
            } else if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c == '\n') {
                b.append("\\n");
            } else if (c == '\r') {
                b.append("\\r");
            } else if (c == '\t') {
                b.append("\\t");
            } else if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || Character.isSurrogate(c)) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** The families the input rule refuses as soon as the body is read. */
    static final Set<String> BOUNDARY_REFUSED = Set.of("nul", "nul-trailing", "c0-del", "c1-nel", "lone-high-surrogate",
            "lone-low-surrogate", "bidi-noncharacter");

    int textFields;
    int textEndpoints;
    final Map<String, Integer> familyCounts = new java.util.TreeMap<>();

    private void hostileText(Api api, JsonObject matrix, Map<String, List<String>> holders, Map<String, String> ids) throws Exception {
        JsonObject openapi = openApi();
        JsonObject schemas = openapi.containsKey("components") && openapi.getJsonObject("components").containsKey("schemas")
                ? openapi.getJsonObject("components").getJsonObject("schemas") : jakarta.json.Json.createObjectBuilder().build();
        Map<String, Set<Integer>> limits = columnLimits();
        String ownPassword = null;
        for (JsonValue v : matrix.getJsonArray("endpoints")) {
            JsonObject e = v.asJsonObject();
            String method = e.getString("method");
            if ("GET".equals(method)) {
                queryText(openapi, e, tokenFor(api, e.getString("rule"), holders), ids);
                continue;
            }
            if ("DELETE".equals(method)) {
                continue;
            }
            JsonObject schema = requestSchema(openapi, e.getString("path"), method.toLowerCase(java.util.Locale.ROOT));
            if (schema == null) {
                continue;
            }
            List<String> texts = new ArrayList<>();
            Object skeleton = skeleton(schema, schemas, "", texts, 0);
            if (texts.isEmpty()) {
                continue;
            }
            textEndpoints++;
            String token;
            if (e.getString("path").equals("/me/password")) {
                // wrong current passwords count with failed sign-ins: a throw-away account, not the shared bidder
                ownPassword = ownPassword != null ? ownPassword : api.token(People.registerApproved(api, People.token(api, Who.REVIEWER),
                        "ENTERPRISE_BIDDER", "改密模糊测试企业" + System.nanoTime() % 100000), People.PASSWORD);
                token = ownPassword;
            } else {
                token = tokenFor(api, e.getString("rule"), holders);
            }
            String concrete = "/api" + fill(e.getString("path"), ids);
            for (String field : texts) {
                textFields++;
                Map<String, String> values = new LinkedHashMap<>(TEXT_FAMILIES);
                String leaf = field.replaceAll(".*[.\\]]", "");
                for (int limit : limits.getOrDefault(leaf, Set.of(4000))) {
                    values.put("length-" + (limit - 1), "档".repeat(limit - 1));
                    values.put("length-" + limit, "档".repeat(limit));
                    values.put("length-" + (limit + 1), "档".repeat(limit + 1));
                }
                if (e.getString("path").equals("/auth/token")) {
                    // only what the input rule refuses before the sign-in: an accepted text would count as a failed
                    // sign-in of this address and lock the rest of the suite out
                    values.keySet().retainAll(BOUNDARY_REFUSED);
                }
                for (Map.Entry<String, String> family : values.entrySet()) {
                    String body = Api.json(withPlaceholder(skeleton, field)).replace("§FUZZ§", family.getValue());
                    send(method, concrete, body.getBytes(StandardCharsets.UTF_8), "application/json", token);
                    familyCounts.merge(family.getKey().startsWith("length-") ? "column-length±1" : family.getKey(), 1, Integer::sum);
                }
            }
        }
    }

    int queryParameters;

    /**
     * Hostile text in every query parameter of a GET endpoint (the OpenAPI document names them), one at a time, sent as
     * a hostile client sends it: percent-encoded UTF-8, a lone surrogate as the invalid bytes of its code unit.
     */
    private void queryText(JsonObject openapi, JsonObject endpoint, String token, Map<String, String> ids) throws Exception {
        JsonObject paths = openapi.getJsonObject("paths");
        for (String p : paths.keySet()) {
            if (!p.endsWith("/api" + endpoint.getString("path")) && !p.equals(endpoint.getString("path"))) {
                continue;
            }
            JsonObject op = paths.getJsonObject(p).getJsonObject("get");
            if (op == null || !op.containsKey("parameters")) {
                return;
            }
            for (JsonValue pv : op.getJsonArray("parameters")) {
                JsonObject param = pv.asJsonObject();
                if (!"query".equals(param.getString("in", ""))) {
                    continue;
                }
                queryParameters++;
                for (Map.Entry<String, String> family : FacesFormFuzz.FAMILIES.entrySet()) {
                    String value = new String(FacesFormFuzz.encode(Map.of("v", family.getValue())), StandardCharsets.ISO_8859_1).substring(2);
                    send("GET", "/api" + fill(endpoint.getString("path"), ids) + "?" + param.getString("name") + "=" + value, null,
                            "application/json", token);
                    familyCounts.merge("query:" + family.getKey(), 1, Integer::sum);
                }
            }
            return;
        }
    }

    /** The OpenAPI document Payara generates from the resources (request bodies with their fields and types). */
    private JsonObject openApi() throws Exception {
        URI root = URI.create(base.toString()).resolve("/openapi");
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(root).header("Accept", "application/json").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as("GET /openapi").isEqualTo(200);
        try (jakarta.json.JsonReader reader = jakarta.json.Json.createReader(new java.io.StringReader(r.body()))) {
            return reader.readObject();
        }
    }

    private static JsonObject requestSchema(JsonObject openapi, String matrixPath, String method) {
        JsonObject paths = openapi.getJsonObject("paths");
        for (String p : paths.keySet()) {
            if (!p.endsWith("/api" + matrixPath) && !p.equals(matrixPath)) {
                continue;
            }
            JsonObject op = paths.getJsonObject(p).getJsonObject(method);
            if (op == null || !op.containsKey("requestBody")) {
                return null;
            }
            JsonObject content = op.getJsonObject("requestBody").getJsonObject("content");
            if (content == null) {
                return null;
            }
            JsonObject json = content.containsKey("application/json") ? content.getJsonObject("application/json")
                    : content.containsKey("*/*") ? content.getJsonObject("*/*") : null;
            return json == null || !json.containsKey("schema") ? null : json.getJsonObject("schema");
        }
        return null;
    }

    /** A plausible body for the schema; the paths of its text fields ({@code lots[0].title}) are collected. */
    private static Object skeleton(JsonObject schema, JsonObject schemas, String path, List<String> texts, int depth) {
        if (depth > 6) {
            return null;
        }
        if (schema.containsKey("$ref")) {
            String ref = schema.getString("$ref");
            JsonObject target = schemas.getJsonObject(ref.substring(ref.lastIndexOf('/') + 1));
            return target == null ? null : skeleton(target, schemas, path, texts, depth + 1);
        }
        if (schema.containsKey("allOf") && !schema.getJsonArray("allOf").isEmpty()) {
            return skeleton(schema.getJsonArray("allOf").getJsonObject(0), schemas, path, texts, depth + 1);
        }
        if (schema.containsKey("enum") && !schema.getJsonArray("enum").isEmpty()) {
            JsonValue first = schema.getJsonArray("enum").get(0);
            return first instanceof jakarta.json.JsonString js ? js.getString() : first.toString();
        }
        String type = schema.getString("type", schema.containsKey("properties") ? "object" : "");
        switch (type) {
            case "object" -> {
                Map<String, Object> m = new LinkedHashMap<>();
                if (schema.containsKey("properties")) {
                    JsonObject props = schema.getJsonObject("properties");
                    for (String name : props.keySet()) {
                        Object value = skeleton(props.getJsonObject(name), schemas, path.isEmpty() ? name : path + "." + name, texts, depth + 1);
                        if (value != null) {
                            m.put(name, value);
                        }
                    }
                }
                return m;
            }
            case "array" -> {
                Object item = schema.containsKey("items") ? skeleton(schema.getJsonObject("items"), schemas, path + "[0]", texts, depth + 1) : null;
                return item == null ? List.of() : List.of(item);
            }
            case "string" -> {
                String format = schema.getString("format", "");
                if (format.equals("date")) {
                    return serverNow.toLocalDate().plusDays(30).toString();
                }
                if (format.equals("date-time")) {
                    return serverNow.plusDays(30).withNano(0).toString();
                }
                if (format.isEmpty()) {
                    texts.add(path);
                }
                return "测试文本";
            }
            case "number" -> {
                return new java.math.BigDecimal("1000.00");
            }
            case "integer" -> {
                return 1;
            }
            case "boolean" -> {
                return Boolean.FALSE;
            }
            default -> {
                return null;
            }
        }
    }

    /** A copy of the skeleton with the text at {@code path} replaced by the placeholder. */
    @SuppressWarnings("unchecked")
    private static Object withPlaceholder(Object skeleton, String path) {
        if (path.isEmpty()) {
            return "§FUZZ§";
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^([^.\\[]+)(\\[0])?\\.?(.*)$").matcher(path);
        if (!m.matches() || !(skeleton instanceof Map)) {
            return skeleton;
        }
        Map<String, Object> copy = new LinkedHashMap<>((Map<String, Object>) skeleton);
        String name = m.group(1);
        if (m.group(2) != null) {
            List<Object> list = new ArrayList<>((List<Object>) copy.get(name));
            list.set(0, m.group(3).isEmpty() ? "§FUZZ§" : withPlaceholder(list.get(0), m.group(3)));
            copy.put(name, list);
        } else {
            copy.put(name, m.group(3).isEmpty() ? "§FUZZ§" : withPlaceholder(copy.get(name), m.group(3)));
        }
        return copy;
    }

    /** Field name → the lengths of the entity columns of that name: the limits the ±1 cases probe. */
    private static Map<String, Set<Integer>> columnLimits() {
        Map<String, Set<Integer>> out = new LinkedHashMap<>();
        for (Class<?> entity : List.of(cn.exchange.core.party.Party.class, cn.exchange.core.party.Account.class,
                cn.exchange.core.listing.Project.class, cn.exchange.core.listing.Lot.class, cn.exchange.core.listing.Notice.class,
                cn.exchange.core.listing.LotDocument.class, cn.exchange.core.qualification.Application.class,
                cn.exchange.core.qualification.CreditRecord.class, cn.exchange.core.settlement.Deal.class,
                cn.exchange.core.settlement.Disbursement.class, cn.exchange.core.settlement.Certificate.class)) {
            ColumnLimits.all(entity).forEach((field, length) ->
                    out.computeIfAbsent(field.replaceAll(".*\\.", ""), k -> new java.util.TreeSet<>()).add(length));
        }
        out.computeIfAbsent("text", k -> new java.util.TreeSet<>()).add(ColumnLimits.of(cn.exchange.core.listing.Notice.class, "body"));
        out.computeIfAbsent("reason", k -> new java.util.TreeSet<>()).add(500);
        return out;
    }

    /** Files that lie: statements, lot imports and documents of the wrong type, encoding or size. */
    private void uploads(Api api, Map<String, String> ids) throws Exception {
        String settlement = People.token(api, Who.SETTLEMENT);
        String agency = People.token(api, Who.AGENCY);
        byte[] gbk = "银行流水号,入账时间,金额,付款人名称,付款人账号,附言\nG1,2026-11-20 10:00:00,100.00,某公司,6222,8866\n"
                .getBytes(Charset.forName("GBK"));
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13};
        byte[] bomb = zipBomb();
        List<byte[]> files = List.of(gbk, png, bomb, new byte[0], "银行流水号,金额\n1,2\n".getBytes(StandardCharsets.UTF_8),
                ("银行流水号,入账时间,金额,付款人名称,付款人账号,附言\nD1,2026-11-20 10:00:00,1e5,甲,1,x\nD1,2026-11-20 10:00:00,-5,乙,1,x\n"
                        + "D2,2026-13-45 99:00:00,100.001,,1,x\n").getBytes(StandardCharsets.UTF_8), new byte[11 * 1024 * 1024]);
        String project = ids.get("project");
        for (byte[] f : files) {
            send("POST", "/api/qualification/statements", f, "text/csv", settlement);
            send("POST", "/api/projects/" + project + "/lots/import?filename=lots.xlsx", f, "application/octet-stream", agency);
            send("POST", "/api/projects/" + project + "/lots/import?filename=../../lots.csv", f, "text/csv", agency);
            send("POST", "/api/projects/" + project + "/lots/" + ids.get("lot") + "/documents?filename=report.pdf", f, "application/pdf", agency);
            send("POST", "/api/projects/" + project + "/lots/" + ids.get("lot") + "/documents?filename=..%2F..%2Fevil.jpg", f, "image/jpeg", agency);
        }
    }

    private void send(String method, String path, byte[] body, String type, String token) throws Exception {
        send(method, path, body, type, token, 1);
    }

    /**
     * One case. The server's own work for earlier tests (sessions closing, deals opening, schedules) may write while a
     * case runs: a refused case whose window saw rows change is sent again, up to five times, each once the background
     * work is quiet ({@link #awaitQuiet}). It is a partial write if the rows change on every one of five tries, or if the
     * repeat is answered differently (the first attempt's write changed the
     * outcome); a background write does neither.
     */
    private void send(String method, String path, byte[] body, String type, String token, int attempt) throws Exception {
        send(method, path, body, type, token, attempt, null);
    }

    private void send(String method, String path, byte[] body, String type, String token, int attempt, String firstAnswer) throws Exception {
        long before = rows();
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + path)).timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (body != null) {
            // as a well-behaved client sends a body: the server may refuse on the headers before the body is sent
            b.header("Content-Type", type).expectContinue(true);
        }
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> r;
        try {
            r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IllegalArgumentException e) {
            return; // a URI the client itself refuses to send is not a case
        } catch (java.io.IOException e) {
            cases++;
            serverErrors.add(method + " " + path + " [" + type + "] → no answer: " + e);
            return;
        }
        cases++;
        String what = method + " " + (path.length() > 120 ? path.substring(0, 120) : path) + " [" + type + ", "
                + (body == null ? 0 : body.length) + " bytes] → " + r.statusCode() + " " + (r.body().length() > 200 ? r.body().substring(0, 200) : r.body());
        if (r.statusCode() >= 500) {
            serverErrors.add(what);
        } else if (r.statusCode() >= 400) {
            refused++;
            // a URL the HTTP server itself refuses (an encoded NUL or slash) never reaches the exchange: a bare 4xx is its answer
            boolean transport = path.contains("%00") || path.contains("%2F");
            if (!transport && !r.body().contains("\"message\"")) {
                unclear.add(what);
            }
            // what a repeat must answer alike: the status and a JSON refusal's content (its message may vary); an HTML error
            // page carries a fresh view state and CSP nonce on every answer, so only its status counts
            String answer = r.statusCode() + " " + (r.body().startsWith("{")
                    ? r.body().replaceAll("\"message\":\"[^\"]*\"", "") : "(page)");
            if (firstAnswer != null && !firstAnswer.equals(answer)) {
                partialWrites.add(what + " (answered differently when repeated)");
            } else if (rows() != before) {
                if (attempt < 5) {
                    awaitQuiet(); // the server's own work (a sweep, a close) finishes; then the case again
                    cases--;
                    refused--;
                    unclear.remove(what);
                    send(method, path, body, type, token, attempt + 1, answer);
                    return;
                }
                partialWrites.add(what);
            }
        } else {
            accepted++;
        }
    }

    /**
     * Waits until the background work is quiet: the counted rows unchanged over three polls 100 ms apart, within 5 s
     * (a deadline, not a pause: the repeat then shows whether the case itself writes).
     */
    private static void awaitQuiet() throws Exception {
        long started = System.nanoTime();
        try {
            awaitQuietUntil();
        } finally {
            QUIET_NANOS.add(System.nanoTime() - started);
        }
    }

    static final java.util.concurrent.atomic.LongAdder ROW_NANOS = new java.util.concurrent.atomic.LongAdder();
    static final java.util.concurrent.atomic.LongAdder ROW_COUNTS = new java.util.concurrent.atomic.LongAdder();
    static final java.util.concurrent.atomic.LongAdder QUIET_NANOS = new java.util.concurrent.atomic.LongAdder();

    private static void awaitQuietUntil() throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        long last = rows();
        int unchanged = 0;
        while (unchanged < 3 && System.nanoTime() < deadline) {
            Thread.sleep(100);
            long now = rows();
            unchanged = now == last ? unchanged + 1 : 0;
            last = now;
        }
    }

    private static long rows() throws Exception {
        long started = System.nanoTime();
        try {
            return countRows();
        } finally {
            ROW_NANOS.add(System.nanoTime() - started);
            ROW_COUNTS.increment();
        }
    }

    /**
     * The write probe: while the fuzz runs, every row inserted into or deleted from {@link #TABLES} also appends a row
     * to {@code fuzz_write_log} with its transaction's id, in the same transaction — so a rolled-back write leaves
     * nothing. The log's highest transaction id changes when a transaction that wrote those tables commits, the case's
     * own included: its transaction got its id after every transaction whose commit was seen before the case was sent.
     * Reading it is one index lookup, where counting the tables' rows took longer the more the suite had written before
     * (README, "Tests": the test command's time).
     */
    private static void installWriteProbe() throws Exception {
        try (Connection c = TestDatabase.dataSource().getConnection(); Statement s = c.createStatement()) {
            // no sequence in the trigger: EclipseLink reads an IDENTITY id with lastval(), which a trigger's nextval would change
            s.execute("create table if not exists fuzz_write_log (tx bigint not null)");
            s.execute("create index if not exists fuzz_write_log_tx on fuzz_write_log (tx)");
            s.execute("create or replace function fuzz_write_logged() returns trigger language plpgsql as $$"
                    + " begin insert into fuzz_write_log (tx) values (txid_current()); return null; end $$");
            for (String t : TABLES) {
                s.execute("drop trigger if exists fuzz_write_probe on " + t);
                s.execute("create trigger fuzz_write_probe after insert or delete on " + t + " for each row execute function fuzz_write_logged()");
            }
        }
    }

    private static void removeWriteProbe() throws Exception {
        if (counting != null) {
            counting.close();
        }
        try (Connection c = TestDatabase.dataSource().getConnection(); Statement s = c.createStatement()) {
            for (String t : TABLES) {
                s.execute("drop trigger if exists fuzz_write_probe on " + t);
            }
        }
    }

    /** One connection for the probe (a case reads it twice; a connection per read would fork a backend each time). */
    private static Connection counting;

    private static synchronized long countRows() throws Exception {
        if (counting == null || counting.isClosed()) {
            counting = TestDatabase.dataSource().getConnection();
            counting.setAutoCommit(true);
        }
        try (Statement s = counting.createStatement(); ResultSet rs = s.executeQuery("select coalesce(max(tx), 0) from fuzz_write_log")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The ids the path parameters take: this test's own lot, project and applications; others that do not exist. */
    private static Map<String, String> ownIds(long lotId) throws Exception {
        Map<String, String> ids = new LinkedHashMap<>();
        ids.put("lot", Long.toString(lotId));
        try (Connection c = TestDatabase.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select project_id, (select min(id) from application where lot_id = " + lotId
                     + ") from lot where id = " + lotId)) {
            rs.next();
            ids.put("project", rs.getString(1));
            ids.put("application", rs.getString(2));
        }
        return ids;
    }

    private static String fill(String path, Map<String, String> ids) {
        String p = path.replace("{lotId}", ids.get("lot")).replace("{projectId}", ids.get("project"));
        if (p.startsWith("/lots/") || p.startsWith("/auctions/")) {
            p = p.replace("{id}", ids.get("lot"));
        } else if (p.startsWith("/projects/")) {
            p = p.replace("{id}", ids.get("project"));
        } else if (p.contains("/applications/")) {
            p = p.replace("{id}", ids.get("application"));
        }
        return p.replaceAll("\\{[^}]+}", "999999");
    }

    private static Map<String, List<String>> holders(JsonObject matrix) {
        Map<String, List<String>> byPermission = new LinkedHashMap<>();
        JsonObject roles = matrix.getJsonObject("permissionsByRole");
        for (String role : roles.keySet()) {
            roles.getJsonArray(role).forEach(p -> byPermission.computeIfAbsent(((jakarta.json.JsonString) p).getString(),
                    k -> new ArrayList<>()).add(role));
        }
        return byPermission;
    }

    /** A role the rule admits: the agency first (it owns this test's project), then the staff, then anyone. */
    private static String tokenFor(Api api, String rule, Map<String, List<String>> holders) {
        if ("PUBLIC".equals(rule)) {
            return null;
        }
        if ("SIGNED_IN".equals(rule)) {
            return People.token(api, Who.BIDDER);
        }
        List<String> roles = holders.getOrDefault(rule.replace("PERMISSION:", ""), List.of());
        for (Who w : new Who[] {Who.AGENCY, Who.OPERATOR, Who.REVIEWER, Who.SETTLEMENT, Who.BIDDER, Who.ADMIN, Who.SUPERVISOR_AUDIT}) {
            if (roles.contains(w.name())) {
                return People.token(api, w);
            }
        }
        return People.token(api, Who.BIDDER);
    }

    /** An XLSX-looking zip whose one entry inflates to 200 MB of zeros. */
    private static byte[] zipBomb() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 200; i++) {
                z.write(zeros);
            }
            z.closeEntry();
        }
        return out.toByteArray();
    }
}
