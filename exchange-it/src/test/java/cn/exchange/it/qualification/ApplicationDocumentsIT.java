package cn.exchange.it.qualification;

import cn.exchange.it.support.Api;
import cn.exchange.it.support.AuctionFixture;
import cn.exchange.it.support.People;
import cn.exchange.it.support.People.Staff;
import cn.exchange.it.support.People.Who;
import cn.exchange.it.support.ServerClock;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rule 38 through the API: an application's documents — business licence or ID document, power of attorney, signed
 * commitment letter — checked on their bytes, kept with who uploaded them, read by the bidder itself, staff and
 * supervisors and nobody else; staff cannot find an application qualified while a required one is missing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApplicationDocumentsIT {

    @ArquillianResource
    URL base;

    @Test
    void documentsAreCheckedKeptRequiredAndShownOnlyToThoseEntitled() throws Exception {
        Api api = new Api(base);
        Staff staff = Staff.signedIn(api);
        long seq = System.nanoTime() % 100000;
        String nameA = "材料甲公司" + seq;
        Api a = People.approvedBidder(api, staff.reviewerToken(), nameA);
        Api other = People.approvedBidder(api, staff.reviewerToken(), "材料乙公司" + seq);
        Api person = api.as(api.token(People.registerApproved(api, staff.reviewerToken(), "PERSON_BIDDER", "孙材料", null), People.PASSWORD));
        JsonObject p = staff.agency().post("/api/projects", Map.of("title", "报名材料测试 " + seq, "category", "ENTERPRISE_ASSET",
                "lots", List.of(AuctionFixture.lotTitled(api, "报名材料标的", "100000.00", "100000.00")))).json();
        long lot = staff.reviewer().post("/api/projects/" + p.getJsonNumber("id") + "/publish", "{}").json().getJsonArray("lots")
                .getJsonObject(0).getJsonNumber("id").longValue();

        // A applies through an agent: the power of attorney joins the licence and the commitment letter as required
        Api.Answer applied = a.post("/api/qualification/lots/" + lot + "/applications",
                Map.of("commitmentAccepted", true, "relatedParties", "", "priorityRight", false, "throughAgent", true));
        assertThat(applied.status()).as(applied.toString()).isEqualTo(201);
        long app = applied.json().getJsonNumber("id").longValue();
        String docs = "/api/qualification/applications/" + app + "/documents";
        JsonObject none = a.get(docs).json();
        assertThat(none.getJsonArray("required").getValuesAs(jakarta.json.JsonString::getString))
                .containsExactly("BUSINESS_LICENCE", "POWER_OF_ATTORNEY", "COMMITMENT_LETTER");
        assertThat(none.getJsonArray("documents")).isEmpty();

        // a program renamed .pdf is refused on its bytes, the field named in both languages; nothing is kept
        Api.Answer exe = AuctionFixture.document(a, app, "COMMITMENT_LETTER", "承诺书.pdf", "MZ\u0000\u0003 this is a program");
        assertThat(exe.status()).as(exe.toString()).isEqualTo(400);
        JsonObject error = exe.json().getJsonArray("errors").getJsonObject(0);
        assertThat(error.getString("field")).isEqualTo("commitmentLetter");
        assertThat(error.getString("message")).startsWith("竞买承诺书（已签署）：只接受 PDF、JPEG 或 PNG 文件");
        Api.Answer exeEn = a.method("POST", docs + "?kind=COMMITMENT_LETTER&filename=letter.pdf", "MZ program", "Content-Type",
                "application/octet-stream", "Accept-Language", "en");
        assertThat(exeEn.json().getJsonArray("errors").getJsonObject(0).getString("message"))
                .startsWith("Signed bidding commitment letter: only PDF, JPEG or PNG files are accepted");
        // an enterprise has no ID document to attach; an unknown kind is named
        assertThat(AuctionFixture.document(a, app, "ID_DOCUMENT", "id.pdf", "%PDF-1.7\n").json().getJsonArray("errors")
                .getJsonObject(0).getString("field")).isEqualTo("kind");
        assertThat(AuctionFixture.document(a, app, "PASSPORT", "id.pdf", "%PDF-1.7\n").status()).isEqualTo(400);
        assertThat(a.get(docs).json().getJsonArray("documents")).isEmpty();

        // each kind an enterprise attaches, then the ID document of a natural person's application
        String licence = "%PDF-1.7\n营业执照副本 " + seq + "\n%%EOF";
        Api.Answer up = AuctionFixture.document(a, app, "BUSINESS_LICENCE", "营业执照.pdf", licence);
        assertThat(up.status()).as(up.toString()).isEqualTo(201);
        long licenceId = up.json().getJsonNumber("id").longValue();
        assertThat(up.json().getString("uploadedBy")).isNotBlank();
        assertThat(up.json().getString("uploadedAt")).isNotBlank();
        assertThat(AuctionFixture.document(a, app, "POWER_OF_ATTORNEY", "授权委托书.pdf", "%PDF-1.7\n委托\n%%EOF").status()).isEqualTo(201);
        long personApp = AuctionFixture.apply(person, lot).getJsonNumber("id").longValue();
        Api.Answer id = AuctionFixture.document(person, personApp, "ID_DOCUMENT", "身份证.pdf", "%PDF-1.7\n身份证\n%%EOF");
        assertThat(id.status()).as(id.toString()).isEqualTo(201);
        assertThat(person.get("/api/qualification/applications/" + personApp + "/documents").json().getJsonArray("missing")
                .getValuesAs(jakarta.json.JsonString::getString)).containsExactly("COMMITMENT_LETTER");

        // staff cannot find A qualified without the commitment letter (the application stands, saved); with it they can
        AuctionFixture.sql("update lot set ends_at = " + ServerClock.sql(api) + " - interval '1 minute' where id = " + lot);
        AuctionFixture.awaitStatus(api, lot, "DISCLOSURE_ENDED");
        Api.Answer refused = staff.reviewer().post("/api/qualification/applications/" + app + "/review", Map.of("opinion", "QUALIFIED"));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        JsonObject missing = refused.json().getJsonArray("errors").getJsonObject(0);
        assertThat(missing.getString("field")).isEqualTo("commitmentLetter");
        assertThat(missing.getString("message")).contains("缺少竞买承诺书（已签署）");
        assertThat(staff.reviewer().method("POST", "/api/qualification/applications/" + app + "/review", "{\"opinion\":\"QUALIFIED\"}",
                "Accept-Language", "en").json().getJsonArray("errors").getJsonObject(0).getString("message"))
                .startsWith("Missing document: Signed bidding commitment letter.");
        assertThat(AuctionFixture.document(a, app, "COMMITMENT_LETTER", "竞买承诺书.pdf", "%PDF-1.7\n承诺\n%%EOF").status()).isEqualTo(201);
        Api.Answer qualified = staff.reviewer().post("/api/qualification/applications/" + app + "/review", Map.of("opinion", "QUALIFIED"));
        assertThat(qualified.status()).as(qualified.toString()).isEqualTo(200);

        // staff see the list; the download is the bytes uploaded
        JsonObject seen = staff.reviewer().get(docs).json();
        assertThat(seen.getJsonArray("documents")).hasSize(3);
        assertThat(seen.getJsonArray("missing")).isEmpty();
        assertThat(staff.reviewer().bytes(docs + "/" + licenceId)).isEqualTo(licence.getBytes(StandardCharsets.UTF_8));
        assertThat(a.bytes(docs + "/" + licenceId)).isEqualTo(licence.getBytes(StandardCharsets.UTF_8));

        // the supervisor reads; another bidder and the agency do not; nobody anonymous
        Api supervisor = api.as(People.token(api, Who.SUPERVISOR_SASAC));
        assertThat(supervisor.get(docs).json().getJsonArray("documents")).hasSize(3);
        assertThat(supervisor.bytes(docs + "/" + licenceId)).isEqualTo(licence.getBytes(StandardCharsets.UTF_8));
        assertThat(other.get(docs).status()).isIn(403, 404);
        assertThat(other.get(docs + "/" + licenceId).status()).isIn(403, 404);
        assertThat(other.get(docs).body()).doesNotContain("营业执照");
        assertThat(AuctionFixture.document(other, app, "COMMITMENT_LETTER", "x.pdf", "%PDF-1.7\n").status()).isIn(403, 404);
        assertThat(staff.agency().get(docs).status()).isIn(403, 404);
        assertThat(staff.agency().get(docs + "/" + licenceId).status()).isIn(403, 404);
        assertThat(new Api(base).get(docs).status()).isIn(401, 403);
        // a document of another application is not reached through this one
        assertThat(person.get("/api/qualification/applications/" + personApp + "/documents/" + licenceId).status()).isEqualTo(404);
        // a supervisor changes nothing
        assertThat(AuctionFixture.document(supervisor, app, "COMMITMENT_LETTER", "x.pdf", "%PDF-1.7\n").status()).isEqualTo(403);
    }
}
