package cn.exchange.ejb.audit;

import cn.exchange.core.audit.AuditChain;
import cn.exchange.core.audit.AuditEntry;
import cn.exchange.core.calendar.ExchangeTime;
import cn.exchange.ejb.identity.Caller;
import cn.exchange.ejb.platform.DatabaseMigrator;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The audit trail (rule 37): appends hash-chained records in the caller's transaction, verifies the whole chain, and
 * exports it as JSON Lines that anyone can verify (format in {@link AuditChain} and the README).
 *
 * <p>Appending locks the one row of {@code audit_head}; the lock is held to the end of the transaction, so records get
 * gap-free sequence numbers in commit order and the chain never forks. The table itself refuses UPDATE, DELETE and
 * TRUNCATE (trigger {@code audit_record_immutable}).
 */
@ApplicationScoped
public class AuditTrail {

    /** How recorded times are written, and hashed: millisecond precision, Beijing time. */
    public static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX");

    private static final int PAGE = 5000;

    @PersistenceContext(unitName = "exchange")
    EntityManager em;

    @Resource(lookup = DatabaseMigrator.DATASOURCE)
    DataSource dataSource;

    /** Writes the records in the current JTA transaction; they commit or roll back with the change they record. */
    public List<AuditEntry> append(List<PendingAudit> pending, Caller caller, Instant now) {
        if (pending.isEmpty()) {
            return List.of();
        }
        Object[] head = (Object[]) em.createNativeQuery("select seq, hash from audit_head where id = 1 for update")
                .getSingleResult();
        long seq = ((Number) head[0]).longValue();
        String prev = head[1].toString();
        OffsetDateTime at = ExchangeTime.toOffset(now.truncatedTo(ChronoUnit.MILLIS));
        List<AuditEntry> written = new ArrayList<>();
        for (PendingAudit p : pending) {
            seq++;
            AuditEntry e = new AuditEntry(seq, TIME.format(at), caller.username(), caller.roleName(), caller.ip(),
                    p.objectType(), p.objectId(), p.action(), p.summary(), prev, null);
            e = e.withHash(AuditChain.hashOf(e));
            written.add(e);
            prev = e.hash();
        }
        // one JDBC batch on the command's own connection (a statement import records thousands)
        Connection c = em.unwrap(Connection.class);
        try (PreparedStatement ps = c.prepareStatement("insert into audit_record (seq, recorded_at, actor, actor_role, source_ip,"
                + " object_type, object_id, action, summary, prev_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (AuditEntry e : written) {
                ps.setLong(1, e.seq());
                ps.setObject(2, at);
                ps.setString(3, e.actor());
                ps.setString(4, e.actorRole());
                ps.setString(5, e.sourceIp());
                ps.setString(6, e.objectType());
                ps.setString(7, e.objectId());
                ps.setString(8, e.action());
                ps.setString(9, e.summary());
                ps.setString(10, e.prevHash());
                ps.setString(11, e.hash());
                ps.addBatch();
            }
            ps.executeBatch();
        } catch (java.sql.SQLException ex) {
            throw new jakarta.persistence.PersistenceException("audit records " + written.get(0).seq() + "–" + seq, ex);
        }
        em.createNativeQuery("update audit_head set seq = ?1, hash = ?2 where id = 1")
                .setParameter(1, seq).setParameter(2, prev).executeUpdate();
        return written;
    }

    /**
     * Recomputes the whole chain from the first record and reports the first broken link, if any. The head is read
     * first: the records up to it are committed and never change, while trading goes on appending after it — reading
     * the head last would take a record committed during the scan for a chain whose head points past its end.
     */
    public AuditChain.Verdict verify() {
        long headSeq;
        String headHash;
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("select seq, hash from audit_head where id = 1");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            headSeq = rs.getLong(1);
            headHash = rs.getString(2);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the audit trail", e);
        }
        long[] next = {1};
        String[] prev = {AuditChain.GENESIS};
        long[] checked = {0};
        AuditChain.Verdict[] broken = {null};
        scan(headSeq, page -> {
            if (broken[0] != null) {
                return;
            }
            AuditChain.Verdict v = AuditChain.verify(page, next[0], prev[0]);
            checked[0] += v.checked();
            if (!v.intact()) {
                broken[0] = new AuditChain.Verdict(checked[0], v.firstBrokenSeq(), v.reason());
                return;
            }
            AuditEntry last = page.get(page.size() - 1);
            next[0] = last.seq() + 1;
            prev[0] = last.hash();
        });
        if (broken[0] != null) {
            return broken[0];
        }
        // the head must point at the last record: a deleted tail shows here
        if (headSeq != next[0] - 1 || !headHash.equals(prev[0])) {
            return new AuditChain.Verdict(checked[0], Optional.of(next[0]),
                    "the chain ends at record " + (next[0] - 1) + " but its head says " + headSeq);
        }
        return new AuditChain.Verdict(checked[0], Optional.empty(), "intact");
    }

    /** Writes every record, in sequence, one canonical JSON object per line (UTF-8). */
    public void exportJsonLines(OutputStream out) {
        scan(Long.MAX_VALUE, page -> {
            try {
                for (AuditEntry e : page) {
                    out.write(e.toJsonLine().getBytes(StandardCharsets.UTF_8));
                    out.write('\n');
                }
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        });
    }

    /** The records about one object, oldest first. */
    public List<AuditEntry> forObject(String objectType, String objectId) {
        return query("select * from audit_record where object_type = ? and object_id = ? order by seq", objectType, objectId);
    }

    /** The newest records, newest first. */
    public List<AuditEntry> latest(int limit) {
        return query("select * from audit_record order by seq desc limit " + Math.max(1, Math.min(limit, 1000)));
    }

    /** Every record up to sequence {@code upTo}, in order, a page at a time. */
    private void scan(long upTo, Consumer<List<AuditEntry>> pageConsumer) {
        long after = 0;
        while (after < upTo) {
            List<AuditEntry> page = query("select * from audit_record where seq > ? and seq <= ? order by seq limit " + PAGE,
                    after, upTo);
            if (page.isEmpty()) {
                return;
            }
            pageConsumer.accept(page);
            after = page.get(page.size() - 1).seq();
        }
    }

    private List<AuditEntry> query(String sql, Object... args) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            List<AuditEntry> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(read(rs));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the audit trail", e);
        }
    }

    static AuditEntry read(ResultSet rs) throws SQLException {
        OffsetDateTime at = rs.getObject("recorded_at", OffsetDateTime.class);
        return new AuditEntry(rs.getLong("seq"), TIME.format(at.atZoneSameInstant(ExchangeTime.ZONE)), rs.getString("actor"),
                rs.getString("actor_role"), rs.getString("source_ip"), rs.getString("object_type"), rs.getString("object_id"),
                rs.getString("action"), rs.getString("summary"), rs.getString("prev_hash"), rs.getString("hash"));
    }
}
