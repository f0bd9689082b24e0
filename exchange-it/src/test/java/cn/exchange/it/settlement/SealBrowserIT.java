package cn.exchange.it.settlement;

import cn.exchange.it.support.Api;
import cn.exchange.it.support.AuctionFixture;
import cn.exchange.it.support.AuctionFixture.Session;
import cn.exchange.it.support.Browser;
import cn.exchange.it.support.People;
import cn.exchange.it.support.People.Who;
import cn.exchange.it.support.ScreenshotOnFailure;
import cn.exchange.it.support.ServerClock;
import jakarta.json.JsonObject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignerDigestMismatchException;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import java.math.BigDecimal;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The exchange's electronic seal (电子签章) as a holder of a certificate meets it: the certificate PDF fetched from the
 * running exchange carries a PAdES signature that PDFBox and Bouncy Castle verify over the whole file; uploaded to the
 * public verification page it is answered as valid and named; the same file with one byte changed is answered as
 * altered; a file that is not a PDF is refused with a message at the field.
 */
@ExtendWith({ArquillianExtension.class, ScreenshotOnFailure.class})
@RunAsClient
class SealBrowserIT {

    @ArquillianResource
    URL base;

    final List<Browser> browsers = new ArrayList<>();

    @AfterEach
    void close() {
        browsers.forEach(Browser::close);
    }

    @Test
    void aSealedCertificateVerifiesAndAnAlteredCopyDoesNot() throws Exception {
        Api api = new Api(base);
        Api operator = api.as(People.token(api, Who.OPERATOR));
        Api clerk = api.as(People.token(api, Who.SETTLEMENT));
        Api agency = api.as(People.token(api, Who.AGENCY));
        // a negotiated transfer, signed by both sides, paid in full, certified
        Session s = AuctionFixture.qualified(api, 1, "600000.00", "6000.00", null, "EQUITY_TRANSFER", -1);
        AuctionFixture.sql("update lot set status = 'NEGOTIATION', qualification_path = 'NEGOTIATED', ends_at = "
                + ServerClock.sql(api) + " - interval '1 day' where id = " + s.lotId());
        Api buyer = s.bidders().get(0).api();
        Api.Answer recorded = operator.post("/api/qualification/lots/" + s.lotId() + "/negotiated-deal", Map.of("price",
                new BigDecimal("600000.00")));
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(200);
        long dealId = recorded.json().getJsonNumber("dealId").longValue();
        String sha = buyer.get("/api/deals/" + dealId).json().getString("contractSha256");
        assertThat(buyer.post("/api/deals/" + dealId + "/sign", Map.of("sha256", sha)).status()).isEqualTo(200);
        JsonObject deal = agency.post("/api/deals/" + dealId + "/sign", Map.of("sha256", sha)).json();
        assertThat(deal.getString("status")).isEqualTo("PAYING");
        Api.Answer paid = clerk.method("POST", "/api/qualification/statements", "银行流水号,入账时间,金额,付款人名称,付款人账号,附言\n"
                + "SEAL" + dealId + "," + ServerClock.statementTime(api) + "," + deal.getJsonNumber("outstanding").bigDecimalValue()
                .toPlainString() + "," + deal.getString("buyerName") + ",6222," + deal.getString("paymentReference") + "\n",
                "Content-Type", "text/csv; charset=utf-8");
        assertThat(paid.status()).as(paid.toString()).isEqualTo(200);
        JsonObject cert = operator.post("/api/deals/" + dealId + "/certificate", "{}").json();
        String number = cert.getString("number");

        // the certificate as its buyer downloads it: sealed by the exchange over the whole file
        byte[] pdf = buyer.bytes("/api/settlement/certificates/" + cert.getJsonNumber("id").longValue() + ".pdf");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDSignature sig = doc.getLastSignatureDictionary();
            assertThat(sig).as("the certificate carries a signature").isNotNull();
            assertThat(sig.getSubFilter()).isEqualTo("ETSI.CAdES.detached");
            assertThat(sig.getReason()).isEqualTo("产权交易凭证 " + number);
            int[] range = sig.getByteRange();
            assertThat(range[0]).isZero();
            assertThat((long) range[2] + range[3]).as("the signature covers the whole file").isEqualTo(pdf.length);
            assertThat(cmsVerifies(sig, pdf)).isTrue();
        }
        // the signed contract is sealed too
        byte[] contract = buyer.bytes("/api/deals/" + dealId + "/signed-contract.pdf");
        try (PDDocument doc = Loader.loadPDF(contract)) {
            assertThat(doc.getLastSignatureDictionary().getReason()).startsWith("产权交易合同 ");
            assertThat(cmsVerifies(doc.getLastSignatureDictionary(), contract)).isTrue();
        }

