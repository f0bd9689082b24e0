package cn.exchange.ejb.documents;

import java.security.cert.CertificateEncodingException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The seal's rows in PostgreSQL (V28): the generated keystore every instance of a cluster shares, and the list of the
 * certificates the exchange has sealed with.
 */
final class SealStore {

    private SealStore() {
    }

    /**
     * The generated keystore of the cluster: the stored one, or — at the very first start — the one {@code generate}
     * makes, inserted unless another instance was first; either way the row that won.
     */
    static SealKeys.Generated generatedKeystore(Connection c, Supplier<SealKeys.Generated> generate, Instant now) throws SQLException {
        Optional<SealKeys.Generated> stored = read(c);
        if (stored.isPresent()) {
            return stored.get();
        }
        SealKeys.Generated mine = generate.get();
        try (PreparedStatement insert = c.prepareStatement("insert into exchange_seal (id, keystore, password, alias, created_at)"
                + " values (1, ?, ?, ?, ?) on conflict (id) do nothing")) {
            insert.setBytes(1, mine.pkcs12());
            insert.setString(2, mine.password());
            insert.setString(3, SealKeys.GENERATED_ALIAS);
            insert.setTimestamp(4, Timestamp.from(now));
            insert.executeUpdate();
        }
        return read(c).orElseThrow(() -> new IllegalStateException("the seal's row is missing after its insert"));
    }

    private static Optional<SealKeys.Generated> read(Connection c) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("select keystore, password from exchange_seal where id = 1");
             ResultSet rs = q.executeQuery()) {
            return rs.next() ? Optional.of(new SealKeys.Generated(rs.getBytes(1), rs.getString(2))) : Optional.empty();
        }
    }

    /** Adds the seal's certificate to the exchange's list, unless it is there. */
    static void remember(Connection c, Seal seal, Instant now) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("insert into seal_certificate (sha256, subject, certificate, first_used_at)"
                + " values (?, ?, ?, ?) on conflict (sha256) do nothing")) {
            insert.setString(1, seal.fingerprint());
            insert.setString(2, seal.subject());
            insert.setBytes(3, seal.certificate().getEncoded());
            insert.setTimestamp(4, Timestamp.from(now));
            insert.executeUpdate();
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The fingerprints of every certificate the exchange has sealed with. */
    static List<String> trusted(Connection c) throws SQLException {
        List<String> all = new ArrayList<>();
        try (PreparedStatement q = c.prepareStatement("select sha256 from seal_certificate"); ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                all.add(rs.getString(1));
            }
        }
        return all;
    }
}
