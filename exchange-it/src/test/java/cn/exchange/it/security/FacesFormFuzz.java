package cn.exchange.it.security;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.LongSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hostile text in every Faces form: each page of the page table, as a role its rule admits, is loaded;
 * every form on it is read as a browser reads it (its hidden fields and view state, the values its fields hold, its first
 * submit button); then each text field in turn is sent with each hostile family — control characters, NUL, lone
 * surrogates (as the invalid UTF-8 a hostile client sends), reordering characters, normalisation tricks, lengths at a
 * column's limit −1, at it and +1 — the other fields as the page filled them. Every answer must be below 500 and not the
 * error page; a form answered with an error message must have left the business tables as they were.
 */
final class FacesFormFuzz {

    /** The hostile-text families, as the characters a browser would send: the one list (FuzzIT sends them as JSON escapes). */
    static final Map<String, String> FAMILIES = new LinkedHashMap<>();

    static {
        FAMILIES.put("nul", "甲\u0000乙");
        FAMILIES.put("nul-trailing", "标题\u0000");
        FAMILIES.put("c0-del", "\u001b[31m红\u0007\u0008\u007f");
        FAMILIES.put("c1-nel", "一\u0085二");
        FAMILIES.put("crlf-tab", "一行\r\n二行\t完");
        FAMILIES.put("lone-high-surrogate", "坏\ud800");
        FAMILIES.put("lone-low-surrogate", "\udfff\ud800坏");
        FAMILIES.put("bidi-noncharacter", "报告\u202efdp.exe\uffff");
        FAMILIES.put("normalisation", "ﬁ１２３Å\u212b\u0065\u0301\u0301\u0301ｶﾞ\ufeff零\u200b宽\u200d😀𠀀");
        FAMILIES.put("sql-script", "x'); drop table lot;-- <script>alert(1)</script>");
        FAMILIES.put("json-path-punctuation", "单引号' 反引号` 花括号}{ 方括号][ 斜杠/ 反斜杠\\ 引号\"");
        FAMILIES.put("whitespace-only", "   \u3000\u00a0\u2003");
        FAMILIES.put("markup-entities", "<b>粗</b>&lt;i&gt;&#0;&amp;<!-- 注释 <![CDATA[x]]>");
        FAMILIES.put("spreadsheet-formula", "=HYPERLINK(\"http://127.0.0.1/x\",\"点我\")+1 @SUM(A1) -2+3");
        FAMILIES.put("format-expression", "%s%n%x {0} ${jndi:ldap://127.0.0.1/a} #{1+1} {{7*7}}");
    }

    private static final Pattern FORM = Pattern.compile("<form\\b([^>]*)>(.*?)</form>", Pattern.DOTALL);
    private static final Pattern INPUT = Pattern.compile("<input\\b([^>]*)/?>", Pattern.DOTALL);
    private static final Pattern TEXTAREA = Pattern.compile("<textarea\\b([^>]*)>(.*?)</textarea>", Pattern.DOTALL);
    private static final Pattern SELECT = Pattern.compile("<select\\b([^>]*)>(.*?)</select>", Pattern.DOTALL);
    private static final Pattern OPTION = Pattern.compile("<option\\b([^>]*)>", Pattern.DOTALL);
    private static final Pattern BUTTON = Pattern.compile("<button\\b([^>]*)>", Pattern.DOTALL);
    private static final Set<String> TEXT_TYPES = Set.of("text", "email", "tel", "search", "password", "url", "number", "");

    final int[] counts = new int[3]; // cases, refused with a message, answered otherwise
    final List<String> serverErrors = new ArrayList<>();
    final List<String> partialWrites = new ArrayList<>();
    final Map<String, Integer> families = new TreeMap<>();
    final Set<String> pagesWithForms = new java.util.TreeSet<>();
    int forms;
    int fields;

    private final String base;
    private final LongSupplier rows;
    private final Map<String, Set<Integer>> limits;

    FacesFormFuzz(String base, LongSupplier rows, Map<String, Set<Integer>> limits) {
        this.base = base.replaceAll("/$", "");
        this.rows = rows;
        this.limits = limits;
    }

    int cases() {
        return counts[0];
    }

