package cn.exchange.it.web;

import cn.exchange.it.support.Api;
import cn.exchange.it.support.AuctionFixture;
import cn.exchange.it.support.AuctionFixture.Session;
import cn.exchange.it.support.Browser;
import cn.exchange.it.support.People;
import cn.exchange.it.support.People.Who;
import cn.exchange.it.support.ScreenshotOnFailure;
import cn.exchange.it.support.TestDatabase;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every audience's tour, every page, at a laptop's 1366 × 768 and a phone's 390 × 844,
 * in Chinese and in English — a screenshot of each under {@code target/screenshots/tour-*}, and on each page:
 * <ul>
 *   <li>axe-core (WCAG 2.0/2.1 A and AA rules) finds no serious or critical violation; the counts of every
 *       page are printed;</li>
 *   <li>no code reaches the reader: no UPPER_SNAKE token, no bare status word of the code (QUALIFIED, AGREED,
 *       ACCEPTED, AWARDED …), no key of the page bundle instead of its text, no "???key???"; in English, no Chinese in
 *       the page's own words (headings, labels, buttons, table headers, navigation) and no 元 or 万元. An audit record's
 *       summary is shown verbatim as the hash-chained evidence it is ({@code q.ex-record}) and is not read.</li>
 * </ul>
 * The data is a real transaction made through the API: a lot published, two bidders qualified, a session run to its
 * close, the deal opened (deposits in, the winner's converted, the other's refund instructed).
 */
@ExtendWith({ArquillianExtension.class, ScreenshotOnFailure.class})
@RunAsClient
class TourBrowserIT {

    static final Pattern UPPER_SNAKE = Pattern.compile("\\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\\b");
    /** Status and kind words of the code that must never appear bare (each is an enum constant somewhere in core). */
    static final Pattern STATUS_WORD = Pattern.compile("\\b(?:QUALIFIED|REJECTED|AGREED|OBJECTED|ACCEPTED|AWARDED|FAILED|DEFAULTED|"
            + "FORFEITED|SIGNING|PAYING|PAID|CERTIFIED|SUBMITTED|PUBLISHED|WITHDRAWN|APPROVED|PENDING|ACTIVE|LOCKED|CLOSED|LIMITED|"
            + "PAUSED|PAUSE|RESUME|BID|SYSTEM|BANK|FEES|DEPOSIT|BUYER|PRICE|CONTRACT|TOTAL|ANNOUNCEMENT|BIDDER|AGENCY|OPERATOR|"
            + "REVIEWER|SETTLEMENT|ADMIN|UNMATCHED|MATCHED|SHORT|LATE)\\b");
    static final Pattern CJK = Pattern.compile("[\\u4e00-\\u9fff]");

    @ArquillianResource
    URL base;

    record Result(String page, long serious, long all, List<String> problems) {
    }

