package cn.exchange.ejb.documents;

import cn.exchange.ejb.platform.DatabaseMigrator;
import cn.exchange.ejb.platform.ExchangeConfig;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The exchange's electronic seal (电子签章): the one place every sealed PDF goes through — the transaction certificate,
 * the signed contract, the auction record and the result confirmation — and the check of an uploaded PDF.
 *
 * <p>The key comes from the PKCS#12 keystore {@code exchange.seal.keystore} (password {@code exchange.seal.password},
 * entry {@code exchange.seal.alias}, default the first key). Without one, the keystore generated at the first start is
 * used: it lives in the database ({@code exchange_seal}), so every instance of a cluster seals with the same key, and
 * a copy is written under {@code exchange.home}/seal when the launcher gives its data directory. The start logs the
 * seal's subject and SHA-256 fingerprint; a configured keystore that cannot be opened stops the start, with the reason.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigrator")
@TransactionManagement(TransactionManagementType.BEAN)
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ExchangeSeal {

    private static final Logger LOG = Logger.getLogger(ExchangeSeal.class.getName());

    @Resource(lookup = DatabaseMigrator.DATASOURCE)
    DataSource dataSource;

    @Inject
    ExchangeConfig config;

    @Inject
    Clock clock;

    private volatile Seal seal;

    @PostConstruct
    void open() {
        String exchangeName = config.string("exchange.name.zh", "东湖产权交易所");
        String source;
        try (Connection c = dataSource.getConnection()) {
            var file = config.optional("exchange.seal.keystore");
            if (file.isPresent()) {
                seal = SealKeys.load(Files.readAllBytes(Path.of(file.get())), config.string("exchange.seal.password", ""),
                        config.optional("exchange.seal.alias").orElse(null));
                source = "the keystore " + file.get();
            } else {
                SealKeys.Generated g = SealStore.generatedKeystore(c, () -> SealKeys.generate(exchangeName, clock.instant()), clock.instant());
                seal = SealKeys.load(g.pkcs12(), g.password(), SealKeys.GENERATED_ALIAS);
                source = "the key generated at the first start (table exchange_seal; configure exchange.seal.keystore to replace it)";
                config.optional("exchange.home").ifPresent(home -> copy(Path.of(home, "seal"), g));
            }
            SealStore.remember(c, seal, clock.instant());
        } catch (IOException | SQLException | IllegalArgumentException e) {
            LOG.severe("The exchange does not start: its electronic seal cannot be opened: " + e.getMessage());
            throw new IllegalStateException("the exchange's seal cannot be opened", e);
        }
        LOG.info("Electronic seal (电子签章): " + seal.subject() + ", SHA-256 fingerprint " + seal.fingerprint() + ", from " + source);
    }

    /**
     * The PDF with the exchange's seal, signed now by the exchange's clock; {@code document} names it inside the
     * signature (e.g. "产权交易凭证 DHJY2026000001"), and the verification page shows it.
     */
    public byte[] seal(byte[] pdf, String document) {
        return seal.sign(pdf, document, config.string("exchange.name.zh", "东湖产权交易所"), clock.instant());
    }

    /** Whether the PDF carries the exchange's valid seal over the whole file; never throws for bad input. */
    public SealVerdict check(byte[] pdf) {
        try (Connection c = dataSource.getConnection()) {
            return new SealVerifier(SealStore.trusted(c)).check(pdf);
        } catch (SQLException e) {
            throw new IllegalStateException("the seal certificates cannot be read", e);
        }
    }

    public String subject() {
        return seal.subject();
    }

    public String fingerprint() {
        return seal.fingerprint();
    }

    /** A copy of the generated keystore in the data directory, with its password beside it; owner-only where possible. */
    private static void copy(Path dir, SealKeys.Generated g) {
        Path p12 = dir.resolve("exchange-seal.p12");
        Path password = dir.resolve("exchange-seal.password");
        try {
            Files.createDirectories(dir);
            if (Files.exists(p12) && java.util.Arrays.equals(Files.readAllBytes(p12), g.pkcs12())) {
                return;
            }
            Files.write(p12, g.pkcs12());
            Files.writeString(password, g.password() + "\n");
            try {
                Files.setPosixFilePermissions(p12, PosixFilePermissions.fromString("rw-------"));
                Files.setPosixFilePermissions(password, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: the files stay in the operator's own data directory
            }
            LOG.info("A copy of the generated seal keystore is in " + p12 + " (alias " + SealKeys.GENERATED_ALIAS + ", password in "
                    + password.getFileName() + ")");
        } catch (IOException e) {
            // the database holds the keystore; the copy is a convenience, so the start goes on
            LOG.log(Level.WARNING, "The seal keystore's copy could not be written to " + dir, e);
        }
    }
}