    /** One form as the page last rendered it. */
    private record Form(String id, String action, Map<String, String> values, List<String> texts, String button) {
    }

    final List<String> expired = new ArrayList<>();

    /**
     * Fuzzes every form of one page ({@code page} with its query) as the holder of {@code token} (null: a visitor).
     * {@code onlyRefusedFamilies}: send only the families the input rule refuses before any business rule runs (the
     * sign-in form: an accepted text would count as a failed sign-in of this address).
     */
    void page(String page, String token, boolean onlyRefusedFamilies) throws Exception {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
        List<Form> found = forms(http, page, token);
        for (Form form : found) {
            forms++;
            pagesWithForms.add(page.replaceAll("\\?.*", ""));
            forged(http, page, token, form);
            // each form from a fresh load of the page: the view state the first load gave it is long gone once an earlier
            // form of the page was sent many times
            Form current = null;
            for (String field : form.texts()) {
                fields++;
                Map<String, String> hostile = new LinkedHashMap<>(FAMILIES);
                String leaf = field.replaceAll(".*:", "").replaceAll("_input$", "");
                for (int limit : limits.getOrDefault(leaf, Set.of(4000))) {
                    hostile.put("length-" + (limit - 1), "档".repeat(limit - 1));
                    hostile.put("length-" + limit, "档".repeat(limit));
                    hostile.put("length-" + (limit + 1), "档".repeat(limit + 1));
                }
                if (onlyRefusedFamilies) {
                    hostile.keySet().retainAll(FuzzIT.BOUNDARY_REFUSED);
                }
                for (Map.Entry<String, String> family : hostile.entrySet()) {
                    if (current == null) {
                        // the last case left the page (a redirect after an accepted form): load it again
                        current = forms(http, page, token).stream().filter(x -> x.id().equals(form.id())).findFirst().orElse(null);
                        if (current == null) {
                            break;
                        }
                    }
                    current = send(http, page, token, current, form.values(), field, family.getValue(), field + "=" + family.getKey(), 1);
                    families.merge(family.getKey().startsWith("length-") ? "column-length±1" : family.getKey(), 1, Integer::sum);
                }
            }
        }
    }

