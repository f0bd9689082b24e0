package cn.exchange.ejb.settlement;

import cn.exchange.core.calendar.WorkingDayCalendar;
import cn.exchange.core.listing.BiddingMethod;
import cn.exchange.core.listing.Category;
import cn.exchange.core.listing.Lot;
import cn.exchange.core.listing.LotTerms;
import cn.exchange.core.listing.Project;
import cn.exchange.core.party.Party;
import cn.exchange.core.party.PartyKind;
import cn.exchange.core.settlement.Certificate;
import cn.exchange.core.settlement.ContractTemplate;
import cn.exchange.core.settlement.Deal;
import cn.exchange.core.settlement.FeeTable;
import cn.exchange.core.settlement.PaymentPlan;
import cn.exchange.core.settlement.SettlementRules;
import cn.exchange.core.shared.RenderedText;
import cn.exchange.ejb.documents.CertificatePdf;
import cn.exchange.ejb.documents.ContractPdf;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contract and the certificate as PDFs: the text read back from the PDF holds
 * the parties with their identifiers, the price in figures and in uppercase (docs/rules.md §7), the deposit's conversion
 * and the payment terms; the first page is rendered to {@code target/contract-page1.png} and
 * {@code target/certificate.png} for a person to look at; the certificate's QR code decodes to the verification page.
 */
class SettlementDocumentsTest {

    static final OffsetDateTime NOW = OffsetDateTime.parse("2026-11-02T10:00:00+08:00");
    static final SettlementSettings SETTINGS = new SettlementSettings() {
        @Override
        public String exchangeName() {
            return "东湖产权交易所";
        }

        @Override
        public String exchangeCode() {
            return "DH";
        }
    };

    @Test
    void theContractReadsBackWithPartiesAndPriceInFiguresAndUppercase() throws Exception {
        Project project = new Project("DH2026QY000017", 1, "东湖机械厂 100% 股权转让", Category.EQUITY_TRANSFER, NOW);
        Lot lot = project.addLot(new LotTerms("东湖机械厂有限公司 100% 股权", "注册资本 2,000 万元，职工 86 人。", "东湖区工业大道 18 号",
                "东湖区", "东湖资产评估有限公司", LocalDate.of(2026, 6, 30), new BigDecimal("1200000.00"), new BigDecimal("1200000.00"),
                new BigDecimal("200000.00"), new BigDecimal("10000.00"), null, false, null, null, BiddingMethod.ONLINE_ASCENDING, null,
                false, false, null, null, null));
        Party seller = Party.organisation(PartyKind.AGENCY, "东湖区国有资产投资控股有限公司", "91420100MA4KXXXX0A", null, NOW);
        Party buyer = Party.organisation(PartyKind.ENTERPRISE_BIDDER, "江城精密制造股份有限公司", "91420100MA4KYYYY1B", null, NOW);
        FeeTable fees = FeeTable.named("CHANGSHA");
        BigDecimal price = new BigDecimal("1250000.00");
        Deal deal = new Deal(1, 1, FeeTable.Method.BIDDING, 2, 11, 1, price, new BigDecimal("200000.00"),
                fees.fee(FeeTable.Method.BIDDING, FeeTable.Side.BUYER, price, price),
                fees.fee(FeeTable.Method.BIDDING, FeeTable.Side.SELLER, price, price), "CHANGSHA", NOW,
                SettlementRules.workingDaysAfter(NOW, 5, cn.exchange.core.calendar.Calendars.official()));
        setId(deal, 42L);
        // as staff type them: a description and a guarantee that end with their own full stop
        PaymentPlan plan = new PaymentPlan(2, new BigDecimal("400000.00"), LocalDate.of(2027, 10, 2), new BigDecimal("3.0"),
                "东湖融资担保有限公司连带责任保证。").validate(price, Category.EQUITY_TRANSFER.transactionType(), NOW.toLocalDate());
        byte[] pdf = ContractText.render(SETTINGS, deal, lot, seller, buyer, ContractTemplate.Kind.EQUITY, plan,
                List.of(new ContractPdf.Signature("受让方（乙方）", buyer.getName(), "bidder1", "2026年11月3日 09:12", "10.0.0.7",
                        "a".repeat(64))));
        String text = text(pdf);
        assertThat(text).contains("产权交易合同（企业国有产权转让）", "第一条合同当事人", "东湖区国有资产投资控股有限公司", "91420100MA4KXXXX0A",
                "江城精密制造股份有限公司", "91420100MA4KYYYY1B", "1,250,000.00", "人民币壹佰贰拾伍万元整", "200,000.00", "人民币贰拾万元整",
                "首期价款人民币400,000.00元", "东湖融资担保有限公司连带责任保证", "40,000.00", "签署记录", "bidder1", "DHHT-DH2026QY000017-1");
        assertThat(text).doesNotContain("${");
        RenderedText.assertClean("contract PDF", text);
        // every kind, lump sum and instalments, as the deal fills it
        for (ContractTemplate.Kind kind : ContractTemplate.Kind.values()) {
            for (PaymentPlan p : List.of(PaymentPlan.lumpSum(price), plan)) {
                for (ContractTemplate.Clause c : ContractTemplate.of(kind).fill(ContractText.fields(SETTINGS, deal, lot, seller, buyer, p))) {
                    RenderedText.assertClean(kind + " " + c.heading(), c.text());
                }
            }
        }
        Path png = render(pdf, "contract-page1.png");
        assertThat(Files.size(png)).isGreaterThan(20_000);
    }

