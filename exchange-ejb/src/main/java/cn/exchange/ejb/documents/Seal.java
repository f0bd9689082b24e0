package cn.exchange.ejb.documents;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureInterface;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.SignerInfoGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Calendar;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;

/**
 * The exchange's electronic seal (电子签章) applied to a PDF: a PAdES signature (SubFilter {@code ETSI.CAdES.detached}) made
 * with PDFBox's signing interface and a Bouncy Castle CMS SignedData — SHA-256, the seal's certificate in the CMS, the
 * ESS signing-certificate-v2 attribute that binds it (ETSI EN 319 142-1, PAdES baseline B-B), and the signing time in the
 * signature dictionary (not in the CMS, as PAdES asks). The signature is an incremental update whose ByteRange covers
 * the whole file but the signature value itself, so any later change to the bytes shows ({@link SealVerifier}).
 */
public final class Seal {

    private final PrivateKey key;
    private final List<X509Certificate> chain;

    public Seal(PrivateKey key, List<X509Certificate> chain) {
        if (key == null || chain == null || chain.isEmpty()) {
            throw new IllegalArgumentException("a seal needs a private key and its certificate");
        }
        this.key = key;
        this.chain = List.copyOf(chain);
    }

    public X509Certificate certificate() {
        return chain.get(0);
    }

    /** The seal certificate's subject, e.g. {@code CN=东湖产权交易所电子签章,O=东湖产权交易所,C=CN}. */
    public String subject() {
        return certificate().getSubjectX500Principal().getName();
    }

    /** The SHA-256 fingerprint of the seal certificate, as colon-separated upper-case hex (what a PDF reader shows). */
    public String fingerprint() {
        return fingerprint(certificate());
    }

    static String fingerprint(X509Certificate c) {
        try {
            return HexFormat.ofDelimiter(":").withUpperCase().formatHex(MessageDigest.getInstance("SHA-256").digest(c.getEncoded()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The PDF with the exchange's seal: {@code reason} names the document (e.g. "产权交易凭证 DHJY2026000001") and is
     * covered by the signature; {@code at} is the signing time written into the signature (the exchange's clock).
     */
    public byte[] sign(byte[] pdf, String reason, String location, Instant at) {
        try (PDDocument doc = Loader.loadPDF(pdf); ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 16_384)) {
            PDSignature sig = new PDSignature();
            sig.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            sig.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
            sig.setName(commonName(certificate()));
            sig.setReason(reason);
            sig.setLocation(location);
            Calendar when = Calendar.getInstance(TimeZone.getTimeZone("Asia/Shanghai"));
            when.setTimeInMillis(at.toEpochMilli());
            sig.setSignDate(when);
            doc.addSignature(sig, this::cms);
            doc.saveIncremental(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("the PDF could not be sealed", e);
        }
    }

    /** The detached CMS SignedData over the bytes of the ByteRange ({@link SignatureInterface}). */
    private byte[] cms(InputStream content) throws IOException {
        try {
            CMSSignedDataGenerator gen = new CMSSignedDataGenerator();
            String algorithm = key.getAlgorithm().equals("EC") ? "SHA256withECDSA" : "SHA256withRSA";
            SignerInfoGenerator signer = new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                    .setSignedAttributeGenerator(new PadesAttributes(signingCertificateV2(certificate())))
                    .build(new JcaContentSignerBuilder(algorithm).build(key), certificate());
            gen.addSignerInfoGenerator(signer);
            gen.addCertificates(new JcaCertStore(chain));
            return gen.generate(new CMSProcessableByteArray(content.readAllBytes()), false).getEncoded();
        } catch (CMSException | OperatorCreationException | GeneralSecurityException e) {
            throw new IOException("the seal's signature could not be made", e);
        }
    }

    /** ESS signing-certificate-v2: the SHA-256 of the seal certificate, so the signature names the certificate it was made with. */
    private static AttributeTable signingCertificateV2(X509Certificate c) throws CertificateEncodingException, GeneralSecurityException {
        byte[] hash = MessageDigest.getInstance("SHA-256").digest(c.getEncoded());
        ESSCertIDv2 id = new ESSCertIDv2(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256), hash);
        ASN1EncodableVector v = new ASN1EncodableVector();
        v.add(new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2, new DERSet(new SigningCertificateV2(id))));
        return new AttributeTable(v);
    }

    /** The standard signed attributes less the CMS signing time: PAdES puts the time in the signature dictionary only. */
    private static final class PadesAttributes extends DefaultSignedAttributeTableGenerator {
        PadesAttributes(AttributeTable base) {
            super(base);
        }

        @Override
        public AttributeTable getAttributes(@SuppressWarnings("rawtypes") Map parameters) {
            return super.getAttributes(parameters).remove(CMSAttributes.signingTime);
        }
    }

    static String commonName(X509Certificate c) {
        for (String part : c.getSubjectX500Principal().getName().split(",")) {
            if (part.trim().startsWith("CN=")) {
                return part.trim().substring(3);
            }
        }
        return c.getSubjectX500Principal().getName();
    }
}