    /**
     * The form as a cross-site page or a script would send it: without the page's CSP nonce, and with a view state
     * this session was never given. Each must be refused (400), never a 500.
     */
    private void forged(HttpClient http, String page, String token, Form form) throws Exception {
        for (String kind : List.of("without-nonce", "foreign-view-state")) {
            Map<String, String> sent = new LinkedHashMap<>(form.values());
            if (kind.equals("without-nonce")) {
                sent.remove("primefaces.nonce");
            } else {
                sent.put("jakarta.faces.ViewState", "-4711:8421");
            }
            if (form.button() != null) {
                sent.put(form.button(), "");
            }
            HttpResponse<String> answer = http.send(request(form.action().isEmpty() ? page : form.action(), token)
                    .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofByteArray(encode(sent))).build(),
                    HttpResponse.BodyHandlers.ofString());
            counts[0]++;
            families.merge("forged-form", 1, Integer::sum);
            if (answer.statusCode() >= 500) {
                serverErrors.add("POST " + page + " " + form.id() + " " + kind + " → " + answer.statusCode());
            } else {
                counts[1]++;
            }
        }
    }

    /** The page's post forms that have a text field, as its GET renders them. */
    private List<Form> forms(HttpClient http, String page, String token) throws Exception {
        HttpResponse<String> got = http.send(request(page, token).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (got.statusCode() != 200) {
            throw new AssertionError("GET " + page + " as the fuzz's role answered " + got.statusCode());
        }
        return parse(got.body());
    }

    /** PrimeFaces' CSP nonce of the page, which its script adds to every form it sends (as {@code primefaces.nonce}). */
    private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\(['\"]([^'\"]+)['\"]\\)|nonce=\"([^\"]+)\"");

    private static List<Form> parse(String html) {
        List<Form> out = new ArrayList<>();
        Matcher n = NONCE.matcher(html);
        String nonce = n.find() ? (n.group(1) != null ? n.group(1) : n.group(2)) : null;
        Matcher f = FORM.matcher(html);
        while (f.find()) {
            String attributes = f.group(1);
            if (!"post".equalsIgnoreCase(attr(attributes, "method")) || !f.group(2).contains("jakarta.faces.ViewState")) {
                continue;
            }
            Map<String, String> values = new LinkedHashMap<>();
            List<String> texts = new ArrayList<>();
            read(f.group(2), values, texts);
            if (nonce != null) {
                values.put("primefaces.nonce", nonce);
            }
            if (!texts.isEmpty()) {
                out.add(new Form(attr(attributes, "id"), unescape(attr(attributes, "action")), values, texts, submitButton(f.group(2))));
            }
        }
        return out;
    }

    /**
     * One case: the form as the page filled it ({@code original}), with the view state the page last rendered, and
     * {@code field} set to the hostile text. Returns the form as the answer renders it (its new view state), or null
     * if the answer left the page. A refusal whose window saw the tables change (the server's own work for earlier
     * tests may write) is sent again, up to three times: the tables changing every time is a partial write.
     */
    private Form send(HttpClient http, String page, String token, Form current, Map<String, String> original, String field,
                      String value, String what, int attempt) throws Exception {
        Map<String, String> sent = new LinkedHashMap<>(original);
        sent.put("jakarta.faces.ViewState", current.values().get("jakarta.faces.ViewState"));
        if (current.values().containsKey("primefaces.nonce")) {
            sent.put("primefaces.nonce", current.values().get("primefaces.nonce"));
        }
        sent.put(field, value);
        if (current.button() != null) {
            sent.put(current.button(), "");
        }
        long before = rows.getAsLong();
        HttpRequest r = request(current.action().isEmpty() ? page : current.action(), token)
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofByteArray(encode(sent))).build();
        HttpResponse<String> answer;
        try {
            answer = http.send(r, HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            counts[0]++;
            serverErrors.add("POST " + page + " " + what + " → no answer: " + e);
            return null;
        }
        String body = answer.body();
        String summary = "POST " + page + " " + what + " → " + answer.statusCode();
        if (answer.statusCode() == 400 && body.contains("id=\"error-page\"")) {
            counts[0]++;
            expired.add(summary);
            return null;
        }
        counts[0]++;
        if (answer.statusCode() >= 500 || body.contains("id=\"error-page\"")) {
            serverErrors.add(summary + " " + body.substring(0, Math.min(300, body.length())).replaceAll("\\s+", " "));
            return null;
        }
        Form next = answer.statusCode() == 200 ? parse(body).stream().filter(x -> x.id().equals(current.id())).findFirst().orElse(null) : null;
        boolean refused = body.contains("ui-messages-error") || body.contains("ui-message-error") || body.contains("ui-growl-error");
        if (refused) {
            if (rows.getAsLong() != before) {
                if (attempt < 3 && next != null) {
                    counts[0]--;
                    return send(http, page, token, next, original, field, value, what, attempt + 1);
                }
                partialWrites.add(summary + " (refused with a message, yet the tables changed)");
            }
            counts[1]++;
        } else {
            counts[2]++;
        }
        return next;
    }

    private HttpRequest.Builder request(String path, String token) {
        String target = path.startsWith("http") ? path : base + (path.startsWith("/") ? "" : "/") + path;
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(target)).timeout(Duration.ofSeconds(60))
                .header("Accept-Language", "zh-CN").header("Origin", base);
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return b;
    }

    /** The form's fields as a browser would send them; the names of its text fields in {@code texts}. */
    private static void read(String form, Map<String, String> values, List<String> texts) {
        Matcher m = INPUT.matcher(form);
        while (m.find()) {
            String a = m.group(1);
            String name = attr(a, "name");
            if (name.isEmpty() || a.contains(" disabled")) {
                continue;
            }
            String type = attr(a, "type").toLowerCase(java.util.Locale.ROOT);
            String value = unescape(attr(a, "value"));
            switch (type) {
                case "checkbox", "radio" -> {
                    if (a.contains("checked")) {
                        values.put(name, value.isEmpty() ? "on" : value);
                    }
                }
                case "submit", "button", "image", "reset", "file" -> {
                    // not sent unless pressed
                }
                case "hidden" -> values.put(name, value);
                default -> {
                    values.put(name, value.isEmpty() ? "测试" : value);
                    if (TEXT_TYPES.contains(type) && !a.contains(" readonly")) {
                        texts.add(name);
                    }
                }
            }
        }
        Matcher t = TEXTAREA.matcher(form);
        while (t.find()) {
            String name = attr(t.group(1), "name");
            if (!name.isEmpty() && !t.group(1).contains(" disabled") && !t.group(1).contains(" readonly")) {
                String value = unescape(t.group(2));
                values.put(name, value.isEmpty() ? "测试" : value);
                texts.add(name);
            }
        }
        Matcher s = SELECT.matcher(form);
        while (s.find()) {
            String name = attr(s.group(1), "name");
            if (name.isEmpty()) {
                continue;
            }
            Matcher o = OPTION.matcher(s.group(2));
            String first = null;
            String selected = null;
            while (o.find()) {
                String v = unescape(attr(o.group(1), "value"));
                first = first == null ? v : first;
                if (o.group(1).contains("selected")) {
                    selected = v;
                }
            }
            String chosen = selected != null ? selected : first;
            if (chosen != null) {
                values.put(name, chosen);
            }
        }
    }

    /**
     * The first submit button's name (pressing it is what sends the form), or null: a postback without an action, which
     * still converts, validates and applies every field. Buttons of a table's rows ({@code f:rows:0:disable}) are left
     * alone: they act on records other tests own (an account, an application), and the fuzz is about the text.
     */
    private static String submitButton(String form) {
        Matcher b = BUTTON.matcher(form);
        while (b.find()) {
            String type = attr(b.group(1), "type");
            String name = attr(b.group(1), "name");
            if (!name.isEmpty() && !name.matches(".*:\\d+:.*") && (type.isEmpty() || type.equalsIgnoreCase("submit"))
                    && !b.group(1).contains(" disabled")) {
                return name;
            }
        }
        Matcher i = INPUT.matcher(form);
        while (i.find()) {
            String name = attr(i.group(1), "name");
            if (attr(i.group(1), "type").equalsIgnoreCase("submit") && !name.isEmpty() && !name.matches(".*:\\d+:.*")) {
                return attr(i.group(1), "name");
            }
        }
        return null;
    }

    static String attr(String attributes, String name) {
        Matcher m = Pattern.compile("(?:^|\\s)" + Pattern.quote(name) + "=\"([^\"]*)\"").matcher(attributes);
        return m.find() ? m.group(1) : "";
    }

    static String unescape(String html) {
        Matcher m = Pattern.compile("&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);").matcher(html);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String e = m.group(1);
            String r = switch (e) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                default -> new String(Character.toChars(e.startsWith("#x") ? Integer.parseInt(e.substring(2), 16) : Integer.parseInt(e.substring(1))));
            };
            m.appendReplacement(out, Matcher.quoteReplacement(r));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * Form encoding as a hostile client sends it: UTF-8, except that a lone surrogate goes out as the three bytes
     * UTF-8 would give its code unit (invalid UTF-8), which a well-behaved encoder would have replaced by '?'.
     */
    static byte[] encode(Map<String, String> fields) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        boolean first = true;
        for (Map.Entry<String, String> e : fields.entrySet()) {
            if (!first) {
                out.write('&');
            }
            first = false;
            percent(out, e.getKey());
            out.write('=');
            percent(out, e.getValue());
        }
        return out.toByteArray();
    }

    private static void percent(ByteArrayOutputStream out, String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            byte[] bytes;
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                bytes = s.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
                i++;
            } else if (Character.isSurrogate(c)) {
                bytes = new byte[] {(byte) (0xE0 | (c >> 12)), (byte) (0x80 | ((c >> 6) & 0x3F)), (byte) (0x80 | (c & 0x3F))};
            } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.' || c == '*') {
                out.write(c);
                continue;
            } else if (c == ' ') {
                out.write('+');
                continue;
            } else {
                bytes = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
            }
            for (byte b : bytes) {
                out.write('%');
                out.write(Character.toUpperCase(Character.forDigit((b >> 4) & 0xF, 16)));
                out.write(Character.toUpperCase(Character.forDigit(b & 0xF, 16)));
            }
        }
    }
}