    @Test
    void theCertificateCarriesItsFieldsAndAQrCodeOfTheVerificationPage() throws Exception {
        // a seeded verification code: the same certificate, the same picture, every run
        Certificate c = certificate(new Random(20261204L));
        byte[] pdf = CertificatePdf.render("东湖产权交易所", c, "https://cq.example.cn/verify.xhtml");
        assertThat(text(pdf)).contains("产权交易凭证", "DHJY2026000001", "江城精密制造股份有限公司", "人民币壹佰贰拾伍万元整",
                c.getVerificationCode(), "手写、涂改无效");
        RenderedText.assertClean("certificate PDF", text(pdf));
        assertThat(qrOf(render(pdf, "certificate.png"))).isEqualTo("https://cq.example.cn/verify.xhtml?code=" + c.getVerificationCode());
    }

    /**
     * The QR code of the verification page scans for any code the exchange may draw, as a certificate printed and scanned
     * would (rendered at a print resolution, 300 DPI): the code a random run once found unreadable (the QR was then a
     * 4-pixel-a-module picture at error correction M, blurred by scaling to 36 mm), and 40 more drawn from a fixed seed, so
     * the same codes every run.
     */
    @Test
    void theQrCodeScansForManyRandomCodes() throws Exception {
        Random codes = new Random(20261205L);
        List<Certificate> certificates = new java.util.ArrayList<>();
        Certificate once = certificate(codes);
        setField(once, "verificationCode", "T3JY-5WVS-GW64-JPXV");
        certificates.add(once);
        for (int i = 0; i < 40; i++) {
            certificates.add(certificate(codes));
        }
        for (Certificate c : certificates) {
            byte[] pdf = CertificatePdf.render("东湖产权交易所", c, "https://cq.example.cn/verify.xhtml");
            String scanned;
            try {
                scanned = qrOf(render(pdf, "certificate-random.png"));
            } catch (com.google.zxing.ReaderException e) {
                throw new AssertionError("the QR code of " + c.getVerificationCode() + " does not scan: " + e, e);
            }
            assertThat(scanned).as("code %s", c.getVerificationCode())
                    .isEqualTo("https://cq.example.cn/verify.xhtml?code=" + c.getVerificationCode());
        }
    }

    static Certificate certificate(Random codes) {
        return Certificate.issue("DHJY2026000001", 42, new Certificate.Fields("DH2026QY000017-1", "东湖机械厂有限公司 100% 股权",
                "东湖区国有资产投资控股有限公司", "江城精密制造股份有限公司", null, null, "网络竞价", new BigDecimal("1200000.00"),
                new BigDecimal("1250000.00"), "一次性付款", LocalDate.of(2026, 11, 3), LocalDate.of(2026, 9, 1),
                LocalDate.of(2026, 9, 29), "经审核，交易程序合规。"), NOW, "operator1", codes);
    }

    static String qrOf(Path png) throws Exception {
        BufferedImage img = ImageIO.read(png.toFile());
        int[] pixels = img.getRGB(0, 0, img.getWidth(), img.getHeight(), null, 0, img.getWidth());
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(img.getWidth(), img.getHeight(), pixels))),
                java.util.Map.of(com.google.zxing.DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
    }

    static String text(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
        }
    }

    static Path render(byte[] pdf, String name) throws Exception {
        Path out = Path.of("target", name);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            ImageIO.write(new PDFRenderer(doc).renderImageWithDPI(0, 300), "png", out.toFile());
        }
        return out;
    }

    static void setField(Object entity, String name, Object value) throws ReflectiveOperationException {
        var f = entity.getClass().getDeclaredField(name);
        f.setAccessible(true);
        f.set(entity, value);
    }

    static void setId(Object entity, long id) throws ReflectiveOperationException {
        var f = entity.getClass().getDeclaredField("id");
        f.setAccessible(true);
        f.set(entity, id);
    }
}
