package cn.exchange.ejb.audit;

import cn.exchange.core.audit.AuditChain;
import cn.exchange.ejb.identity.Caller;
import cn.exchange.ejb.persistence.TestPersistenceUnit;
import cn.exchange.ejb.persistence.TestSchema;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** The audit trail on real PostgreSQL: concurrent appends get gap-free numbers, and tampering is found. */
@ExtendWith(TestSchema.class)
class AuditTrailTest {

    static DataSource ds;
    static EntityManagerFactory emf;

    @BeforeAll
    static void start(DataSource migrated) {
        ds = migrated;
        emf = TestPersistenceUnit.create(ds);
    }

    @AfterAll
    static void stop() {
        emf.close();
    }

    static AuditTrail trail(EntityManager em) {
        AuditTrail t = new AuditTrail();
        t.em = em;
        t.dataSource = ds;
        return t;
    }

    static void appendInOwnTransaction(String action) {
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            trail(em).append(List.of(new PendingAudit("Test", "1", action, "before -> after, 中文 \"quoted\"")),
                    new Caller("tester", null, null, null, "127.0.0.1"), Instant.now());
            em.getTransaction().commit();
        } finally {
            em.close();
        }
    }

    @Test
    void concurrentTransactionsGetGapFreeSequenceNumbersAndTheChainVerifies() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> done = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            int n = i;
            done.add(pool.submit(() -> appendInOwnTransaction("test.concurrent." + n)));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select count(*), min(seq), max(seq) from audit_record")) {
            rs.next();
            assertThat(rs.getLong(3) - rs.getLong(2) + 1).as("no gaps").isEqualTo(rs.getLong(1));
        }
        AuditChain.Verdict v = trail(null).verify();
        assertThat(v.intact()).as(v.reason()).isTrue();
        assertThat(v.checked()).isGreaterThanOrEqualTo(200);
    }

    @Test
    void aRolledBackTransactionLeavesNoRecordAndNoGap() throws Exception {
        appendInOwnTransaction("test.before");
        EntityManager em = emf.createEntityManager();
        em.getTransaction().begin();
        trail(em).append(List.of(new PendingAudit("Test", "2", "test.rolledBack", "x")), Caller.system(), Instant.now());
        em.getTransaction().rollback();
        em.close();
        appendInOwnTransaction("test.after");
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select count(*) from audit_record where action = 'test.rolledBack'")) {
            rs.next();
            assertThat(rs.getLong(1)).isZero();
        }
        assertThat(trail(null).verify().intact()).isTrue();
    }

    @Test
    void aTamperedRowAndADeletedTailAreFound() throws Exception {
        appendInOwnTransaction("test.tamper.1");
        appendInOwnTransaction("test.tamper.2");
        long seq;
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            ResultSet rs = s.executeQuery("select seq from audit_record where action = 'test.tamper.1'");
            rs.next();
            seq = rs.getLong(1);
            s.execute("alter table audit_record disable trigger audit_record_no_update");
            s.executeUpdate("update audit_record set actor = 'mallory' where seq = " + seq);
            s.execute("alter table audit_record enable trigger audit_record_no_update");
        }
        assertThat(trail(null).verify().firstBrokenSeq()).contains(seq);
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("alter table audit_record disable trigger audit_record_no_update");
            s.executeUpdate("update audit_record set actor = 'tester' where seq = " + seq);
            s.executeUpdate("delete from audit_record where seq = (select max(seq) from audit_record)");
            s.execute("alter table audit_record enable trigger audit_record_no_update");
        }
        AuditChain.Verdict v = trail(null).verify();
        assertThat(v.intact()).isFalse();
        assertThat(v.reason()).contains("head");
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            // put the head back on the last record so the other tests see an intact chain
            s.executeUpdate("update audit_head set seq = r.seq, hash = r.hash from (select seq, hash from audit_record "
                    + "order by seq desc limit 1) r where audit_head.id = 1");
        }
        assertThat(trail(null).verify().intact()).isTrue();
    }

    @Test
    void aRecordCommittedWhileTheChainIsVerifiedIsNotTakenForABrokenChain() throws Exception {
        appendInOwnTransaction("test.verifying.before");
        // the bidding goes on while a supervisor verifies: a record is committed just before the verification reads
        // the chain's head (a proxy of the data source appends it there, in its own transaction)
        DataSource appendingBeforeTheHeadIsRead = (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {DataSource.class}, (proxy, m, args) -> {
                    Object r = m.invoke(ds, args);
                    if (!m.getName().equals("getConnection")) {
                        return r;
                    }
                    Connection real = (Connection) r;
                    return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class}, (p, cm, cargs) -> {
                        if (cm.getName().equals("prepareStatement") && cargs[0].toString().contains("from audit_head")) {
                            appendInOwnTransaction("test.verifying.during");
                        }
                        try {
                            return cm.invoke(real, cargs);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
                });
        AuditTrail t = trail(null);
        t.dataSource = appendingBeforeTheHeadIsRead;
        AuditChain.Verdict v = t.verify();
        assertThat(v.intact()).as(v.reason()).isTrue();
        assertThat(trail(null).verify().intact()).as("and afterwards").isTrue();
    }
}
