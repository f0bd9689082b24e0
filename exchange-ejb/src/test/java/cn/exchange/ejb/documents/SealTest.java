package cn.exchange.ejb.documents;

import cn.exchange.core.settlement.Certificate;
import cn.exchange.ejb.documents.SealVerdict.Outcome;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.text.PDFTextStripper;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The exchange's seal (电子签章) on a rendered certificate, checked the way any reader checks it — with PDFBox and Bouncy
 * Castle directly, not through the exchange's own verifier: a PAdES signature (ETSI.CAdES.detached) whose ByteRange
 * covers the whole file and whose CMS verifies; one byte changed inside the signed range breaks it. Then the verifier
 * the verification page uses, for every kind of bad input.
 */
class SealTest {

    static final Instant AT = Instant.parse("2026-11-04T02:30:00Z");
    static Seal seal;
    static byte[] certificatePdf;

    @BeforeAll
    static void sealOnce() {
        SealKeys.Generated g = SealKeys.generate("东湖产权交易所", AT);
        seal = SealKeys.load(g.pkcs12(), g.password(), null);
        Certificate c = Certificate.issue("DHJY2026000001", 42, new Certificate.Fields("DH2026QY000017-1", "东湖机械厂有限公司 100% 股权",
                "东湖区国有资产投资控股有限公司", "江城精密制造股份有限公司", null, null, "网络竞价", new BigDecimal("1200000.00"),
                new BigDecimal("1250000.00"), "一次性付款", LocalDate.of(2026, 11, 3), LocalDate.of(2026, 9, 1),
                LocalDate.of(2026, 9, 29), "经审核，交易程序合规。"), OffsetDateTime.parse("2026-11-04T10:30:00+08:00"), "operator1",
                new Random(7));
        certificatePdf = CertificatePdf.render("东湖产权交易所", c, "https://cq.example.cn/verify.xhtml");
    }

    @Test
    void aSealedCertificateCarriesAPadesSignatureOverTheWholeFileThatVerifies() throws Exception {
        byte[] signed = seal.sign(certificatePdf, "产权交易凭证 DHJY2026000001", "东湖产权交易所", AT);
        try (PDDocument doc = Loader.loadPDF(signed)) {
            List<PDSignature> sigs = doc.getSignatureDictionaries();
            assertThat(sigs).hasSize(1);
            PDSignature sig = sigs.get(0);
            assertThat(sig.getFilter()).isEqualTo("Adobe.PPKLite");
            assertThat(sig.getSubFilter()).isEqualTo("ETSI.CAdES.detached");
            assertThat(sig.getReason()).isEqualTo("产权交易凭证 DHJY2026000001");
            assertThat(sig.getName()).isEqualTo("东湖产权交易所电子签章");
            assertThat(sig.getSignDate().toInstant()).isEqualTo(AT);
            int[] range = sig.getByteRange();
            assertThat(range[0]).isZero();
            assertThat((long) range[2] + range[3]).as("the ByteRange ends at the file's end").isEqualTo(signed.length);
            assertThat(cmsVerifies(sig, signed)).isTrue();
            // the document is still the certificate
            assertThat(new PDFTextStripper().getText(doc).replaceAll("\\s+", "")).contains("产权交易凭证", "DHJY2026000001");
        }
        assertThat(verifier().check(signed)).satisfies(v -> {
            assertThat(v.outcome()).isEqualTo(Outcome.VALID);
            assertThat(v.coversWholeFile()).isTrue();
            assertThat(v.signer()).isEqualTo("东湖产权交易所电子签章");
            assertThat(v.signedAt()).isEqualTo(AT);
            assertThat(v.document()).isEqualTo("产权交易凭证 DHJY2026000001");
            assertThat(v.certificateSha256()).isEqualTo(seal.fingerprint());
        });
    }

