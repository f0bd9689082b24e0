package cn.exchange.it.settlement;

import cn.exchange.it.support.Api;
import cn.exchange.it.support.AuctionFixture;
import cn.exchange.it.support.ServerClock;
import cn.exchange.it.support.AuctionFixture.Session;
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

import java.math.BigDecimal;
import java.net.URL;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The settlement rules through the API (rules 18, 26–33): a negotiated transfer takes the same contract, settlement
 * and certificate path, with instalments on an equity lot (scheduled with interest); no certificate before the full
 * price; a statement imported twice counts once; the payout to the transferor; a reissued certificate supersedes the
 * first; and a contract left unsigned past its deadline becomes a forfeiture case, decided by staff, after which the
 * buyer cannot apply for the lot again.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SettlementApiIT {

    @ArquillianResource
    URL base;

    Api api;
    Api operator;
    Api clerk;
    Api agency;

    @BeforeEach
    void setUp() {
        api = new Api(base);
        operator = api.as(People.token(api, Who.OPERATOR));
        clerk = api.as(People.token(api, Who.SETTLEMENT));
        agency = api.as(People.token(api, Who.AGENCY));
    }

    @Test
    void aNegotiatedEquityTransferInInstalmentsToAReissuedCertificate() throws Exception {
        Session s = AuctionFixture.qualified(api, 1, "2000000.00", "10000.00", null, "EQUITY_TRANSFER", -1);
        AuctionFixture.sql("update lot set status = 'NEGOTIATION', qualification_path = 'NEGOTIATED', ends_at = " + cn.exchange.it.support.ServerClock.sql(api) + " - interval '1 day'"
                + " where id = " + s.lotId());
        Api buyer = s.bidders().get(0).api();
        Api.Answer recorded = operator.post("/api/qualification/lots/" + s.lotId() + "/negotiated-deal", Map.of("price",
                new BigDecimal("2000000.00")));
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(200);
        long dealId = recorded.json().getJsonNumber("dealId").longValue();
        JsonObject deal = buyer.get("/api/deals/" + dealId).json();
        assertThat(deal.getString("method")).isEqualTo("NEGOTIATED");
        // rule 26 (Deal#maySign, #mayPrepare): the deal opens with a lump-sum contract the buyer may sign at once; staff may
        // re-prepare it until either side signs
        assertThat(deal.getString("contractSha256")).hasSize(64);
        assertThat(deal.getBoolean("maySign")).isTrue();
        assertThat(deal.getBoolean("mayPrepare")).as("a buyer prepares nothing").isFalse();
        assertThat(operator.get("/api/deals/" + dealId).json().getBoolean("mayPrepare")).isTrue();
        // Changsha, negotiated: 0.24 % of 2,000,000 = 4,800 each side
        assertThat(deal.getJsonNumber("buyerFee").bigDecimalValue()).isEqualByComparingTo("4800.00");
        assertThat(deal.getJsonNumber("sellerFee").bigDecimalValue()).isEqualByComparingTo("4800.00");
        // the result notice is on the board
        assertThat(api.get("/api/board/lots/" + s.lotId()).body()).contains("DEAL_RESULT", "人民币贰佰万元整");

        // rule 28: below 30 % down is refused; 600,000 down and two parts within a year, guaranteed, is prepared
        Map<String, Object> plan = new LinkedHashMap<>();
        plan.put("kind", "EQUITY");
        plan.put("instalments", 2);
        plan.put("downPayment", new BigDecimal("500000.00"));
        plan.put("lastDueOn", cn.exchange.it.support.ServerClock.today(api).plusMonths(11).toString());
        plan.put("guarantee", "东湖融资担保有限公司连带责任保证");
        Api.Answer tooLittle = operator.post("/api/deals/" + dealId + "/contract", plan);
        assertThat(tooLittle.status()).isEqualTo(400);
        assertThat(tooLittle.json().getString("code")).isEqualTo("settlement.downPayment");
        plan.put("downPayment", new BigDecimal("600000.00"));
        // rule 28: a last part after today but before the down payment can fall due is a 400 naming the field
        plan.put("lastDueOn", cn.exchange.it.support.ServerClock.today(api).plusDays(3).toString());
        Api.Answer tooSoon = operator.post("/api/deals/" + dealId + "/contract", plan);
        assertThat(tooSoon.status()).as(tooSoon.toString()).isEqualTo(400);
        assertThat(tooSoon.json().getString("code")).isEqualTo("settlement.partsAfterFirstPayment");
        assertThat(tooSoon.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("lastDueOn");
        plan.put("lastDueOn", cn.exchange.it.support.ServerClock.today(api).plusMonths(11).toString());
        Api.Answer prepared = operator.post("/api/deals/" + dealId + "/contract", plan);
        assertThat(prepared.status()).as(prepared.toString()).isEqualTo(200);
        String sha = prepared.json().getString("contractSha256");

        // a supervisor and another role cannot sign; the buyer signs what it was shown, then the agency
        assertThat(api.as(People.token(api, Who.SUPERVISOR_SASAC)).post("/api/deals/" + dealId + "/sign", Map.of("sha256", sha))
                .status()).isEqualTo(403);
        assertThat(buyer.post("/api/deals/" + dealId + "/sign", Map.of("sha256", "0".repeat(64))).json().getString("code"))
                .isEqualTo("contract.changedSinceShown");
        assertThat(buyer.get("/api/deals/" + dealId).json().getBoolean("maySign")).isTrue();
        JsonObject signedOnce = buyer.post("/api/deals/" + dealId + "/sign", Map.of("sha256", sha)).json();
        assertThat(signedOnce.getBoolean("maySign")).as("the buyer signed").isFalse();
        assertThat(agency.get("/api/deals/" + dealId).json().getBoolean("maySign")).as("the transferor has yet to").isTrue();
        assertThat(operator.get("/api/deals/" + dealId).json().getBoolean("mayPrepare")).as("the text is signed by one side").isFalse();
        deal = agency.post("/api/deals/" + dealId + "/sign", Map.of("sha256", sha)).json();
        assertThat(deal.getString("status")).isEqualTo("PAYING");
        assertThat(deal.getJsonArray("schedule")).hasSize(3);
        BigDecimal interest = deal.getJsonNumber("interest").bigDecimalValue();
        assertThat(interest).isPositive();

        // no certificate before the full price (rule 31)
        Api.Answer early = operator.post("/api/deals/" + dealId + "/certificate", "{}");
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.json().getString("code")).isEqualTo("certificate.conditionsNotMet");

        // the down payment, then the rest with interest and the buyer's fee; the second statement is imported twice
        String name = deal.getString("buyerName");
        String ref = deal.getString("paymentReference");
        importCsv("D" + dealId + "," + now() + ",400000.00," + name + ",6222,首付 " + ref); // 200,000 deposit + 400,000
        assertThat(buyer.get("/api/deals/" + dealId).json().getJsonNumber("priceReceived").bigDecimalValue())
                .isEqualByComparingTo("600000.00");
        BigDecimal rest = new BigDecimal("1400000.00").add(interest).add(new BigDecimal("4800.00"));
        String second = "R" + dealId + "," + now() + "," + rest.toPlainString() + "," + name + ",6222," + ref;
        assertThat(importCsv(second).getInt("recorded")).isEqualTo(1);
        assertThat(importCsv(second).getInt("alreadyImported")).isEqualTo(1);
        deal = buyer.get("/api/deals/" + dealId).json();
        assertThat(deal.getString("status")).isEqualTo("PAID");
        assertThat(deal.getJsonNumber("outstanding").bigDecimalValue()).isZero();

        // the certificate, the payout of price + interest − the seller's fee, and a reissue
        JsonObject cert = operator.post("/api/deals/" + dealId + "/certificate", "{}").json();
        JsonObject payout = clerk.post("/api/deals/" + dealId + "/payout", Map.of("payeeAccount", "4200 1234 5678 9012")).json();
        assertThat(payout.getJsonNumber("amount").bigDecimalValue())
                .isEqualByComparingTo(new BigDecimal("2000000.00").add(interest).subtract(new BigDecimal("4800.00")));
        assertThat(clerk.post("/api/deals/" + dealId + "/payout", Map.of("payeeAccount", "4200123456789012")).status()).isEqualTo(409);
        JsonObject second2 = operator.post("/api/deals/" + dealId + "/certificate/reissue", Map.of("reason", "受让方更名")).json();
        assertThat(second2.getInt("versionNo")).isEqualTo(2);
        JsonObject old = api.get("/api/settlement/certificates/verify/" + cert.getString("verificationCode")).json();
        assertThat(old.getJsonObject("certificate").getBoolean("valid")).isFalse();
        JsonObject now = api.get("/api/settlement/certificates/verify/" + second2.getString("verificationCode")).json();
        assertThat(now.getJsonObject("certificate").getBoolean("valid")).isTrue();
        assertThat(api.get("/api/settlement/certificates/verify/AAAA-BBBB-CCCC-DDDD").json().getBoolean("known")).isFalse();
    }

    @Test
    void anUnsignedContractBecomesAForfeitureCaseAndTheBuyerIsBarred() throws Exception {
        Session s = AuctionFixture.session(api, 2, "100000.00", "1000.00", null, 2, 4, 5);
        AuctionFixture.awaitPhase(api, s.lotId(), "FREE", 20);
        AuctionFixture.Bidder a = s.bidders().get(0);
        assertThat(a.api().post("/api/auctions/" + s.lotId() + "/bids", Map.of("amount", new BigDecimal("100000.00"),
                "requestId", "f-1")).json().getBoolean("accepted")).isTrue();
        AuctionFixture.awaitPhase(api, s.lotId(), "CLOSED", 30);
        long dealId = AuctionFixture.awaitDeal(a.api());
        // the signing deadline passes with nobody signed: the scheduler opens the case (every 15 s)
        JsonObject deal = passTheSigningDeadlineAndAwaitTheDefault(dealId);
        assertThat(deal.getString("defaultReason")).contains("规则26");
        // the clerk may not decide it; the operator forfeits
        assertThat(clerk.post("/api/deals/" + dealId + "/default-decision", Map.of("forfeit", true, "reason", "x")).status())
                .isEqualTo(403);
        deal = operator.post("/api/deals/" + dealId + "/default-decision", Map.of("forfeit", true,
                "reason", "竞得人逾期未签署合同")).json();
        assertThat(deal.getString("status")).isEqualTo("FORFEITED");
        // rule 33: 10,000 deposit pays both sides' fees (3,600 + 3,600) first; 2,800 goes to the transferor
        BigDecimal toTransferor = null;
        for (JsonValue v : clerk.get("/api/settlement/postings?deal=" + dealId).array()) {
            JsonObject p = v.asJsonObject();
            if (p.getString("kind").equals("FORFEIT_TRANSFEROR")) {
                toTransferor = p.getJsonObject("lines").getJsonNumber("BUYER:" + dealId).bigDecimalValue();
            }
        }
        assertThat(toTransferor).isEqualByComparingTo("2800.00");
        Api.Answer again = a.api().post("/api/qualification/lots/" + s.lotId() + "/applications",
                Map.of("commitmentAccepted", true, "relatedParties", "", "priorityRight", false));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().getString("code")).isEqualTo("application.barredAfterForfeiture");
        relistedAfterTheDefaultTheLowerPriceIsTheDefaultersShortfall(s, dealId);
    }

    /**
     * Docs/rules.md §1.4: the forfeited deal's lot is relisted as the project's next lot, once; the
     * defaulter is barred from it; another bidder buys it for 90,000 — and the defaulter owes the transferor the 10,000
     * shortfall, shown on both deals.
     */
    private void relistedAfterTheDefaultTheLowerPriceIsTheDefaultersShortfall(Session s, long dealId) throws Exception {
        String relisting = "/api/deals/" + dealId + "/relisting";
        assertThat(clerk.post(relisting, Map.of("price", new BigDecimal("90000.00"), "onlyPriceChanged", true)).status()).isEqualTo(403);
        // rule 7: below 90 % of the 100,000 valuation only with the approving body's document
        Api.Answer low = operator.post(relisting, Map.of("price", new BigDecimal("89999.99"), "onlyPriceChanged", true));
        assertThat(low.status()).as(low.toString()).isEqualTo(400);
        assertThat(low.body()).contains("listingPrice");
        Api.Answer relisted = operator.post(relisting, Map.of("price", new BigDecimal("90000.00"), "onlyPriceChanged", true));
        assertThat(relisted.status()).as(relisted.toString()).isEqualTo(201);
        JsonObject lot = relisted.json();
        long newLot = lot.getJsonNumber("id").longValue();
        assertThat(newLot).isNotEqualTo(s.lotId());
        assertThat(lot.getString("status")).isEqualTo("PUBLISHED");
        assertThat(lot.getInt("lotNo")).isEqualTo(2);
        assertThat(lot.getJsonNumber("listingPrice").bigDecimalValue()).isEqualByComparingTo("90000.00");
        Api.Answer twice = operator.post(relisting, Map.of("price", new BigDecimal("95000.00"), "onlyPriceChanged", true));
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.json().getString("code")).isEqualTo("settlement.alreadyRelisted");
        assertThat(api.get("/api/board/lots/" + newLot).body()).contains("RELISTING", "第2轮");
        JsonObject before = operator.get("/api/deals/" + dealId).json().getJsonObject("relisting");
        assertThat(before.getJsonNumber("lotId").longValue()).isEqualTo(newLot);
        assertThat(before.get("shortfall")).as("nothing assessed before the relisting sells").isIn(null, JsonValue.NULL);

        // the defaulter is barred from the relisting; the other bidder of the first session applies and buys it
        Api.Answer barred = s.bidders().get(0).api().post("/api/qualification/lots/" + newLot + "/applications",
                Map.of("commitmentAccepted", true, "relatedParties", "", "priorityRight", false));
        assertThat(barred.status()).isEqualTo(409);
        assertThat(barred.json().getString("code")).isEqualTo("application.barredAfterForfeiture");
        AuctionFixture.Bidder b = s.bidders().get(1);
        Api.Answer applied = b.api().post("/api/qualification/lots/" + newLot + "/applications",
                Map.of("commitmentAccepted", true, "relatedParties", "", "priorityRight", false));
        assertThat(applied.status()).as(applied.toString()).isEqualTo(201);
        long application = applied.json().getJsonNumber("id").longValue();
        String statement = "银行流水号,入账时间,金额,付款人名称,付款人账号,附言\n" + "RL" + dealId + "," + ServerClock.statementTime(api) + ","
                + applied.json().getJsonNumber("depositAmount") + "," + applied.json().getString("bidderName") + ",6222020000" + dealId + "," + applied.json().getString("paymentReference") + "\n";
        assertThat(clerk.method("POST", "/api/qualification/statements", statement, "Content-Type", "text/csv; charset=utf-8").json()
                .getInt("matched")).isEqualTo(1);
        AuctionFixture.sql("update application set status = 'QUALIFIED', bidder_code = '" + b.code() + "', opinion = 'QUALIFIED', opinion_at = "
                + ServerClock.sql(api) + " where id = " + application);
        AuctionFixture.sql("update lot set status = 'NEGOTIATION', qualification_path = 'NEGOTIATED', ends_at = " + ServerClock.sql(api)
                + " - interval '1 day' where id = " + newLot);
        Api.Answer sold = operator.post("/api/qualification/lots/" + newLot + "/negotiated-deal", Map.of("price", new BigDecimal("90000.00")));
        assertThat(sold.status()).as(sold.toString()).isEqualTo(200);
        long newDeal = sold.json().getJsonNumber("dealId").longValue();

        // §1.4: 100,000 defaulted, 90,000 on the relisting — the defaulter owes the 10,000 difference, on both deals
        JsonObject after = operator.get("/api/deals/" + dealId).json().getJsonObject("relisting");
        assertThat(after.keySet()).as("the shortfall assessed when the relisting's deal opened").contains("relistingDealId", "shortfall");
        assertThat(after.getJsonNumber("relistingDealId").longValue()).isEqualTo(newDeal);
        assertThat(after.getJsonNumber("defaultedPrice").bigDecimalValue()).isEqualByComparingTo("100000.00");
        assertThat(after.getJsonNumber("relistingPrice").bigDecimalValue()).isEqualByComparingTo("90000.00");
        assertThat(after.getJsonNumber("shortfall").bigDecimalValue()).isEqualByComparingTo("10000.00");
        assertThat(after.getString("shortfallWords")).isEqualTo("人民币壹万元整");
        JsonObject defaulterSees = s.bidders().get(0).api().get("/api/deals/" + dealId).json().getJsonObject("relisting");
        assertThat(defaulterSees.getJsonNumber("shortfall").bigDecimalValue()).isEqualByComparingTo("10000.00");
        JsonObject follows = b.api().get("/api/deals/" + newDeal).json().getJsonObject("relisting");
        assertThat(follows.getJsonNumber("forfeitedDealId").longValue()).isEqualTo(dealId);
        assertThat(follows.getJsonNumber("lotId").longValue()).isEqualTo(s.lotId());
        assertThat(follows.get("shortfall")).as("the relisting's buyer is not told the defaulter's liability").isIn(null, JsonValue.NULL);
        assertThat(operator.get("/api/deals/" + newDeal).json().getJsonObject("relisting").getJsonNumber("shortfall").bigDecimalValue())
                .isEqualByComparingTo("10000.00");
        try (var c = cn.exchange.it.support.TestDatabase.dataSource().getConnection(); var st = c.createStatement();
             var rs = st.executeQuery("select count(*) from audit_record where object_type = 'Deal' and object_id = '" + dealId
                     + "' and action = 'deal.shortfallAssessed' and summary like '%owes the transferor the shortfall 10000.00%'")) {
            rs.next();
            assertThat(rs.getInt(1)).as("the assessment in the forfeited deal's trail").isEqualTo(1);
        }
        try (var c = cn.exchange.it.support.TestDatabase.dataSource().getConnection(); var st = c.createStatement();
             var rs = st.executeQuery("select count(*) from (select account, sum(amount) as s from ledger_line group by account) l"
                     + " full join ledger_balance b using (account) where coalesce(l.s, 0) <> coalesce(b.balance, 0)")) {
            rs.next();
            assertThat(rs.getInt(1)).as("accounts whose kept balance (V25) differs from the sum of their lines").isZero();
        }
    }

    /** Rule 26: the transferor does not sign — the case names it, and the buyer's deposit is not forfeited. */
    @Test
    void aTransferorThatDoesNotSignNeverCostsTheBuyerItsDeposit() throws Exception {
        Session s = AuctionFixture.qualified(api, 1, "600000.00", "6000.00", null, "EQUITY_TRANSFER", -1);
        AuctionFixture.sql("update lot set status = 'NEGOTIATION', qualification_path = 'NEGOTIATED', ends_at = "
                + cn.exchange.it.support.ServerClock.sql(api) + " - interval '1 day' where id = " + s.lotId());
        Api buyer = s.bidders().get(0).api();
        Api.Answer recorded = operator.post("/api/qualification/lots/" + s.lotId() + "/negotiated-deal", Map.of("price",
                new BigDecimal("600000.00")));
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(200);
        long dealId = recorded.json().getJsonNumber("dealId").longValue();
        String sha = buyer.get("/api/deals/" + dealId).json().getString("contractSha256");
        assertThat(buyer.post("/api/deals/" + dealId + "/sign", Map.of("sha256", sha)).status()).isEqualTo(200);
        // the signing deadline passes with only the buyer's signature: the scheduler opens the case (every 15 s)
        JsonObject deal = passTheSigningDeadlineAndAwaitTheDefault(dealId);
        assertThat(deal.getString("defaultedBy")).isEqualTo("SELLER");
        assertThat(deal.getString("defaultReason")).startsWith("转让方（甲方）未在签署期限").contains("受让方保证金不予没收");
        Api.Answer forfeit = operator.post("/api/deals/" + dealId + "/default-decision", Map.of("forfeit", true, "reason", "x"));
        assertThat(forfeit.status()).as(forfeit.toString()).isEqualTo(409);
        assertThat(forfeit.json().getString("code")).isEqualTo("settlement.transferorDefault");
        for (JsonValue v : clerk.get("/api/settlement/postings?deal=" + dealId).array()) {
            assertThat(v.asJsonObject().getString("kind")).doesNotStartWith("FORFEIT");
        }
        // staff give the transferor a new deadline; it signs and the deal goes on
        deal = operator.post("/api/deals/" + dealId + "/default-decision", Map.of("forfeit", false, "reason", "转让方补签",
                "newSignDeadline", cn.exchange.it.support.ServerClock.now(api).plusDays(2).toString())).json();
        assertThat(deal.getString("status")).isEqualTo("SIGNING");
        assertThat(agency.post("/api/deals/" + dealId + "/sign", Map.of("sha256", sha)).json().getString("status")).isEqualTo("PAYING");
    }

    /**
     * The deal's signing deadline is moved a minute into the past; the operator reads the deal until the scheduler has
     * opened its default case (40 s at most), and it must be DEFAULTED. The deal as the operator last read it.
     */
    private JsonObject passTheSigningDeadlineAndAwaitTheDefault(long dealId) throws Exception {
        AuctionFixture.sql("update deal set sign_deadline = " + ServerClock.sql(api) + " - interval '1 minute' where id = " + dealId);
        JsonObject deal = null;
        long until = System.currentTimeMillis() + 40_000;
        while (System.currentTimeMillis() < until) {
            deal = operator.get("/api/deals/" + dealId).json();
            if (deal.getString("status").equals("DEFAULTED")) {
                break;
            }
            Thread.sleep(500);
        }
        assertThat(deal.getString("status")).isEqualTo("DEFAULTED");
        return deal;
    }

    private JsonObject importCsv(String line) {
        Api.Answer r = clerk.method("POST", "/api/qualification/statements", "银行流水号,入账时间,金额,付款人名称,付款人账号,附言\n"
                + line + "\n", "Content-Type", "text/csv; charset=utf-8");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    /** The exchange's time as a bank statement writes it. */
    private String now() {
        return cn.exchange.it.support.ServerClock.statementTime(api);
    }

}
