package cn.exchange.it.settlement;

import cn.exchange.it.support.Api;
import cn.exchange.it.support.AuctionFixture;
import cn.exchange.it.support.AuctionFixture.Session;
import cn.exchange.it.support.Browser;
import cn.exchange.it.support.People;
import cn.exchange.it.support.People.Who;
import cn.exchange.it.support.ScreenshotOnFailure;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.math.BigDecimal;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * From an awarded lot to a verified certificate, in browsers: the auction closes with
 * a winner; the winner and the transferor each review and sign the contract; the settlement clerk imports the bank
 * statement with the price payment, sends the losers' refunds to the bank in a batch file and imports the statement
 * that shows them paid; the fees are charged; the operator issues the certificate; and anyone verifies it on the
 * public page by its code. The ledger's trial balance sums to zero at the end.
 */
@ExtendWith({ArquillianExtension.class, ScreenshotOnFailure.class})
@RunAsClient
class SettlementBrowserIT {

    @ArquillianResource
    URL base;

    final List<Browser> browsers = new ArrayList<>();

    @AfterEach
    void close() {
        browsers.forEach(Browser::close);
    }

    @Test
    void fromTheAwardToAVerifiedCertificate() throws Exception {
        Api api = new Api(base);
        // an auction of three qualified bidders: A wins at 103,000; B and C lose and get their deposits back
        Session s = AuctionFixture.session(api, 3, "100000.00", "1000.00", null, 2, 4, 5);
        AuctionFixture.awaitPhase(api, s.lotId(), "FREE", 20);
        AuctionFixture.Bidder a = s.bidders().get(0);
        AuctionFixture.Bidder b = s.bidders().get(1);
        AuctionFixture.bid(a, s.lotId(), "101000.00");
        AuctionFixture.bid(b, s.lotId(), "102000.00");
        AuctionFixture.bid(a, s.lotId(), "103000.00");
        AuctionFixture.awaitPhase(api, s.lotId(), "CLOSED", 30);
        long dealId = AuctionFixture.awaitDeal(a.api());
        JsonObject deal = a.api().get("/api/deals/" + dealId).json();
        assertThat(deal.getString("priceWords")).isEqualTo("人民币壹拾万叁仟元整");
        // Changsha table, online bidding: 3.2 % and 0.24 % of 103,000 are below the CNY 3,600 minimum
        assertThat(deal.getJsonNumber("buyerFee").bigDecimalValue()).isEqualByComparingTo("3600.00");
        assertThat(deal.getJsonNumber("sellerFee").bigDecimalValue()).isEqualByComparingTo("3600.00");
        // the contract as a PDF: parties, the price in figures and in uppercase
        String contract = text(a.api().bytes("/api/deals/" + dealId + "/contract.pdf"));
        assertThat(contract).contains(deal.getString("buyerName"), deal.getString("sellerName"), "103,000.00", "人民币壹拾万叁仟元整");

        // the winner signs in the browser
        Browser winner = open(a.username());
        winner.go("/deals.xhtml");
        winner.click(By.cssSelector("a.deal-link"));
        winner.waitFor().until(d -> d.findElement(By.id("deal-price")).getText().contains("人民币壹拾万叁仟元整"));
        assertThat(winner.text(By.id("contract-sha"))).isEqualTo(deal.getString("contractSha256"));
        winner.click(By.id("contract:sign"));
        winner.waitFor().until(d -> d.findElement(By.id("contract:messages")).getText().contains("请先勾选"));
        winner.click(By.cssSelector("#contract\\:agree .ui-chkbox-box"));
        winner.click(By.id("contract:sign"));
        winner.waitFor().until(d -> d.findElement(By.id("contract:messages")).getText().contains("等待另一方签署"));
        assertThat(winner.all(By.id("contract:sign"))).isEmpty();

        // the other losing bidder cannot open the winner's deal
        assertThat(b.api().get("/api/deals/" + dealId).status()).isEqualTo(403);

        // the transferor signs: the contract is in force
        Browser agency = open(People.username(api, Who.AGENCY));
        agency.go("/deal.xhtml?id=" + dealId);
        agency.click(By.cssSelector("#contract\\:agree .ui-chkbox-box"));
        agency.click(By.id("contract:sign"));
        agency.waitFor().until(d -> d.findElement(By.id("contract:messages")).getText().contains("合同生效"));
        deal = a.api().get("/api/deals/" + dealId).json();
        assertThat(deal.getString("status")).isEqualTo("PAYING");
        assertThat(deal.getString("signedSha256")).hasSize(64);
        assertThat(text(a.api().bytes("/api/deals/" + dealId + "/signed-contract.pdf"))).contains("签署记录", a.username());
        BigDecimal outstanding = deal.getJsonNumber("outstanding").bigDecimalValue();
        assertThat(outstanding).isEqualByComparingTo("96600.00"); // 103,000 − 10,000 deposit + 3,600 fee

        // the settlement clerk imports the statement with the buyer's transfer
        Browser clerk = open(People.username(api, Who.SETTLEMENT));
        String now = cn.exchange.it.support.ServerClock.statementTime(api);
        upload(clerk, "银行流水号,入账时间,金额,付款人名称,付款人账号,附言\n"
                + "PAY" + dealId + "," + now + "," + outstanding.toPlainString() + "," + deal.getString("buyerName")
                + ",6222020000999," + "价款 " + deal.getString("paymentReference") + "\n");
        deal = a.api().get("/api/deals/" + dealId).json();
        assertThat(deal.getString("status")).isEqualTo("PAID");
        assertThat(deal.getJsonNumber("buyerFeePaid").bigDecimalValue()).isEqualByComparingTo("3600.00");
        assertThat(deal.getBoolean("sellerFeePaid")).isTrue();

        // the losers' refunds go to the bank in a batch file, and come back paid on the next statement
        clerk.go("/staff/settlement.xhtml");
        clerk.click(By.id("batch:newBatch"));
        clerk.waitFor().until(d -> d.findElement(By.id("batch:messages")).getText().contains("已生成"));
        List<String[]> refunds = new ArrayList<>();
        for (JsonValue v : a.api().as(People.token(api, Who.SETTLEMENT)).get("/api/settlement/disbursements").array()) {
            JsonObject x = v.asJsonObject();
            if (x.getInt("lotId") == s.lotId()) {
                assertThat(x.getString("kind")).isEqualTo("DEPOSIT_REFUND");
                assertThat(x.getString("status")).isEqualTo("IN_BATCH");
                refunds.add(new String[] {x.getString("reference"), x.getJsonNumber("amount").bigDecimalValue().toPlainString(),
                        x.getString("payeeName")});
            }
        }
        assertThat(refunds).hasSize(2);
        StringBuilder debits = new StringBuilder("银行流水号,入账时间,金额,付款人名称,付款人账号,附言,借贷标志\n");
        for (String[] r : refunds) {
            debits.append("RF").append(r[0]).append(',').append(now).append(',').append(r[1]).append(',').append(r[2])
                    .append(",62220200001,退还保证金 ").append(r[0]).append(",借\n");
        }
        upload(clerk, debits.toString());
        clerk.go("/staff/settlement.xhtml");
        for (String[] r : refunds) {
            WebElement row = clerk.find(By.xpath("//tr[.//span[contains(@class,'disbursement-reference') and text()='" + r[0] + "']]"));
            assertThat(row.findElement(By.cssSelector(".disbursement-status")).getText()).isEqualTo("已付款");
        }

        // the operator issues the certificate
        Browser operator = open(People.username(api, Who.OPERATOR));
        operator.go("/deal.xhtml?id=" + dealId);
        assertThat(operator.text(By.id("deal-fees"))).contains("已从价款中扣收");
        operator.click(By.id("certificate:issue"));
        operator.waitFor().until(d -> !d.findElements(By.id("verification-code")).isEmpty());
        String code = operator.text(By.id("verification-code"));
        String number = operator.text(By.id("certificate-number"));
        operator.screenshot("deal-certified");

        // anyone verifies it by its code
        Browser visitor = Browser.open(base);
        browsers.add(visitor);
        visitor.go("/verify.xhtml");
        visitor.type(By.id("verify:code"), code.toLowerCase().replace("-", ""));
        visitor.click(By.id("verify:check"));
        visitor.waitFor().until(d -> d.findElement(By.id("validity")).getText().contains("有效"));
        assertThat(visitor.text(By.id("cert-number"))).isEqualTo(number);
        assertThat(visitor.text(By.id("cert-price"))).contains("103,000.00", "人民币壹拾万叁仟元整");
        visitor.screenshot("certificate-verified");

        // and the ledger balances: every account's balance sums to zero
        JsonObject total = null;
        for (JsonValue v : api.as(People.token(api, Who.SUPERVISOR_AUDIT)).get("/api/settlement/ledger").array()) {
            if (v.asJsonObject().getString("account").equals("TOTAL")) {
                total = v.asJsonObject();
            }
        }
        assertThat(total.getJsonNumber("balance").bigDecimalValue()).isZero();
    }

    private Browser open(String username) {
        Browser x = Browser.signedIn(base, username, People.PASSWORD);
        browsers.add(x);
        return x;
    }

    /** The clerk uploads a statement on the deposits page, as a file. */
    private static void upload(Browser clerk, String csv) throws Exception {
        Path file = Files.createTempFile("statement", ".csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        clerk.go("/staff/deposits.xhtml");
        // the file input sits hidden inside the "choose" button, as PrimeFaces draws it; a user picks the file there
        clerk.driver().findElement(By.id("statement:file_input")).sendKeys(file.toAbsolutePath().toString());
        clerk.waitFor(Duration.ofSeconds(20)).until(d -> d.findElement(By.id("statement:messages")).getText().contains("对账单"));
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
        }
    }
}
