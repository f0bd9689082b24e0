package cn.exchange.ejb.party;

import cn.exchange.core.party.SignInPolicy;
import cn.exchange.ejb.platform.DatabaseMigrator;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The failed-sign-in counters of {@link SignInPolicy}, kept in PostgreSQL so that every instance of a cluster sees
 * the same counts. Each call commits on its own: a failure is counted even though the sign-in itself fails.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class LoginThrottle {

    @Resource(lookup = DatabaseMigrator.DATASOURCE)
    DataSource dataSource;

    /** How long the key is still locked, if it is. */
    public Optional<Duration> lockedFor(String key, Instant now) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("select locked_until from login_throttle where throttle_key = ?")) {
            ps.setString(1, stored(key));
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next() && rs.getTimestamp(1) != null && rs.getTimestamp(1).toInstant().isAfter(now)) {
                    return Optional.of(Duration.between(now, rs.getTimestamp(1).toInstant()));
                }
            }
            return Optional.empty();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Counts one failure; locks the key when its limit is reached within the window. Returns the lock, if set now. */
    public Optional<Duration> recordFailure(String key, int limit, Instant now) {
        Timestamp t = Timestamp.from(now);
        Timestamp windowStart = Timestamp.from(now.minus(SignInPolicy.WINDOW));
        Timestamp lockUntil = Timestamp.from(now.plus(SignInPolicy.LOCK));
        String sql = """
                insert into login_throttle as t (throttle_key, failures, window_start, locked_until) values (?, 1, ?, null)
                on conflict (throttle_key) do update set
                  failures = case when t.window_start < ? then 1 else t.failures + 1 end,
                  window_start = case when t.window_start < ? then excluded.window_start else t.window_start end,
                  locked_until = case when t.window_start >= ? and t.failures + 1 >= ? then ? else t.locked_until end
                returning locked_until""";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, stored(key));
            ps.setTimestamp(2, t);
            ps.setTimestamp(3, windowStart);
            ps.setTimestamp(4, windowStart);
            ps.setTimestamp(5, windowStart);
            ps.setInt(6, limit);
            ps.setTimestamp(7, lockUntil);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                Timestamp locked = rs.getTimestamp(1);
                return locked != null && locked.toInstant().isAfter(now)
                        ? Optional.of(Duration.between(now, locked.toInstant())) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Records that the account signed in from the address now (its usual addresses, {@link SignInPolicy}). */
    public void rememberAddress(long accountId, String address, Instant now) {
        String sql = """
                insert into account_address (account_id, address, last_seen) values (?, ?, ?)
                on conflict (account_id, address) do update set last_seen = excluded.last_seen""";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, accountId);
            ps.setString(2, address);
            ps.setTimestamp(3, Timestamp.from(now));
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether the account signed in from the address within {@link SignInPolicy#KNOWN_ADDRESS_FOR} of now. */
    public boolean isKnownAddress(long accountId, String address, Instant now) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("select 1 from account_address where account_id = ? and address = ? and last_seen >= ?")) {
            ps.setLong(1, accountId);
            ps.setString(2, address);
            ps.setTimestamp(3, Timestamp.from(now.minus(SignInPolicy.KNOWN_ADDRESS_FOR)));
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The key as stored: a long one (a long user name with an address) by its SHA-256, to fit the column. */
    static String stored(String key) {
        if (key.length() <= 150) {
            return key;
        }
        try {
            byte[] d = java.security.MessageDigest.getInstance("SHA-256").digest(key.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return key.substring(0, 2) + "#" + java.util.HexFormat.of().formatHex(d);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public void clear(String key) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("delete from login_throttle where throttle_key = ?")) {
            ps.setString(1, stored(key));
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
