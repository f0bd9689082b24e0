package cn.exchange.ejb.documents;

import cn.exchange.ejb.documents.SealVerdict.Outcome;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;

import java.io.IOException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Collection;
import java.util.Set;

/**
 * Checks the seal of a PDF, as a PDF reader would: the last signature's CMS verified against the bytes its ByteRange
 * names, its ByteRange covering the whole file (nothing added after it), and its certificate one of the exchange's
 * seal certificates (trusted by fingerprint, as the exchange's
 * own list says, not through a CA's chain; the certificate's validity period is not checked, since a training clock may
 * date a signature anywhere). Never throws for bad input: every failure is an {@link Outcome}.
 */
public final class SealVerifier {

    private final Set<String> trusted;

    /** {@code trusted}: the SHA-256 fingerprints ({@link Seal#fingerprint}) of the certificates the exchange has sealed with. */
    public SealVerifier(Collection<String> trusted) {
        this.trusted = Set.copyOf(trusted);
    }

    public SealVerdict check(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDSignature sig = doc.getLastSignatureDictionary();
            if (sig == null) {
                return SealVerdict.of(Outcome.UNSIGNED);
            }
            return check(sig, pdf);
        } catch (IOException | RuntimeException e) {
            // PDFBox reports a broken file or a malformed signature with I/O or runtime exceptions alike
            return SealVerdict.of(Outcome.UNREADABLE);
        }
    }

    private SealVerdict check(PDSignature sig, byte[] pdf) throws IOException {
        int[] range = sig.getByteRange();
        if (range == null || range.length != 4 || range[0] != 0 || range[1] < 0 || range[2] < range[1] || range[3] < 0
                || (long) range[2] + range[3] > pdf.length) {
            return SealVerdict.of(Outcome.UNREADABLE);
        }
        // the whole file but the signature value: the range ends at the file's end, and what it leaves out is the
        // /Contents hex string alone (not objects someone slipped in beside it)
        boolean whole = (long) range[2] + range[3] == pdf.length && onlyHexBetween(pdf, range[1], range[2]);
        Instant at = sig.getSignDate() == null ? null : sig.getSignDate().toInstant();
        try {
            CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(sig.getSignedContent(pdf)), firstObject(sig.getContents(pdf)));
            SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
            @SuppressWarnings("unchecked")
            Collection<X509CertificateHolder> found = cms.getCertificates().getMatches(signer.getSID());
            if (found.isEmpty()) {
                return SealVerdict.of(Outcome.UNREADABLE);
            }
            X509Certificate cert = new JcaX509CertificateConverter().getCertificate(found.iterator().next());
            String fingerprint = Seal.fingerprint(cert);
            String name = Seal.commonName(cert);
            boolean intact;
            try {
                intact = signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(cert));
            } catch (CMSException e) {
                // a digest that no longer matches the covered bytes is reported as an exception by Bouncy Castle
                intact = false;
            }
            Outcome outcome;
            if (!intact) {
                outcome = Outcome.ALTERED;
            } else if (!trusted.contains(fingerprint)) {
                outcome = Outcome.FOREIGN;
            } else {
                outcome = whole ? Outcome.VALID : Outcome.APPENDED;
            }
            return new SealVerdict(outcome, name, at, sig.getReason(), whole, fingerprint);
        } catch (CMSException | CertificateException | OperatorCreationException | java.util.NoSuchElementException e) {
            return SealVerdict.of(Outcome.UNREADABLE);
        }
    }

    /**
     * The CMS ContentInfo at the start of the signature's /Contents: the hex string is padded with zeros to its reserved
     * size, which Bouncy Castle (since 1.79) refuses as extra data when given the whole of it.
     */
    static org.bouncycastle.asn1.cms.ContentInfo firstObject(byte[] contents) throws IOException {
        try (org.bouncycastle.asn1.ASN1InputStream in = new org.bouncycastle.asn1.ASN1InputStream(contents)) {
            return org.bouncycastle.asn1.cms.ContentInfo.getInstance(in.readObject());
        }
    }

    private static boolean onlyHexBetween(byte[] pdf, int from, int to) {
        if (to - from < 2 || pdf[from] != '<' || pdf[to - 1] != '>') {
            return false;
        }
        for (int i = from + 1; i < to - 1; i++) {
            if (Character.digit(pdf[i], 16) < 0) {
                return false;
            }
        }
        return true;
    }
}
