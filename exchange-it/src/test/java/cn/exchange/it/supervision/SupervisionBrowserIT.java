package cn.exchange.it.supervision;

import cn.exchange.it.support.Api;
import cn.exchange.it.support.AuctionFixture;
import cn.exchange.it.support.AuctionFixture.Session;
import cn.exchange.it.support.Browser;
import cn.exchange.it.support.People;
import cn.exchange.it.support.People.Who;
import cn.exchange.it.support.ScreenshotOnFailure;
import cn.exchange.it.support.TestDatabase;
import jakarta.json.JsonObject;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A supervisor audits a completed transaction: its trail shows every step from
 * registration to certificate with the audit chain verified, the auction replays to the recorded outcome, and the
 * report exported as XLSX and CSV carries the figures the database holds.
 */
@ExtendWith({ArquillianExtension.class, ScreenshotOnFailure.class})
@RunAsClient
class SupervisionBrowserIT {

    @ArquillianResource
    URL base;

    Browser supervisor;

    @AfterEach
    void close() {
        if (supervisor != null) {
            supervisor.close();
        }
    }

    @Test
    void aSupervisorAuditsACompletedTransaction() throws Exception {
        Api api = new Api(base);
        long lotId = completedTransaction(api);

        supervisor = Browser.signedIn(base, People.username(api, Who.SUPERVISOR_DISCIPLINE), People.PASSWORD);
        supervisor.go("/supervision/trail.xhtml?lot=" + lotId);
        supervisor.waitFor().until(d -> d.findElement(By.id("chain")).getText().contains("审计链校验通过"));
        Set<String> kinds = supervisor.all(By.cssSelector(".entry-kind")).stream().map(WebElement::getText).collect(Collectors.toSet());
        assertThat(kinds).contains("状态变更", "公告", "报名", "报价", "资金记账", "文件");
        String page = supervisor.find(By.id("entries")).getText();
        // from registration to certificate, the bidders' identities behind their codes
        assertThat(page).contains("项目登记", "挂牌：挂牌公告", "提交受让申请", "签署合同", "出具交易凭证", "成交公告", "竞买测试公司");
        // in words, not the audit log's action codes
        assertThat(page).doesNotContain("project.registered", "application.submitted", "certificate.issued");
        assertThat(supervisor.all(By.cssSelector(".chain-broken"))).isEmpty();
        assertThat(supervisor.all(By.cssSelector(".chain-ok"))).hasSizeGreaterThan(10);
        supervisor.click(By.id("replay:run"));
        supervisor.waitFor().until(d -> d.findElement(By.id("replay-verdict")).getText().contains("重放结果与记录一致"));
        assertThat(supervisor.text(By.id("replay-replayed"))).isEqualTo(supervisor.text(By.id("replay-recorded")));
        supervisor.screenshot("supervision-trail");

        // the report, on the page and exported, agrees with the database
        supervisor.go("/supervision/reports.xhtml");
        supervisor.waitFor().until(d -> !d.findElements(By.cssSelector(".report-group")).isEmpty());
        String xlsxHref = supervisor.find(By.id("xlsx")).getAttribute("href");
        assertThat(xlsxHref).contains("/api/supervision/report.xlsx?by=CATEGORY");
        Api audit = api.as(People.token(api, Who.SUPERVISOR_DISCIPLINE));
        BigDecimal[] db = soldTotals();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(audit.bytes("/api/supervision/report.xlsx?by=CATEGORY")))) {
            var sheet = wb.getSheetAt(0);
            Row total = sheet.getRow(sheet.getLastRowNum());
            assertThat(total.getCell(0).getStringCellValue()).isEqualTo("合计");
            assertThat((int) total.getCell(2).getNumericCellValue()).isEqualTo(db[0].intValue());
            assertThat(BigDecimal.valueOf(total.getCell(5).getNumericCellValue())).isEqualByComparingTo(db[1]);
            assertThat(BigDecimal.valueOf(total.getCell(4).getNumericCellValue())).isEqualByComparingTo(db[2]);
        }
        String csv = new String(audit.bytes("/api/supervision/report.csv?by=CATEGORY"), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF分组,");
        List<String> lines = csv.lines().toList();
        String[] total = lines.get(lines.size() - 1).split(",");
        assertThat(total[0]).isEqualTo("合计");
        assertThat(Integer.parseInt(total[2])).isEqualTo(db[0].intValue());
        assertThat(new BigDecimal(total[5])).isEqualByComparingTo(db[1]);
        assertThat(new BigDecimal(total[6])).isEqualByComparingTo(db[1].subtract(db[2]));
        supervisor.screenshot("supervision-report");
    }

    /** Deals, their summed price and their summed valuation, straight from the tables. */
    private static BigDecimal[] soldTotals() throws Exception {
        try (Connection c = TestDatabase.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select count(*), sum(coalesce(d.price, l.auction_price, l.negotiated_price)),"
                     + " sum(l.appraised_value) from lot l left join deal d on d.lot_id = l.id"
                     + " where l.status in ('AUCTION_SOLD', 'NEGOTIATED_DEAL')")) {
            rs.next();
            return new BigDecimal[] {BigDecimal.valueOf(rs.getLong(1)), rs.getBigDecimal(2), rs.getBigDecimal(3)};
        }
    }

    /** An auction won, the contract signed by both, the price paid, the certificate issued — all through the API. */
    static long completedTransaction(Api api) throws Exception {
        Session s = AuctionFixture.session(api, 2, "100000.00", "1000.00", null, 2, 4, 5);
        AuctionFixture.awaitPhase(api, s.lotId(), "FREE", 20);
        AuctionFixture.Bidder a = s.bidders().get(0);
        AuctionFixture.Bidder b = s.bidders().get(1);
        AuctionFixture.bid(a, s.lotId(), "100000.00");
        AuctionFixture.bid(b, s.lotId(), "101000.00");
        AuctionFixture.bid(a, s.lotId(), "102000.00");
        AuctionFixture.awaitPhase(api, s.lotId(), "CLOSED", 30);
        long dealId = AuctionFixture.awaitDeal(a.api());
        JsonObject deal = a.api().get("/api/deals/" + dealId).json();
        String sha = deal.getString("contractSha256");
        assertThat(a.api().post("/api/deals/" + dealId + "/sign", Map.of("sha256", sha)).status()).isEqualTo(200);
        Api agency = api.as(People.token(api, Who.AGENCY));
        deal = agency.post("/api/deals/" + dealId + "/sign", Map.of("sha256", sha)).json();
        String now = cn.exchange.it.support.ServerClock.statementTime(api);
        Api.Answer paid = api.as(People.token(api, Who.SETTLEMENT)).method("POST", "/api/qualification/statements",
                "银行流水号,入账时间,金额,付款人名称,付款人账号,附言\nSV" + dealId + "," + now + ","
                        + deal.getJsonNumber("outstanding").bigDecimalValue().toPlainString() + "," + deal.getString("buyerName")
                        + ",6222," + deal.getString("paymentReference") + "\n", "Content-Type", "text/csv; charset=utf-8");
        assertThat(paid.status()).as(paid.toString()).isEqualTo(200);
        Api.Answer cert = api.as(People.token(api, Who.OPERATOR)).post("/api/deals/" + dealId + "/certificate", "{}");
        assertThat(cert.status()).as(cert.toString()).isEqualTo(201);
        return s.lotId();
    }

}
