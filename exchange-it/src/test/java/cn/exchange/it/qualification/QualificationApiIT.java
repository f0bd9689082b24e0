package cn.exchange.it.qualification;

import cn.exchange.it.support.Api;
import cn.exchange.it.support.AuctionFixture;
import cn.exchange.it.support.ServerClock;
import cn.exchange.it.support.People;
import cn.exchange.it.support.People.Staff;
import cn.exchange.it.support.TestDatabase;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The qualification path through the API: bidders apply during the announcement, deposits arrive through an imported
 * bank statement (wrong payer, short, late, unknown and duplicate lines each handled as the rules say; the same file
 * twice changes nothing), staff give opinions, the agency confirms or objects without learning who applied, and the
 * conclusion hands out bidder codes and sends the lot to an auction (two qualified) or a negotiated transfer (one).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class QualificationApiIT {

    @ArquillianResource
    URL base;

    @Test
    void twoBiddersQualifyGetCodesAndTheAuctionIsScheduledOneBidderGoesToNegotiation() throws Exception {
        Api api = new Api(base);
        Staff staff = Staff.signedIn(api);
        long seq = System.nanoTime() % 100000;
        String nameA = "甲竞买科技有限公司" + seq;
        String nameB = "乙竞买贸易有限公司" + seq;
        String nameC = "丙竞买实业有限公司" + seq;
        Api a = People.approvedBidder(api, staff.reviewerToken(), nameA);
        Api b = People.approvedBidder(api, staff.reviewerToken(), nameB);
        Api c = People.approvedBidder(api, staff.reviewerToken(), nameC);

        JsonObject project = staff.agency().post("/api/projects", project(api, "资格审核测试 " + seq)).json();
        JsonObject published = staff.reviewer().post("/api/projects/" + project.getJsonNumber("id") + "/publish", "{}").json();
        long lot = published.getJsonArray("lots").getJsonObject(0).getJsonNumber("id").longValue();
        long single = published.getJsonArray("lots").getJsonObject(1).getJsonNumber("id").longValue();

        // applications: the commitment letter is required; one application per bidder and lot
        assertThat(a.post("/api/qualification/lots/" + lot + "/applications", Map.of("commitmentAccepted", false)).status()).isEqualTo(400);
        JsonObject appA = AuctionFixture.apply(a, lot);
        JsonObject appB = AuctionFixture.apply(b, lot);
        JsonObject appC = AuctionFixture.apply(c, lot);
        JsonObject appSingle = AuctionFixture.apply(a, single);
        assertThat(a.post("/api/qualification/lots/" + lot + "/applications", Map.of("commitmentAccepted", true)).status()).isEqualTo(409);
        assertThat(appA.getString("paymentReference")).matches("8866\\d{11}").isNotEqualTo(appB.getString("paymentReference"));
        assertThat(appA.getJsonNumber("depositAmount").bigDecimalValue()).isEqualByComparingTo("20000.00");

        // no bidder learns who else applied
        assertThat(a.get("/api/qualification/applications/mine").body()).doesNotContain(nameB).doesNotContain(nameC);
        assertThat(a.get("/api/qualification/lots/" + lot + "/applications").status()).isEqualTo(403);
        assertThat(staff.agency().get("/api/qualification/lots/" + lot + "/applications").status()).isEqualTo(403);
        assertThat(api.get("/api/board/lots/" + lot).body()).doesNotContain(nameA).doesNotContain(nameB);

        // C's transfer reaches the bank after the announcement's end (rule 16: the deposit is due by the lot's end)
        String afterTheEnd = OffsetDateTime.parse(published.getJsonArray("lots").getJsonObject(0).getString("endsAt")).plusMinutes(1)
                .atZoneSameInstant(ServerClock.BEIJING).format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"));

        String statement = "银行流水号,入账时间,金额,付款人名称,付款人账号,附言\n"
                + "Q" + seq + "-1," + now(api) + ",20000.00," + nameA + ",6222000000000001,保证金 " + appA.getString("paymentReference") + "\n"
                + "Q" + seq + "-2," + now(api) + ",20000.00,某担保公司,6222000000000002," + appB.getString("paymentReference") + "\n"
                + "Q" + seq + "-3," + now(api) + ",19999.99," + nameB + ",6222000000000003," + appB.getString("paymentReference") + "\n"
                + "Q" + seq + "-4," + afterTheEnd + ",20000.00," + nameC + ",6222000000000004," + appC.getString("paymentReference") + "\n"
                + "Q" + seq + "-5," + now(api) + ",500.00,某人,6222000000000005,没有参考号\n"
                + "Q" + seq + "-6,昨天,20000.00," + nameB + ",6222000000000003," + appB.getString("paymentReference") + "\n";
        JsonObject first = importStatement(staff.settlement(), statement);
        assertThat(first.getInt("credits")).isEqualTo(5);
        assertThat(first.getInt("recorded")).isEqualTo(5);
        assertThat(first.getInt("matched")).isEqualTo(1);
        assertThat(first.getInt("unmatched")).isEqualTo(4);
        assertThat(first.getJsonArray("problems").getJsonObject(0).getInt("line")).isEqualTo(7);
        JsonObject again = importStatement(staff.settlement(), statement);
        assertThat(again.getInt("recorded")).isZero();
        assertThat(again.getInt("alreadyImported")).isEqualTo(5);

        JsonArray unmatched = staff.settlement().get("/api/qualification/credits/unmatched").array();
        assertThat(outcome(unmatched, "Q" + seq + "-2")).isEqualTo("WRONG_PAYER");
        assertThat(outcome(unmatched, "Q" + seq + "-3")).isEqualTo("SHORT");
        assertThat(outcome(unmatched, "Q" + seq + "-4")).isEqualTo("LATE");
        assertThat(outcome(unmatched, "Q" + seq + "-5")).isEqualTo("UNKNOWN_REFERENCE");

        // B pays properly; A's single-lot deposit is recorded by hand from a paper advice
        assertThat(importStatement(staff.settlement(), "银行流水号,入账时间,金额,付款人名称,付款人账号,附言\n"
                + "Q" + seq + "-7," + now(api) + ",20000.00," + nameB + ",6222000000000003," + appB.getString("paymentReference") + "\n")
                .getInt("matched")).isEqualTo(1);
        Map<String, Object> manual = new LinkedHashMap<>(Map.of("bankTransactionId", "Q" + seq + "-8", "receivedAt",
                ServerClock.now(api).toString(), "amount", new BigDecimal("20000.00"), "payerName", nameA,
                "reference", appSingle.getString("paymentReference")));
        assertThat(staff.settlement().post("/api/qualification/credits", manual).status()).isEqualTo(400);  // no reason
        manual.put("reason", "银行回单（纸质）补录，电子对账单缺失该笔");
        assertThat(staff.settlement().post("/api/qualification/credits", manual).json().getString("outcome")).isEqualTo("MATCHED");

        // the announcement ends (the minute timer), with applicants: it waits for qualification
        sql("update lot set ends_at = " + ServerClock.sql(api) + " - interval '1 minute' where id in (" + lot + ", " + single + ")");
        // (the shortcut moves the unpaid deposits' deadlines with the lots' ends, as an ending announcement would)
        sql("update application set deposit_deadline = " + ServerClock.sql(api) + " - interval '1 minute' where lot_id in (" + lot
                + ", " + single + ") and deposit_paid_at is null");
        AuctionFixture.awaitStatus(api, lot, "DISCLOSURE_ENDED");
        AuctionFixture.awaitStatus(api, single, "DISCLOSURE_ENDED");

        // the exchange's opinions; a rejection cites a published condition or rule 16 from the lot's list (rule 13) —
        // an asset transfer publishes no buyer conditions, so its list holds rule 16's deposit alone
        long idA = appA.getJsonNumber("id").longValue();
        long idB = appB.getJsonNumber("id").longValue();
        long idC = appC.getJsonNumber("id").longValue();
        JsonArray grounds = staff.reviewer().get("/api/qualification/lots/" + lot + "/rejection-grounds").array();
        assertThat(grounds).hasSize(1);
        assertThat(grounds.getJsonObject(0).getString("code")).isEqualTo("R16");
        assertThat(staff.reviewer().post("/api/qualification/applications/" + idC + "/review", Map.of("opinion", "REJECTED")).status())
                .isEqualTo(400);
        assertThat(staff.reviewer().post("/api/qualification/applications/" + idC + "/review",
                Map.of("opinion", "REJECTED", "reason", "保证金未在公告期满前到账（公告第五条）")).status()).isEqualTo(400);
        assertThat(staff.reviewer().post("/api/qualification/applications/" + idC + "/review",
                Map.of("opinion", "REJECTED", "grounds", List.of("C5"), "reason", "保证金未在公告期满前到账")).status()).isEqualTo(400);
        JsonObject rejectedC = review(staff.reviewer(), idC, "REJECTED", List.of("R16"), "保证金于公告期满后方到账，未能按期匹配");
        assertThat(rejectedC.getJsonArray("opinionGrounds").getJsonObject(0).getString("code")).isEqualTo("R16");
        assertThat(rejectedC.getString("opinionReason")).isEqualTo("保证金于公告期满后方到账，未能按期匹配");
        // A paid in time: rule 16 is no ground against A
        assertThat(staff.reviewer().post("/api/qualification/applications/" + idA + "/review",
                Map.of("opinion", "REJECTED", "grounds", List.of("R16"), "reason", "保证金")).status()).isEqualTo(400);
        // rule 38: a favourable opinion needs the application's documents
        AuctionFixture.attachRequiredDocuments(a, idA);
        AuctionFixture.attachRequiredDocuments(b, idB);
        AuctionFixture.attachRequiredDocuments(a, appSingle.getJsonNumber("id").longValue());
        JsonObject reviewedA = review(staff.reviewer(), idA, "QUALIFIED", List.of(), null);
        assertThat(OffsetDateTime.parse(reviewedA.getString("replyDeadline"))).isAfter(ServerClock.now(api));
        review(staff.reviewer(), idB, "QUALIFIED", List.of(), null);
        review(staff.reviewer(), appSingle.getJsonNumber("id").longValue(), "QUALIFIED", List.of(), null);

        // the agency sees opinions, not names; it agrees for A, objects to B; the approving body rules B qualified
        String agencyView = staff.agency().get("/api/qualification/agency/applications").body();
        assertThat(agencyView).contains("意向受让方").doesNotContain(nameA).doesNotContain(nameB).doesNotContain("paymentReference\":\"8866");
        assertThat(staff.agency().post("/api/qualification/applications/" + idA + "/reply", Map.of("reply", "AGREED")).status()).isEqualTo(200);
        assertThat(staff.agency().post("/api/qualification/applications/" + idB + "/reply", Map.of("reply", "OBJECTED")).status()).isEqualTo(400);
        assertThat(staff.agency().post("/api/qualification/applications/" + idB + "/reply",
                Map.of("reply", "OBJECTED", "note", "该公司与我方存在未决诉讼")).status()).isEqualTo(200);
        assertThat(staff.agency().post("/api/qualification/applications/" + appSingle.getJsonNumber("id") + "/reply",
                Map.of("reply", "AGREED")).status()).isEqualTo(200);
        assertThat(staff.operator().post("/api/qualification/lots/" + lot + "/conclude", "{}").status()).isEqualTo(400); // B's dispute is open
        assertThat(staff.reviewer().post("/api/qualification/applications/" + idB + "/ruling",
                Map.of("qualified", true, "text", "经批准单位（东湖区国资委）裁定：异议理由不属公告资格条件，维持合格")).status()).isEqualTo(200);

        // conclusion: A and B qualified with distinct bidder codes; C not; the lot goes to auction
        JsonObject concluded = staff.operator().post("/api/qualification/lots/" + lot + "/conclude", "{}").json();
        assertThat(concluded.getInt("qualified")).isEqualTo(2);
        assertThat(concluded.getString("path")).isEqualTo("COMPETITIVE");
        String codeA = code(a, lot);
        String codeB = code(b, lot);
        assertThat(codeA).matches("\\d{4}").isNotEqualTo(codeB);
        assertThat(code(c, lot)).isEqualTo("none");
        assertThat(staff.operator().post("/api/qualification/lots/" + lot + "/schedule",
                Map.of("startsAt", ServerClock.now(api).minusHours(1).toString())).status()).isEqualTo(400);
        JsonObject scheduled = staff.operator().post("/api/qualification/lots/" + lot + "/schedule",
                Map.of("startsAt", ServerClock.now(api).plusDays(3).withHour(10).withMinute(0).toString())).json();
        assertThat(scheduled.getString("status")).isEqualTo("AUCTION_SCHEDULED");

        // one qualified bidder: negotiated transfer, never below the listing price
        assertThat(staff.operator().post("/api/qualification/lots/" + single + "/conclude", "{}").json().getString("path")).isEqualTo("NEGOTIATED");
        assertThat(staff.operator().post("/api/qualification/lots/" + single + "/negotiated-deal",
                Map.of("price", new BigDecimal("99999.99"))).status()).isEqualTo(400);
        assertThat(staff.operator().post("/api/qualification/lots/" + single + "/negotiated-deal", Map.of("price", new BigDecimal("100000.00")))
                .json().getString("status")).isEqualTo("NEGOTIATED_DEAL");
        // still no names on the public record
        assertThat(api.get("/api/board/lots/" + lot).body()).doesNotContain(nameA).doesNotContain(nameB);
    }

    /**
     * Rule 16: an amendment during the announcement moves the lot's end by 5 working days; an early applicant who pays
     * after the old end and before the new one is matched and qualified, not refused as LATE.
     */
    @Test
    void aDepositPaidAfterTheOldEndAndBeforeTheAmendedEndQualifies() throws Exception {
        Api api = new Api(base);
        Staff staff = Staff.signedIn(api);
        long seq = System.nanoTime() % 100000;
        String name = "丁竞买有限公司" + seq;
        Api d = People.approvedBidder(api, staff.reviewerToken(), name);
        JsonObject p = staff.agency().post("/api/projects", Map.of("title", "变更公告保证金测试 " + seq, "category", "ENTERPRISE_ASSET",
                "lots", List.of(AuctionFixture.lotTitled(api, "变更公告标的", "100000.00", "100000.00")))).json();
        long lot = staff.reviewer().post("/api/projects/" + p.getJsonNumber("id") + "/publish", "{}").json().getJsonArray("lots")
                .getJsonObject(0).getJsonNumber("id").longValue();
        JsonObject app = AuctionFixture.apply(d, lot);
        OffsetDateTime oldEnd = OffsetDateTime.parse(app.getString("depositDeadline"));

        // the amendment moves the announcement's end, and the deposit deadline with it
        Api.Answer amended = staff.operator().post("/api/lots/" + lot + "/amend", Map.of("text", "补充披露：标的存在一项未到期租约。"));
        assertThat(amended.status()).as(amended.toString()).isEqualTo(200);
        OffsetDateTime newEnd = OffsetDateTime.parse(amended.json().getString("endsAt"));
        assertThat(newEnd).isAfter(oldEnd);
        JsonObject mine = d.get("/api/qualification/applications/mine").array().getJsonObject(0).asJsonObject();
        assertThat(OffsetDateTime.parse(mine.getString("depositDeadline"))).isAtSameInstantAs(newEnd);

        // time passes to one hour after the old end (the lot's and the application's times move back together)
        long shift = java.time.Duration.between(ServerClock.now(api), oldEnd).getSeconds() + 3600;
        sql("update lot set ends_at = ends_at - interval '" + shift + " seconds' where id = " + lot);
        sql("update application set deposit_deadline = deposit_deadline - interval '" + shift + " seconds' where id = " + app.getJsonNumber("id"));
        JsonObject paid = importStatement(staff.settlement(), "银行流水号,入账时间,金额,付款人名称,付款人账号,附言\n"
                + "A" + seq + "-1," + now(api) + ",20000.00," + name + ",6222000000000011," + app.getString("paymentReference") + "\n");
        assertThat(paid.getInt("matched")).as(paid.toString()).isEqualTo(1);

        // the announcement ends; the exchange and the agency agree; the bidder is qualified (one: negotiated transfer)
        sql("update lot set ends_at = " + ServerClock.sql(api) + " - interval '1 minute' where id = " + lot);
        AuctionFixture.awaitStatus(api, lot, "DISCLOSURE_ENDED");
        long id = app.getJsonNumber("id").longValue();
        AuctionFixture.attachRequiredDocuments(d, id);
        review(staff.reviewer(), id, "QUALIFIED", List.of(), null);
        assertThat(staff.agency().post("/api/qualification/applications/" + id + "/reply", Map.of("reply", "AGREED")).status()).isEqualTo(200);
        JsonObject concluded = staff.operator().post("/api/qualification/lots/" + lot + "/conclude", "{}").json();
        assertThat(concluded.getInt("qualified")).isEqualTo(1);
        assertThat(d.get("/api/qualification/applications/mine").array().getJsonObject(0).asJsonObject().getString("status"))
                .isEqualTo("QUALIFIED");
    }

    @Test
    void aBidderAppliesForManyLotsInOneGoAllOrNothing() {
        Api api = new Api(base);
        Staff staff = Staff.signedIn(api);
        long seq = System.nanoTime() % 100000;
        Api bidder = People.approvedBidder(api, staff.reviewerToken(), "批量报名公司" + seq);
        List<Map<String, Object>> lots = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            lots.add(AuctionFixture.lotTitled(api, "批量车辆 " + i, "100000.00", "100000.00"));
        }
        JsonObject p = staff.agency().post("/api/projects", Map.of("title", "批量报名测试 " + seq, "category", "ENTERPRISE_ASSET", "lots", lots)).json();
        JsonArray published = staff.reviewer().post("/api/projects/" + p.getJsonNumber("id") + "/publish", "{}").json().getJsonArray("lots");
        List<Long> ids = published.stream().map(v -> v.asJsonObject().getJsonNumber("id").longValue()).toList();
        // one lot that is not open (a draft id that does not exist) refuses the whole batch, naming it
        List<Long> withBad = new java.util.ArrayList<>(ids);
        withBad.add(Long.MAX_VALUE / 2);
        Api.Answer refused = bidder.post("/api/qualification/applications", Map.of("lotIds", withBad, "commitmentAccepted", true));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("lotIds[5]");
        assertThat(bidder.get("/api/qualification/applications/mine").array()).isEmpty();
        Api.Answer ok = bidder.post("/api/qualification/applications", Map.of("lotIds", ids, "commitmentAccepted", true));
        assertThat(ok.status()).as(ok.toString()).isEqualTo(201);
        assertThat(ok.array()).hasSize(5).extracting(v -> v.asJsonObject().getString("paymentReference")).doesNotHaveDuplicates();
    }

    private static Map<String, Object> project(Api api, String title) {
        List<Map<String, Object>> lots = List.of(AuctionFixture.lotTitled(api, "竞价标的", "200000.00", "200000.00"),
                AuctionFixture.lotTitled(api, "单一报名标的", "100000.00", "100000.00"));
        return Map.of("title", title, "category", "ENTERPRISE_ASSET", "lots", lots);
    }

    private static JsonObject importStatement(Api settlement, String csv) {
        Api.Answer r = settlement.method("POST", "/api/qualification/statements", csv, "Content-Type", "text/csv; charset=utf-8");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    private static JsonObject review(Api reviewer, long id, String opinion, List<String> grounds, String reason) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("opinion", opinion);
        body.put("grounds", grounds);
        body.put("reason", reason);
        Api.Answer r = reviewer.post("/api/qualification/applications/" + id + "/review", body);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    private static String outcome(JsonArray credits, String txn) {
        return credits.stream().map(v -> v.asJsonObject()).filter(o -> o.getString("bankTransactionId").equals(txn))
                .map(o -> o.getString("outcome")).findFirst().orElse("absent");
    }

    private static String code(Api bidder, long lot) {
        return bidder.get("/api/qualification/applications/mine").array().stream().map(v -> v.asJsonObject())
                .filter(o -> o.getJsonNumber("lotId").longValue() == lot).map(o -> !o.containsKey("bidderCode") || o.isNull("bidderCode") ? "none" : o.getString("bidderCode"))
                .findFirst().orElseThrow();
    }

    /** The exchange's time as a bank statement writes it. */
    private static String now(Api api) {
        return ServerClock.statementTime(api);
    }

    private static void sql(String statement) throws Exception {
        try (Connection c = TestDatabase.dataSource().getConnection(); PreparedStatement s = c.prepareStatement(statement)) {
            s.executeUpdate();
        }
    }
}
