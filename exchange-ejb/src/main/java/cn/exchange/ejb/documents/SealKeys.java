package cn.exchange.ejb.documents;

import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;

/**
 * The seal's key in a PKCS#12 keystore: read from one (configured, or the generated one kept in the database), or a new
 * self-signed one made at the first start — RSA 3072, SHA-256, a certificate naming the exchange, valid for 30 years
 * from the exchange's clock.
 */
public final class SealKeys {

    /** The alias of the generated key entry. */
    public static final String GENERATED_ALIAS = "exchange-seal";

    /** A generated keystore: its PKCS#12 bytes and the password that opens it. */
    public record Generated(byte[] pkcs12, String password) {
    }

    private SealKeys() {
    }

    /** A new self-signed seal: CN names the exchange ("东湖产权交易所电子签章"), O the exchange, C=CN. */
    public static Generated generate(String exchangeName, Instant now) {
        try {
            KeyPairGenerator kpg = KeyPairGenerator.getInstance("RSA");
            kpg.initialize(3072, new SecureRandom());
            KeyPair pair = kpg.generateKeyPair();
            var name = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "CN").addRDN(BCStyle.O, exchangeName)
                    .addRDN(BCStyle.CN, exchangeName + "电子签章").build();
            // a day back, so that a signature in the first minutes is inside the validity on every instance's clock
            Instant from = now.minus(Duration.ofDays(1));
            X509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(name, new BigInteger(127, new SecureRandom()).add(BigInteger.ONE),
                    Date.from(from), Date.from(from.plus(Duration.ofDays(365L * 30))), name, pair.getPublic());
            b.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            b.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
            X509Certificate cert = new JcaX509CertificateConverter()
                    .getCertificate(b.build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
            String password = randomPassword();
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(null, null);
            ks.setKeyEntry(GENERATED_ALIAS, pair.getPrivate(), password.toCharArray(), new Certificate[] {cert});
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ks.store(out, password.toCharArray());
            return new Generated(out.toByteArray(), password);
        } catch (GeneralSecurityException | OperatorCreationException | IOException e) {
            throw new IllegalStateException("the exchange's seal could not be generated", e);
        }
    }

    /**
     * The seal in a PKCS#12 keystore: the entry {@code alias}, or the first key entry when no alias is given. Throws
     * {@link IllegalArgumentException} with the reason (wrong password, no such alias, no key) so that the start stops
     * and says why.
     */
    public static Seal load(byte[] pkcs12, String password, String alias) {
        char[] pw = password == null ? new char[0] : password.toCharArray();
        try {
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(new ByteArrayInputStream(pkcs12), pw);
            String entry = alias;
            if (entry == null || entry.isBlank()) {
                entry = Collections.list(ks.aliases()).stream().filter(a -> isKey(ks, a)).findFirst()
                        .orElseThrow(() -> new IllegalArgumentException("the seal keystore holds no private key"));
            }
            Key key = ks.getKey(entry, pw);
            if (!(key instanceof PrivateKey pk)) {
                throw new IllegalArgumentException("the seal keystore has no private key under the alias " + entry);
            }
            List<X509Certificate> chain = new ArrayList<>();
            for (Certificate c : ks.getCertificateChain(entry)) {
                chain.add((X509Certificate) c);
            }
            return new Seal(pk, chain);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalArgumentException("the seal keystore cannot be opened (" + e.getMessage() + ")", e);
        }
    }

    private static boolean isKey(KeyStore ks, String alias) {
        try {
            return ks.isKeyEntry(alias);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static String randomPassword() {
        byte[] b = new byte[24];
        new SecureRandom().nextBytes(b);
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }
}