        // anyone uploads it to the verification page: valid, whole file, the exchange's seal, this certificate
        Browser visitor = Browser.open(base);
        browsers.add(visitor);
        visitor.go("/verify.xhtml");
        upload(visitor, "certificate.pdf", pdf);
        assertThat(visitor.text(By.id("seal-outcome"))).startsWith("有效");
        assertThat(visitor.text(By.id("seal-whole"))).isEqualTo("是");
        assertThat(visitor.text(By.id("seal-signer"))).endsWith("电子签章");
        assertThat(visitor.text(By.id("seal-document"))).isEqualTo("产权交易凭证 " + number);
        assertThat(visitor.text(By.id("seal-cert-number"))).startsWith(number);
        visitor.screenshot("seal-valid");

        // the same answer in English
        visitor.go("/verify.xhtml?lang=en");
        upload(visitor, "certificate-en.pdf", pdf);
        assertThat(visitor.text(By.id("seal-outcome"))).startsWith("Valid");
        assertThat(visitor.text(By.id("seal-whole"))).isEqualTo("Yes");
        visitor.go("/verify.xhtml?lang=zh");

        // one byte changed inside the signed range: altered
        byte[] altered = pdf.clone();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            altered[doc.getLastSignatureDictionary().getByteRange()[1] / 2] ^= 0x01;
        }
        upload(visitor, "certificate-altered.pdf", altered);
        assertThat(visitor.find(By.id("seal-outcome")).getAttribute("data-outcome")).isEqualTo("ALTERED");
        assertThat(visitor.text(By.id("seal-outcome"))).startsWith("无效").contains("被改动");
        assertThat(visitor.all(By.id("seal-signer"))).as("no signer is named from a signature that no longer matches").isEmpty();
        visitor.screenshot("seal-altered");

        // not a PDF, whatever its name says: refused at the field, no answer about a seal
        upload(visitor, "fake.pdf", "这不是 PDF 文件".getBytes(StandardCharsets.UTF_8));
        assertThat(visitor.text(By.id("upload"))).contains("只能核验 PDF 文件");
        assertThat(visitor.all(By.id("seal-outcome"))).isEmpty();
    }

    /** The visitor picks the file in the upload field, as PrimeFaces draws it, and waits for the page's answer on it. */
    private static void upload(Browser visitor, String name, byte[] content) throws Exception {
        Path dir = Files.createTempDirectory("seal");
        Path file = dir.resolve(name);
        Files.write(file, content);
        visitor.driver().findElement(By.id("upload:file_input")).sendKeys(file.toAbsolutePath().toString());
        visitor.waitFor(Duration.ofSeconds(20)).until(d -> !d.findElements(By.id("seal-file")).isEmpty()
                && d.findElement(By.id("seal-file")).getText().equals(name)
                || d.findElement(By.id("upload")).getText().contains("不是 PDF"));
    }

    /** The CMS over the bytes the ByteRange names, verified with the certificate it carries (PDFBox + Bouncy Castle). */
    private static boolean cmsVerifies(PDSignature sig, byte[] file) throws Exception {
        ContentInfo info;
        // the /Contents hex string is zero-padded to its reserved size: the one ASN.1 object at its start
        try (ASN1InputStream in = new ASN1InputStream(sig.getContents(file))) {
            info = ContentInfo.getInstance(in.readObject());
        }
        CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(sig.getSignedContent(file)), info);
        SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
        @SuppressWarnings("unchecked")
        Collection<X509CertificateHolder> certs = cms.getCertificates().getMatches(signer.getSID());
        try {
            return signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certs.iterator().next()));
        } catch (CMSSignerDigestMismatchException e) {
            return false;
        }
    }
}