    @Test
    void everyPageOfEveryAudienceAtBothSizesAndInBothLanguagesIsAccessibleAndInWords() throws Exception {
        Api api = new Api(base);
        Session s = AuctionFixture.session(api, 2, "100000.00", "1000.00", null, 3, 0, 8);
        AuctionFixture.awaitPhase(api, s.lotId(), "LIMITED", 20);
        // the home page and the board show what is bidding now, with its way into the hall
        for (String page : List.of("/", "/board.xhtml")) {
            String html = api.get(page).body();
            assertThat(html).as(page).contains("id=\"live-area\"").contains("正在竞价").contains("/hall.xhtml?lot=" + s.lotId());
        }
        AuctionFixture.bid(s.bidders().get(0), s.lotId(), "100000.00");
        AuctionFixture.bid(s.bidders().get(1), s.lotId(), "101000.00");
        AuctionFixture.awaitPhase(api, s.lotId(), "CLOSED", 40);
        long deal = AuctionFixture.awaitDeal(s.bidders().get(1).api());
        long lot = s.lotId();
        // a lot whose announcement runs: a visitor is shown how to apply, a bidder the commitment to read
        Api agency = api.as(People.token(api, Who.AGENCY));
        long project = agency.post("/api/projects", Map.of("title", "巡检项目 " + lot, "category", "ENTERPRISE_ASSET",
                "lots", List.of(AuctionFixture.lot(api, "50000.00", "500.00", null)))).json().getJsonNumber("id").longValue();
        long published = api.as(People.token(api, Who.REVIEWER)).post("/api/projects/" + project + "/publish", "{}").json()
                .getJsonArray("lots").getJsonObject(0).getJsonNumber("id").longValue();
        assertThat(api.get("/lot.xhtml?id=" + published).body()).contains("登录后报名").contains("注册为竞买人");
        // the agency opens the project of the sold lot: its lots, status, notices, the applications anonymised
        long soldProject = agency.get("/api/projects/mine").array().stream().map(v -> v.asJsonObject())
                .filter(p -> p.getJsonArray("lots").stream().anyMatch(l -> l.asJsonObject().getJsonNumber("id").longValue() == lot))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();

        Map<String, List<String>> tours = new LinkedHashMap<>();
        tours.put("visitor", List.of("/", "/board.xhtml", "/notices.xhtml", "/open-data.xhtml", "/lot.xhtml?id=" + lot, "/lot.xhtml?id=" + published, "/login.xhtml", "/register.xhtml", "/verify.xhtml",
                "/reset-password.xhtml", "/no-such-page.xhtml"));
        tours.put(s.bidders().get(1).username(), List.of("/account/index.xhtml", "/account/inbox.xhtml", "/bidder/applications.xhtml", "/bidder/practice.xhtml", "/hall.xhtml?lot=" + lot,
                "/deals.xhtml", "/deal.xhtml?id=" + deal, "/lot.xhtml?id=" + lot, "/lot.xhtml?id=" + published));
        tours.put(People.username(api, Who.AGENCY), List.of("/agency/projects.xhtml", "/agency/project-new.xhtml",
                "/agency/project.xhtml?id=" + soldProject, "/agency/project.xhtml?id=" + project, "/agency/confirmations.xhtml", "/deals.xhtml"));
        tours.put(People.username(api, Who.REVIEWER), List.of("/staff/parties.xhtml", "/staff/projects.xhtml",
                "/staff/qualification.xhtml?lot=" + lot, "/staff/agency-new.xhtml"));
        tours.put(People.username(api, Who.OPERATOR), List.of("/staff/auctions.xhtml", "/staff/deadlines.xhtml", "/deal.xhtml?id=" + deal));
        tours.put(People.username(api, Who.SETTLEMENT), List.of("/staff/deposits.xhtml", "/staff/settlement.xhtml"));
        tours.put(People.username(api, Who.SUPERVISOR_SASAC), List.of("/supervision/index.xhtml", "/supervision/reports.xhtml",
                "/supervision/trail.xhtml?lot=" + lot, "/audit/verify.xhtml"));
        tours.put("admin", List.of("/admin/accounts.xhtml", "/admin/calendar.xhtml", "/admin/mail.xhtml"));

        String axe = axeScript();
        Set<String> keys = bundleKeys();
        List<Result> results = new ArrayList<>();
        for (String size : List.of("laptop", "phone")) {
            try (Browser b = "phone".equals(size) ? Browser.phone(base) : Browser.open(base, "1366,768")) {
                for (Map.Entry<String, List<String>> tour : tours.entrySet()) {
                    String who = tour.getKey();
                    b.driver().manage().deleteAllCookies();
                    if (!"visitor".equals(who)) {
                        b.go("/login.xhtml").signIn(who, "admin".equals(who) ? TestDatabase.ADMIN_PASSWORD : People.PASSWORD);
                    }
                    String audience = "visitor".equals(who) ? "visitor" : who.startsWith("竞买") ? "bidder" : who.replaceAll("[^a-z]", "");
                    for (String lang : List.of("zh", "en")) {
                        for (String page : tour.getValue()) {
                            b.go(page + (page.contains("?") ? "&" : "?") + "lang=" + lang);
                            b.waitFor(Duration.ofSeconds(30)).until(d -> "complete".equals(b.driver().executeScript("return document.readyState")));
                            String name = "tour-" + size + "-" + lang + "-" + audience + "-" + page.replaceAll("[^a-z0-9-]", "_");
                            b.screenshot(name);
                            if (page.equals("/agency/project.xhtml?id=" + soldProject) && "zh".equals(lang)) {
                                // the agency sees its sold lot and the two applications, anonymised, never who applied
                                String text = b.text(By.tagName("main"));
                                assertThat(text).contains("已成交（竞价）").contains("意向受让方 A").contains("意向受让方 B")
                                        .doesNotContain(s.bidders().get(0).username()).doesNotContain(s.bidders().get(1).username());
                            }
                            results.add(check(b, axe, keys, name, lang));
                        }
                    }
                }
            }
        }
        System.out.println("[tour] page | axe serious+critical | axe all | problems");
        results.forEach(r -> System.out.println("[tour] " + r.page() + " | " + r.serious() + " | " + r.all() + " | " + r.problems()));
        System.out.println("[tour] " + results.size() + " pages: " + results.stream().mapToLong(Result::serious).sum()
                + " serious or critical violations, " + results.stream().mapToLong(r -> r.problems().size()).sum() + " code tokens");
        assertThat(results).as("pages with a serious or critical accessibility violation").filteredOn(r -> r.serious() > 0).isEmpty();
        assertThat(results).as("pages showing a code, a key or the wrong language").filteredOn(r -> !r.problems().isEmpty()).isEmpty();
        assertThat(results).hasSize(4 * tours.values().stream().mapToInt(List::size).sum());
    }

