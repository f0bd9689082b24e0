package cn.exchange.ejb.notification;

import cn.exchange.ejb.persistence.TestSchema;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two servers' workers sending the outbox at once never take the same row: the worker's own statements
 * ({@link OutboxSql}) on two connections of the embedded PostgreSQL, each claim in its own transaction as the worker does.
 */
class OutboxClaimTest {

    static final OffsetDateTime NOW = OffsetDateTime.parse("2027-03-01T10:00:00+08:00");

    final DataSource ds = TestSchema.dataSource();
    long account;

    @BeforeEach
    void emptyOutbox() throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("delete from outbox");
            try (ResultSet rs = s.executeQuery("insert into account (username, password_hash, role, display_name, status, security_stamp,"
                    + " created_at, password_expired, version) values ('outbox-" + System.nanoTime() + "', 'x', 'REVIEWER', 'Outbox',"
                    + " 'ACTIVE', 1, timestamptz '2027-03-01 10:00+08', false, 0) returning id")) {
                rs.next();
                account = rs.getLong(1);
            }
        }
    }

    @Test
    void aRowTakenByOneWorkerIsSkippedByTheOther() throws SQLException {
        queue(2);
        try (Connection a = tx(); Connection b = tx()) {
            Long first = claim(a);
            Long second = claim(b);
            assertThat(first).isNotNull();
            assertThat(second).as("the other worker takes the next row, not the locked one").isNotNull().isNotEqualTo(first);
            try (Connection c = tx()) {
                assertThat(claim(c)).as("a third finds nothing free").isNull();
                c.rollback();
            }
            markSent(a, first);
            a.commit();
            b.rollback();
            try (Connection c = tx()) {
                assertThat(claim(c)).as("the sent row is never taken again; the released one is").isEqualTo(second);
                c.rollback();
            }
        }
    }

    @Test
    void twoWorkersRacingOverManyRowsSendEachOnce() throws Exception {
        int rows = 60;
        queue(rows);
        List<Long> sent = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<?>> workers = new ArrayList<>();
        for (int w = 0; w < 2; w++) {
            workers.add(pool.submit(() -> {
                start.await();
                while (true) {
                    try (Connection c = tx()) {
                        Long id = claim(c);
                        if (id == null) {
                            c.rollback();
                            return null;
                        }
                        sent.add(id);
                        Thread.onSpinWait(); // the SMTP conversation would be here, the row still locked
                        markSent(c, id);
                        c.commit();
                    }
                }
            }));
        }
        start.countDown();
        for (Future<?> f : workers) {
            f.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();
        assertThat(sent).hasSize(rows);
        assertThat(new HashSet<>(sent)).hasSize(rows);
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select count(*), sum(attempts) from outbox where status = 'SENT'")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(rows);
            assertThat(rs.getInt(2)).as("one attempt each").isEqualTo(rows);
        }
    }

    @Test
    void theSameEventForTheSameRecipientIsQueuedOnce() throws SQLException {
        try (Connection c = ds.getConnection()) {
            for (int i = 0; i < 3; i++) {
                insert(c, "party-approved:42");
            }
        }
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select count(*) from outbox where event_key = 'party-approved:42'")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(1);
        }
    }

    private void queue(int n) throws SQLException {
        try (Connection c = ds.getConnection()) {
            for (int i = 0; i < n; i++) {
                insert(c, "test:" + i);
            }
        }
    }

    private void insert(Connection c, String key) throws SQLException {
        // the statement Notifications#mailTo runs
        try (PreparedStatement p = c.prepareStatement("insert into outbox (event_key, account_id, channel, address, subject, body,"
                + " next_attempt_at, created_at) values (?, ?, 'EMAIL', 'a@example.cn', 's', 'b', ?, ?)"
                + " on conflict (event_key, account_id, channel) do nothing")) {
            p.setString(1, key);
            p.setLong(2, account);
            p.setObject(3, NOW.minusMinutes(1));
            p.setObject(4, NOW.minusMinutes(1));
            p.executeUpdate();
        }
    }

    private Connection tx() throws SQLException {
        Connection c = ds.getConnection();
        c.setAutoCommit(false);
        return c;
    }

    private static Long claim(Connection c) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(OutboxSql.jdbc(OutboxSql.CLAIM))) {
            p.setObject(1, NOW);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }

    private static void markSent(Connection c, long id) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(OutboxSql.jdbc(OutboxSql.SENT))) {
            p.setObject(1, NOW);
            p.setLong(2, id);
            p.executeUpdate();
        }
    }

    private long sentId() throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select id from outbox where status = 'SENT'")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
