package cn.exchange.ejb.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import cn.exchange.core.calendar.ExchangeTime;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The exchange's own figures for operators, in MicroProfile Metrics' application registry, scraped from
 * {@code /metrics} in Prometheus format ({@code exchange_*}, tag {@code mp_scope="application"}):
 * <ul>
 *   <li>{@code exchange_bids_total{result, reason}}: every bid answered — accepted, refused with the engine's reason,
 *       or not recorded (a database fault; the client retries with the same request id);</li>
 *   <li>{@code exchange_bid_micros}: a bid's time in the server, from the call to the durable answer (µs);</li>
 *   <li>{@code exchange_writer_batch}: commands per bid-log transaction; {@code exchange_writer_queue}: commands
 *       waiting for one on this instance;</li>
 *   <li>{@code exchange_hall_watchers}: WebSocket connections of the halls on this instance (registered by the web
 *       module);</li>
 *   <li>{@code exchange_sessions{phase}} and {@code exchange_sessions_due}: sessions by phase, and those whose next
 *       timed step is more than a minute late (the scheduler's backlog) — both from the database, so every instance
 *       reports the cluster's figure;</li>
 *   <li>{@code exchange_statement_rows_total{outcome}}: bank-statement lines imported (recorded, already imported);</li>
 *   <li>{@code exchange_db_connections{state}}: the exchange's connections to PostgreSQL by state, cluster-wide (from
 *       {@code pg_stat_activity}, application name {@code exchange}).</li>
 * </ul>
 * Figures read from the database are cached for {@value #DB_CACHE_SECONDS} s, so a scrape costs at most two queries.
 */
@ApplicationScoped
public class ExchangeMetrics {

    private static final Logger LOG = Logger.getLogger(ExchangeMetrics.class.getName());
    static final int DB_CACHE_SECONDS = 5;
    static final List<String> PHASES = List.of("NOT_STARTED", "FREE", "LIMITED", "MATCHING", "PAUSED", "CLOSED");
    static final List<String> CONNECTION_STATES = List.of("active", "idle", "idle in transaction");

    @Inject
    MetricRegistry registry;

    @Resource(lookup = DatabaseMigrator.DATASOURCE)
    DataSource dataSource;

    @Inject
    java.time.Clock clock;

    private final Cached<Map<String, Long>> sessions = new Cached<>(this::sessionsByPhase);
    private final Cached<Map<String, Long>> connections = new Cached<>(this::connectionsByState);

    @PostConstruct
    void register() {
        for (String phase : PHASES) {
            registry.gauge(Metadata.builder().withName("exchange_sessions").withDescription("Auction sessions by phase (cluster-wide)")
                    .build(), sessions, s -> s.get().getOrDefault(phase, 0L), new Tag("phase", phase));
        }
        registry.gauge(Metadata.builder().withName("exchange_sessions_due")
                .withDescription("Running sessions whose next timed step is more than a minute late (scheduler backlog)").build(),
                sessions, s -> s.get().getOrDefault("DUE", 0L));
        for (String state : CONNECTION_STATES) {
            registry.gauge(Metadata.builder().withName("exchange_db_connections")
                    .withDescription("The exchange's PostgreSQL connections by state (cluster-wide, pg_stat_activity)").build(),
                    connections, c -> c.get().getOrDefault(state, 0L), new Tag("state", state.replace(' ', '_')));
        }
    }

    /** A bid answered: {@code result} accepted, refused (with the engine's reason) or failed; {@code nanos} in the server. */
    public void bid(String result, String reason, long nanos) {
        registry.counter(Metadata.builder().withName("exchange_bids").withDescription("Bids answered, by result and reason").build(),
                new Tag("result", result), new Tag("reason", reason == null ? "none" : reason)).inc();
        // a histogram in microseconds, not a timer: Payara's Prometheus output gives a timer's sum in seconds but its
        // quantiles and max in nanoseconds under the same "_seconds" name
        registry.histogram(Metadata.builder().withName("exchange_bid_micros")
                .withDescription("A bid's time in the server to its durable answer, in microseconds").build()).update(nanos / 1_000);
    }

    /** One bid-log transaction of {@code size} commands. */
    public void batch(int size) {
        registry.histogram(Metadata.builder().withName("exchange_writer_batch").withDescription("Commands per bid-log transaction")
                .build()).update(size);
    }

    /** Bank-statement lines imported: recorded now, or already recorded by an earlier import. */
    public void statementRows(int recorded, int already) {
        Metadata m = Metadata.builder().withName("exchange_statement_rows").withDescription("Bank-statement lines imported").build();
        registry.counter(m, new Tag("outcome", "recorded")).inc(recorded);
        registry.counter(m, new Tag("outcome", "already_imported")).inc(already);
    }

    /** A figure of this instance, read when scraped (e.g. the writers' queue, the halls' connections). */
    public void gauge(String name, String description, Supplier<Number> value) {
        registry.gauge(Metadata.builder().withName(name).withDescription(description).build(), value, v -> v.get().doubleValue());
    }

    private Map<String, Long> sessionsByPhase() {
        Map<String, Long> out = new HashMap<>();
        query("select phase, count(*) from auction group by phase", out, null);
        // by the exchange's clock, not the database's
        query("select 'DUE', count(*) from auction where next_check_at < ?", out, ExchangeTime.toOffset(clock.instant().minusSeconds(60)));
        return out;
    }

    private Map<String, Long> connectionsByState() {
        Map<String, Long> out = new HashMap<>();
        query("select state, count(*) from pg_stat_activity where application_name = 'exchange' and state is not null group by state", out,
                null);
        return out;
    }

    private void query(String sql, Map<String, Long> into, Object parameter) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            if (parameter != null) {
                ps.setObject(1, parameter);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    into.put(rs.getString(1), rs.getLong(2));
                }
            }
        } catch (SQLException e) {
            // a scrape during a database outage: the figures are missing (zero), the health check says why
            LOG.log(Level.FINE, "metrics query failed", e);
        }
    }

    /** A value read at most every {@value #DB_CACHE_SECONDS} seconds. */
    static final class Cached<T> {
        private final Supplier<T> source;
        private volatile T value;
        private volatile long readAt;

        Cached(Supplier<T> source) {
            this.source = source;
        }

        T get() {
            long now = System.nanoTime();
            if (value == null || now - readAt > DB_CACHE_SECONDS * 1_000_000_000L) {
                value = source.get();
                readAt = now;
            }
            return value;
        }
    }
}
