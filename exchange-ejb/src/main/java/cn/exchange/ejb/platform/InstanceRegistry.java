package cn.exchange.ejb.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;

import javax.sql.DataSource;
import java.net.InetAddress;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HexFormat;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * This instance's identity in the cluster, registered in {@code server_instance} with a heartbeat. It also records
 * when the database was first installed.
 *
 * <p>The id comes from configuration {@code exchange.instance.id} where an operator names instances, otherwise from
 * the host name and a random suffix.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigrator")
@TransactionManagement(TransactionManagementType.BEAN)
public class InstanceRegistry {

    private static final Logger LOG = Logger.getLogger(InstanceRegistry.class.getName());

    @Resource(lookup = DatabaseMigrator.DATASOURCE)
    private DataSource dataSource;

    @Inject
    Clock clock;

    @Inject
    ExchangeConfig config;

    private String instanceId;
    private String installedAt;

    @PostConstruct
    void register() {
        String host = hostName();
        instanceId = config.instanceId().orElseGet(() -> host + "-" + HexFormat.of().formatHex(randomBytes()));
        Timestamp now = new Timestamp(clock.millis());
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement ps = c.prepareStatement(
                    "insert into exchange_setting(key, value) values ('installed_at', ?) on conflict (key) do nothing")) {
                ps.setString(1, clock.instant().atZone(clock.getZone()).toOffsetDateTime().toString());
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "insert into server_instance(instance_id, host_name, started_at, heartbeat_at) values (?, ?, ?, ?) "
                            + "on conflict (instance_id) do update set started_at = excluded.started_at, heartbeat_at = excluded.heartbeat_at")) {
                ps.setString(1, instanceId);
                ps.setString(2, host);
                ps.setTimestamp(3, now);
                ps.setTimestamp(4, now);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("select value from exchange_setting where key = 'installed_at'");
                 var rs = ps.executeQuery()) {
                installedAt = rs.next() ? rs.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot register this instance in the database", e);
        }
        LOG.info(() -> "Exchange instance " + instanceId + " registered; database installed at " + installedAt);
    }

    @Schedule(second = "*/15", minute = "*", hour = "*", persistent = false)
    @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.NOT_SUPPORTED)
    void heartbeat() {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("update server_instance set heartbeat_at = ? where instance_id = ?")) {
            ps.setTimestamp(1, new Timestamp(clock.millis()));
            ps.setString(2, instanceId);
            ps.executeUpdate();
        } catch (SQLException e) {
            // the database may be restarting; the next heartbeat tries again
            LOG.log(Level.WARNING, "Heartbeat not written: {0}", e.getMessage());
        }
    }

    public String instanceId() {
        return instanceId;
    }

    public String installedAt() {
        return installedAt;
    }

    private static byte[] randomBytes() {
        byte[] b = new byte[3];
        new SecureRandom().nextBytes(b);
        return b;
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (Exception e) {
            return "exchange";
        }
    }
}
