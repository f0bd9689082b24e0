package cn.exchange.ejb.identity;

import cn.exchange.core.security.Role;
import cn.exchange.ejb.platform.DatabaseMigrator;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What every authenticated request needs to know about its account (active? which role? which security stamp?),
 * read from PostgreSQL at most every {@link #TTL_MILLIS} per account and instance. A disabled account or a changed
 * password therefore takes effect on every instance of a cluster within ten seconds.
 */
@ApplicationScoped
public class AccountCache {

    static final long TTL_MILLIS = 10_000;

    /** The facts about an account that authorise a request. */
    public record Snapshot(long accountId, String username, Role role, Long partyId, int securityStamp, boolean active,
                           boolean passwordExpired, long loadedAt) {
    }

    @Resource(lookup = DatabaseMigrator.DATASOURCE)
    DataSource dataSource;

    @Inject
    Clock clock;

    private final ConcurrentHashMap<Long, Snapshot> cache = new ConcurrentHashMap<>();

    public Optional<Snapshot> get(long accountId) {
        long now = clock.millis();
        Snapshot s = cache.get(accountId);
        if (s == null || now - s.loadedAt() > TTL_MILLIS) {
            s = load(accountId, now);
            if (s == null) {
                cache.remove(accountId);
                return Optional.empty();
            }
            cache.put(accountId, s);
        }
        return Optional.of(s);
    }

    /** Forget an account at once on this instance (its password or status just changed here). */
    public void evict(long accountId) {
        cache.remove(accountId);
    }

    private Snapshot load(long id, long now) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(
                     "select username, role, party_id, security_stamp, status, password_expired from account where id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                long party = rs.getLong(3);
                Long partyId = rs.wasNull() ? null : party;   // asked right after reading the party: a staff account has none
                return new Snapshot(id, rs.getString(1), Role.valueOf(rs.getString(2)), partyId,
                        rs.getInt(4), "ACTIVE".equals(rs.getString(5)), rs.getBoolean(6), now);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