    @SuppressWarnings("unchecked")
    private static Result check(Browser b, String axe, Set<String> keys, String name, String lang) {
        var d = b.driver();
        d.executeScript(axe);
        Map<String, Object> counts = (Map<String, Object>) d.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + " axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}, resultTypes: ['violations']})"
                + ".then(function (r) { var s = 0, ids = []; r.violations.forEach(function (v) {"
                + "   if (v.impact === 'serious' || v.impact === 'critical') { s += v.nodes.length;"
                + "     ids.push(v.id + ' ' + v.nodes.slice(0, 3).map(function (n) { return n.target.join(' '); }).join(', ')); } });"
                + "   done({serious: s, all: r.violations.reduce(function (a, v) { return a + v.nodes.length; }, 0), ids: ids}); })"
                + ".catch(function (e) { done({serious: -1, all: -1, ids: ['axe failed: ' + e]}); });");
        List<String> problems = new ArrayList<>((List<String>) counts.get("ids"));
        // the reader's text, an audit record's verbatim summary left out
        String text = (String) d.executeScript("var c = document.body.cloneNode(true);"
                + " c.querySelectorAll('q.ex-record, script, style, .ui-helper-hidden-accessible').forEach(function (e) { e.remove(); });"
                + " document.body.appendChild(c); c.style.display = 'block'; var t = c.innerText; c.remove(); return t;");
        Set<String> found = new TreeSet<>();
        for (Pattern p : List.of(UPPER_SNAKE, STATUS_WORD)) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                found.add(m.group());
            }
        }
        if (text.contains("???")) {
            found.add("???key???");
        }
        for (String token : text.split("[\\s:：，,;；()（）]+")) {
            if (keys.contains(token)) {
                found.add("key " + token);
            }
        }
        if ("en".equals(lang)) {
            String words = (String) d.executeScript("return Array.from(document.querySelectorAll("
                    + "'header nav a, th, label, button, .ui-button-text, legend, h2, .ex-hall-label, footer a'))"
                    + ".filter(function (e) { return e.offsetParent !== null; })"
                    // what a user typed (a lot's name) is theirs, not the page's words
                    + ".map(function (e) { var c = e.cloneNode(true); c.querySelectorAll('.ex-user-text').forEach(function (u) { u.remove(); });"
                    + " return c.textContent; }).join(' | ');");
            Matcher m = CJK.matcher(words);
            if (m.find()) {
                int at = Math.max(0, m.start() - 20);
                found.add("Chinese in English: …" + words.substring(at, Math.min(words.length(), m.start() + 20)) + "…");
            }
            String amounts = (String) d.executeScript("return Array.from(document.querySelectorAll('.ex-money, .ex-num, .ex-hall-price'))"
                    + ".map(function (e) { return e.innerText; }).join(' | ');");
            if (amounts.contains("元")) {
                found.add("元 or 万元 in English: " + amounts.substring(0, Math.min(80, amounts.length())));
            }
        }
        found.forEach(problems::add);
        return new Result(name, ((Number) counts.get("serious")).longValue(), ((Number) counts.get("all")).longValue(),
                List.copyOf(problems));
    }

    private static String axeScript() {
        try (InputStream in = TourBrowserIT.class.getResourceAsStream("/axe.min.js")) {
            assertThat(in).as("axe.min.js of com.deque.html.axe-core:selenium on the test classpath").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The page bundle's keys: one shown instead of its text is an untranslated key. */
    private static Set<String> bundleKeys() throws IOException {
        Properties p = new Properties();
        try (var r = Files.newBufferedReader(Path.of("../exchange-web/src/main/resources/cn/exchange/web/i18n/messages_zh.properties"))) {
            p.load(r);
        }
        Set<String> keys = new TreeSet<>(p.stringPropertyNames());
        keys.removeIf(k -> !k.contains("."));
        return keys;
    }
}
