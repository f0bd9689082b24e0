package cn.exchange.it.listing;

import cn.exchange.core.calendar.WorkingDayCalendar;
import cn.exchange.core.listing.DisclosureRules;
import cn.exchange.core.listing.ListingSettings;
import cn.exchange.it.support.Api;
import cn.exchange.it.support.ServerClock;
import cn.exchange.it.support.TestCalendars;
import cn.exchange.it.support.People;
import cn.exchange.it.support.People.Who;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.time.LocalDate;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Listing through the API: an agency registers, staff publish, the board and the feed show the announcement with the
 * end date the working-day calendar gives; bad lots and bad batch rows are refused by field, nothing half-saved.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ListingApiIT {

    @ArquillianResource
    URL base;

    Api api;

    /** The exchange's today: the lots' valuations are dated from it. */
    LocalDate today;

    @BeforeEach
    void setUp() {
        api = new Api(base);
        today = ServerClock.today(api);
    }

    @Test
    void anAgencyRegistersStaffPublishAndTheBoardShowsTheWorkingDayEnd() {
        Api agency = api.as(People.token(api, Who.AGENCY));
        String title = "某市国资委所属企业办公楼转让 " + System.nanoTime();
        Api.Answer created = agency.post("/api/projects", Lots.project(title, "ENTERPRISE_ASSET", List.of(
                Lots.lot(today, "办公楼一号楼", "12000000.00", "12000000.00", "1000000.00"),
                Lots.lot(today, "附属车库", "800000.00", "800000.00", "100000.00"))));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonObject p = created.json();
        assertThat(p.getString("number")).matches("DH\\d{4}ZC\\d{6}");
        assertThat(p.getJsonArray("lots")).extracting(v -> v.asJsonObject().getString("status")).containsOnly("SUBMITTED");

        // not public before publication
        long lotId = p.getJsonArray("lots").getJsonObject(0).getJsonNumber("id").longValue();
        assertThat(api.get("/api/board/lots/" + lotId).status()).isEqualTo(404);

        // photos and documents, recognised by their bytes; a file that lies about its type is refused by field
        long projectId = p.getJsonNumber("id").longValue();
        String docs = "/api/projects/" + projectId + "/lots/" + lotId + "/documents?filename=";
        Api.Answer report = agency.method("POST", docs + enc("评估报告.pdf"), "%PDF-1.7\n评估报告正文\n%%EOF", "Content-Type", "application/pdf");
        assertThat(report.status()).as(report.toString()).isEqualTo(201);
        String sha = report.json().getString("sha256");
        Api.Answer lying = agency.method("POST", docs + "photo.jpg", "MZ this is a program", "Content-Type", "image/jpeg");
        assertThat(lying.status()).isEqualTo(400);
        assertThat(lying.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("file");

        // the agency cannot publish its own project; the reviewer can
        assertThat(agency.post("/api/projects/" + p.getJsonNumber("id") + "/publish", "{}").status()).isEqualTo(403);
        Api reviewer = api.as(People.token(api, Who.REVIEWER));
        Api.Answer published = reviewer.post("/api/projects/" + p.getJsonNumber("id") + "/publish", "{}");
        assertThat(published.status()).as(published.toString()).isEqualTo(200);

        JsonObject detail = api.get("/api/board/lots/" + lotId).json();
        JsonObject lot = detail.getJsonObject("lot");
        JsonObject notice = detail.getJsonArray("notices").getJsonObject(0);
        assertThat(notice.getString("kind")).isEqualTo("ANNOUNCEMENT");
        // rule 5: an asset transfer above CNY 10 m runs 20 working days; the second lot (≤ 1 m) runs 5
        assertThat(lot.getInt("periodWd")).isEqualTo(20);
        OffsetDateTime publishedAt = OffsetDateTime.parse(notice.getString("publishedAt"));
        WorkingDayCalendar cal = TestCalendars.asEntered(api);
        ListingSettings s = ListingSettings.DEFAULTS;
        OffsetDateTime expected = DisclosureRules.endsAt(DisclosureRules.firstDay(publishedAt, cal, s), 20, cal, s);
        assertThat(OffsetDateTime.parse(lot.getString("endsAt")).toInstant()).isEqualTo(expected.toInstant());
        assertThat(lot.getString("endsAt")).endsWith("17:00:00+08:00");
        long second = p.getJsonArray("lots").getJsonObject(1).getJsonNumber("id").longValue();
        assertThat(api.get("/api/board/lots/" + second).json().getJsonObject("lot").getInt("periodWd")).isEqualTo(5);

        // the documents are public with their hash, and frozen once published
        var listed = api.get("/api/board/lots/" + lotId + "/documents").array();
        assertThat(listed).hasSize(1);
        assertThat(listed.getJsonObject(0).getString("sha256")).isEqualTo(sha);
        Api.Answer download = api.get("/api/board/documents/" + listed.getJsonObject(0).getJsonNumber("id"));
        assertThat(download.header("X-Content-SHA256")).isEqualTo(sha);
        assertThat(download.body()).startsWith("%PDF-1.7");
        assertThat(agency.method("POST", docs + "late.pdf", "%PDF-1.7 late", "Content-Type", "application/pdf").status()).isEqualTo(400);

        // the announcement as a PDF, for anyone
        Api.Answer pdf = api.get("/api/board/lots/" + lotId + "/announcement.pdf");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.header("Content-Type")).startsWith("application/pdf");
        assertThat(pdf.body()).startsWith("%PDF-");

        // the board finds it by a Chinese keyword, and the feed carries its announcement
        JsonObject page = api.get("/api/board/lots?q=" + enc("办公楼一号楼") + "&status=PUBLISHED&limit=100").json();
        assertThat(page.getJsonArray("rows")).extracting(v -> v.asJsonObject().getJsonNumber("lotId").longValue()).contains(lotId);
        long after = notice.getJsonNumber("id").longValue() - 1;
        assertThat(api.get("/api/board/notices?after=" + after + "&limit=5").array())
                .extracting(v -> v.asJsonObject().getJsonNumber("lotId").longValue()).contains(lotId);
        // published content is frozen: importing into the project is refused
        Api.Answer frozen = importCsv(agency, p.getJsonNumber("id").longValue(), Lots.vehicles(today, 1, 0), false);
        assertThat(frozen.status()).isEqualTo(400);
        assertThat(frozen.json().getString("code")).isEqualTo("listing.frozen");
    }

    /**
     * The board's answers carry the board's version as their ETag: a reader that holds the current answer gets a 304
     * without a body, and a publication moves the version, so the next answer — and the server's kept answer for the same
     * search — shows the new lot. A lot that is not public is a 404 that nobody may keep.
     */
    @Test
    void theBoardAnswersWithItsVersionAndAPublicationMovesIt() {
        String title = "版本测试办公楼 " + System.nanoTime();
        String search = "/api/board/lots?q=" + enc(title) + "&limit=5";
        Api.Answer before = api.get(search);
        assertThat(before.status()).isEqualTo(200);
        assertThat(before.json().getJsonArray("rows")).isEmpty();
        String tag = before.header("ETag");
        assertThat(tag).as("the board's version as ETag").matches("\"b\\d+\"");
        assertThat(before.header("Cache-Control")).isEqualTo("public, max-age=5");
        assertThat(unchanged(search)).as("a 304 while nothing changed").isTrue();
        assertThat(unchanged("/api/board/notices?after=0&limit=1")).isTrue();

        Api agency = api.as(People.token(api, Who.AGENCY));
        JsonObject p = agency.post("/api/projects", Lots.project(title, "ENTERPRISE_ASSET", List.of(
                Lots.lot(today, title, "900000.00", "900000.00", "90000.00")))).json();
        long lotId = p.getJsonArray("lots").getJsonObject(0).getJsonNumber("id").longValue();
        Api.Answer hidden = api.get("/api/board/lots/" + lotId);
        assertThat(hidden.status()).isEqualTo(404);
        assertThat(hidden.header("Cache-Control")).isEqualTo("no-store");
        Api reviewer = api.as(People.token(api, Who.REVIEWER));
        assertThat(reviewer.post("/api/projects/" + p.getJsonNumber("id") + "/publish", "{}").status()).isEqualTo(200);

        Api.Answer after = api.get(search, "If-None-Match", tag);
        assertThat(after.status()).as("the publication moved the board's version").isEqualTo(200);
        assertThat(after.header("ETag")).isNotEqualTo(tag);
        assertThat(after.json().getJsonArray("rows")).extracting(v -> v.asJsonObject().getJsonNumber("lotId").longValue())
                .containsExactly(lotId);
        assertThat(api.get("/api/board/lots/" + lotId).status()).isEqualTo(200);
        assertThat(unchanged("/api/board/lots/" + lotId)).isTrue();
    }

    @Test
    void aLotBreakingARuleIsRefusedByFieldAndNothingIsSaved() {
        Api agency = api.as(People.token(api, Who.AGENCY));
        int before = agency.get("/api/projects/mine").array().size();
        Api.Answer refused = agency.post("/api/projects", Lots.project("违规测试项目", "ENTERPRISE_ASSET", List.of(
                Lots.lot(today, "合规标的", "100000.00", "100000.00", "10000.00"),
                Lots.lot(today, "保证金过高", "100000.00", "100000.00", "30000.01"),
                Lots.lot(today, "低于评估值", "100000.00", "95000.00", "10000.00"))), "Accept-Language", "zh-CN");
        assertThat(refused.status()).isEqualTo(400);
        List<String> fields = refused.json().getJsonArray("errors").stream()
                .map(v -> v.asJsonObject().getString("field")).toList();
        assertThat(fields).contains("lots[1].deposit", "lots[2].listingPrice");
        assertThat(refused.body()).contains("保证金不得超过挂牌价的 30%").contains("不得低于评估值");
        assertThat(agency.get("/api/projects/mine").array()).hasSize(before);
    }

    @Test
    void sixHundredVehiclesImportAtOnceAndOneBadRowSavesNothing() {
        Api agency = api.as(People.token(api, Who.AGENCY));
        JsonObject p = agency.post("/api/projects", Lots.project("某市公务用车批量处置 " + System.nanoTime(), "ADMINISTRATIVE_ASSET",
                List.of(Lots.lot(today, "首批车辆", "40000.00", "40000.00", "5000.00")))).json();
        long id = p.getJsonNumber("id").longValue();

        Api.Answer bad = importCsv(agency, id, Lots.vehicles(today, 600, 301), false);
        assertThat(bad.status()).isEqualTo(422);
        JsonObject report = bad.json();
        assertThat(report.getInt("saved")).isZero();
        assertThat(report.getJsonArray("problems")).hasSize(1);
        JsonObject problem = report.getJsonArray("problems").getJsonObject(0);
        assertThat(problem.getInt("row")).isEqualTo(301);
        assertThat(problem.getString("field")).isEqualTo("deposit");
        assertThat(agency.get("/api/projects/" + id).json().getJsonArray("lots")).hasSize(1);

        long started = System.nanoTime();
        Api.Answer ok = importCsv(agency, id, Lots.vehicles(today, 600, 0), false);
        long ms = (System.nanoTime() - started) / 1_000_000;
        assertThat(ok.status()).as(ok.toString()).isEqualTo(200);
        assertThat(ok.json().getInt("saved")).isEqualTo(600);
        assertThat(agency.get("/api/projects/" + id).json().getJsonArray("lots")).hasSize(601);
        System.out.println("600-lot import took " + ms + " ms");

        // explicit partial acceptance: the good rows are saved, the bad one reported
        Api.Answer partial = importCsv(agency, id, Lots.vehicles(today, 10, 5), true);
        assertThat(partial.json().getInt("saved")).isEqualTo(9);
        assertThat(partial.json().getJsonArray("problems").getJsonObject(0).getInt("row")).isEqualTo(5);
    }

    @Test
    void anotherAgencysProjectDoesNotExistForYou() {
        Api agency = api.as(People.token(api, Who.AGENCY));
        long id = agency.post("/api/projects", Lots.project("他人项目测试", "ENTERPRISE_ASSET",
                List.of(Lots.lot(today, "标的", "100000.00", "100000.00", "10000.00")))).json().getJsonNumber("id").longValue();
        String reviewer = People.token(api, Who.REVIEWER);
        String other = People.registerApproved(api, reviewer, "AGENCY", "另一转让单位" + System.nanoTime() % 100000);
        Api otherAgency = api.as(api.token(other, People.PASSWORD));
        assertThat(otherAgency.get("/api/projects/" + id).status()).isEqualTo(404);
        assertThat(importCsv(otherAgency, id, Lots.vehicles(today, 1, 0), false).status()).isEqualTo(404);
        // a supervisor reads it
        assertThat(api.as(People.token(api, Who.SUPERVISOR_SASAC)).get("/api/projects/" + id).status()).isEqualTo(200);
    }

    private Api.Answer importCsv(Api as, long projectId, String csv, boolean partial) {
        return as.method("POST", "/api/projects/" + projectId + "/lots/import?filename=vehicles.csv&acceptValidRows=" + partial,
                csv, "Content-Type", "text/csv; charset=utf-8");
    }

    /**
     * Whether the board answers {@code path} with a 304 to a reader holding its current answer. The exchange's own
     * sweeps may change a lot between the two requests (then the tag moved and the answer is a 200 with the new one),
     * so it is asked up to five times.
     */
    private boolean unchanged(String path) {
        for (int i = 0; i < 5; i++) {
            String tag = api.get(path).header("ETag");
            Api.Answer again = api.get(path, "If-None-Match", tag);
            if (again.status() == 304) {
                assertThat(again.body()).isEmpty();
                assertThat(again.header("ETag")).isEqualTo(tag);
                return true;
            }
            assertThat(again.status()).isEqualTo(200);
            assertThat(again.header("ETag")).as("a 200 only when the board changed").isNotEqualTo(tag);
        }
        return false;
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