    @Test
    void oneByteChangedInsideTheSignedRangeBreaksTheSignature() throws Exception {
        byte[] signed = seal.sign(certificatePdf, "产权交易凭证 DHJY2026000001", "东湖产权交易所", AT);
        byte[] altered = signed.clone();
        int at;
        try (PDDocument doc = Loader.loadPDF(signed)) {
            // the middle of the first signed range: inside the rendered pages' streams, not the signature value
            at = doc.getLastSignatureDictionary().getByteRange()[1] / 2;
        }
        altered[at] ^= 0x01;
        try (PDDocument doc = Loader.loadPDF(altered)) {
            PDSignature sig = doc.getLastSignatureDictionary();
            assertThat((long) sig.getByteRange()[2] + sig.getByteRange()[3]).isEqualTo(altered.length);
            assertThat(cmsVerifies(sig, altered)).as("the CMS over the changed bytes").isFalse();
        }
        assertThat(verifier().check(altered).outcome()).isEqualTo(Outcome.ALTERED);
    }

    @Test
    void theVerifierNamesEveryOtherKindOfFile() throws Exception {
        byte[] signed = seal.sign(certificatePdf, "竞价记录 DH2026QY000017-1", "东湖产权交易所", AT);
        // the exchange's seal intact, but a page's worth of change appended after it
        byte[] appended;
        try (PDDocument doc = Loader.loadPDF(signed); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.getDocumentInformation().setTitle("changed after sealing");
            doc.getDocumentInformation().getCOSObject().setNeedToBeUpdated(true);
            doc.getDocumentCatalog().getCOSObject().setNeedToBeUpdated(true);
            doc.saveIncremental(out);
            appended = out.toByteArray();
        }
        assertThat(appended.length).isGreaterThan(signed.length);
        assertThat(verifier().check(appended)).satisfies(v -> {
            assertThat(v.outcome()).isEqualTo(Outcome.APPENDED);
            assertThat(v.coversWholeFile()).isFalse();
        });
        // someone else's signature: a valid one, by a key the exchange does not know
        SealKeys.Generated other = SealKeys.generate("西湖产权交易所", AT);
        byte[] foreign = SealKeys.load(other.pkcs12(), other.password(), null).sign(certificatePdf, "产权交易凭证 DHJY2026000001", "", AT);
        assertThat(verifier().check(foreign)).satisfies(v -> {
            assertThat(v.outcome()).isEqualTo(Outcome.FOREIGN);
            assertThat(v.signer()).isEqualTo("西湖产权交易所电子签章");
        });
        assertThat(verifier().check(certificatePdf).outcome()).isEqualTo(Outcome.UNSIGNED);
        assertThat(verifier().check("not a pdf at all".getBytes(StandardCharsets.UTF_8)).outcome()).isEqualTo(Outcome.UNREADABLE);
        assertThat(verifier().check(java.util.Arrays.copyOf(signed, signed.length / 3)).outcome()).isNotEqualTo(Outcome.VALID);
    }

    @Test
    void aKeystoreOpensOnlyWithItsPasswordAndAlias() {
        SealKeys.Generated g = SealKeys.generate("东湖产权交易所", AT);
        assertThat(SealKeys.load(g.pkcs12(), g.password(), SealKeys.GENERATED_ALIAS).subject())
                .contains("CN=东湖产权交易所电子签章", "O=东湖产权交易所", "C=CN");
        assertThatThrownBy(() -> SealKeys.load(g.pkcs12(), "wrong", null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SealKeys.load(g.pkcs12(), g.password(), "nobody")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("nobody");
    }

    private static SealVerifier verifier() {
        return new SealVerifier(List.of(seal.fingerprint()));
    }

    /** The CMS of the signature over the bytes its ByteRange names, verified with the certificate it carries. */
    static boolean cmsVerifies(PDSignature sig, byte[] file) throws Exception {
        // the /Contents hex string is zero-padded to its reserved size: read the one ASN.1 object at its start
        org.bouncycastle.asn1.cms.ContentInfo info;
        try (org.bouncycastle.asn1.ASN1InputStream in = new org.bouncycastle.asn1.ASN1InputStream(sig.getContents(file))) {
            info = org.bouncycastle.asn1.cms.ContentInfo.getInstance(in.readObject());
        }
        CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(sig.getSignedContent(file)), info);
        SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
        @SuppressWarnings("unchecked")
        Collection<X509CertificateHolder> certs = cms.getCertificates().getMatches(signer.getSID());
        try {
            return signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certs.iterator().next()));
        } catch (org.bouncycastle.cms.CMSSignerDigestMismatchException e) {
            return false;
        }
    }
}
