package cn.exchange.ejb.party;

import cn.exchange.ejb.identity.AccountCache;

import cn.exchange.ejb.platform.DatabaseMigrator;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

/**
 * API tokens for programmatic clients (REST): {@code v1.<accountId>.<securityStamp>.<expiry epoch s>.<HMAC-SHA256>}.
 *
 * <p>The HMAC key is generated once per installation and kept in {@code exchange_setting}, so every instance of a
 * cluster accepts every instance's tokens and no instance holds state of its own. A token dies at its expiry (8 hours),
 * or earlier when its account's security stamp moves on (password change, disabling).
 */
@ApplicationScoped
public class TokenService {

    public static final Duration LIFETIME = Duration.ofHours(8);

    @Resource(lookup = DatabaseMigrator.DATASOURCE)
    DataSource dataSource;

    @Inject
    Clock clock;

    @Inject
    AccountCache accounts;

    private byte[] key;

    /** An issued token and when it expires (epoch seconds). */
    public record Issued(String token, long expiresAt) {
    }

    @PostConstruct
    void loadKey() {
        byte[] fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement ps = c.prepareStatement(
                    "insert into exchange_setting (key, value) values ('token.hmac-key', ?) on conflict (key) do nothing")) {
                ps.setString(1, Base64.getEncoder().encodeToString(fresh));
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("select value from exchange_setting where key = 'token.hmac-key'");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                key = Base64.getDecoder().decode(rs.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot load the API token key", e);
        }
    }

    public Issued issue(long accountId, int securityStamp) {
        long expires = clock.instant().plus(LIFETIME).getEpochSecond();
        String body = "v1." + accountId + "." + securityStamp + "." + expires;
        return new Issued(body + "." + sign(body), expires);
    }

    /** The account behind a token that is well-formed, correctly signed, unexpired and still current. */
    public Optional<AccountCache.Snapshot> verify(String token) {
        if (token == null) {
            return Optional.empty();
        }
        // every part kept (a trailing "." is a sixth, empty part), and the whole token compared with the one this body
        // signs to: nothing appended, dropped or re-encoded is accepted
        String[] parts = token.split("\\.", -1);
        if (parts.length != 5 || !"v1".equals(parts[0])) {
            return Optional.empty();
        }
        String body = parts[0] + "." + parts[1] + "." + parts[2] + "." + parts[3];
        if (!MessageDigest.isEqual((body + "." + sign(body)).getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8))) {
            return Optional.empty();
        }
        try {
            long accountId = Long.parseLong(parts[1]);
            int stamp = Integer.parseInt(parts[2]);
            long expires = Long.parseLong(parts[3]);
            if (clock.instant().getEpochSecond() >= expires) {
                return Optional.empty();
            }
            return accounts.get(accountId).filter(s -> s.active() && s.securityStamp() == stamp);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private String sign(String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(body.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
