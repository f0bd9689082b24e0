package cn.exchange.ejb.supervision;

import cn.exchange.core.audit.AuditChain;
import cn.exchange.core.audit.AuditEntry;
import cn.exchange.core.security.Permission;
import cn.exchange.core.shared.NotFoundException;
import cn.exchange.core.supervision.RedFlags;
import cn.exchange.ejb.audit.AuditTrail;
import cn.exchange.ejb.identity.CallerResolver;
import cn.exchange.ejb.settlement.LedgerReader;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A lot's transaction trail: one timeline from registration to certificate — every audited state change
 * (who, role, when, IP, what), every notice, every document with its hash, every application and decision, every bid
 * (bidder code and, for supervisors, the identity behind it), every ledger posting — with each audit record's place
 * in the hash chain verified (its content matches its hash, and it points at its predecessor's hash).
 */
@Stateless
public class TrailService {

    @PersistenceContext(unitName = "exchange")
    EntityManager em;
    @Inject
    CallerResolver callers;
    @Inject
    AuditTrail audit;
    @Inject
    LedgerReader ledger;
    @EJB
    SupervisionService supervision;

    /**
     * One step of the trail, as data: {@code code} says what it is and {@code args} its parts (statuses, kinds and
     * results as their codes), so each page and API answer words it in its reader's language (the web layer's
     * {@code TrailTexts}); {@code verified} is set for audit records (null for the rest, which carry a hash or none).
     *
     * <p>Codes and their arguments: AUDIT [seq, object type, object id, action, summary as recorded]; NOTICE [notice
     * kind, title, body]; DOCUMENT [file name]; DEAL_DOCUMENT [document kind]; APPLICATION [bidder, status, bidder code,
     * opinion, opinion by, transferor's reply, "paid"/"unpaid"]; BID [session, seq, command kind, bidder code, amount,
     * result]; LATE_BID [bidder code, amount, result]; SESSION [session, ANNULLED/RELISTED, reason, log rows, accepted
     * bids]; POSTING [kind, memo as recorded, then account and amount pairs]. An absent part is null.
     */
    public record Entry(OffsetDateTime at, String kind, String actor, String role, String ip, String code, List<String> args,
                        String hash, Boolean verified) {
    }

    public record Trail(long lotId, String projectNumber, String title, String status, List<Entry> entries, int auditRecords,
                        int auditVerified, List<RedFlags.Flag> flags) {

        public boolean chainVerified() {
            return auditRecords == auditVerified;
        }
    }

    public Trail trail(long lotId) {
        callers.require(Permission.TRAIL_READ);
        List<Object[]> lot = rows("select l.project_id, p.number || '-' || l.lot_no, l.title, l.status from lot l join project p"
                + " on p.id = l.project_id where l.id = ?1", lotId);
        if (lot.isEmpty()) {
            throw new NotFoundException("Lot", lotId);
        }
        long projectId = ((Number) lot.get(0)[0]).longValue();
        List<Entry> out = new ArrayList<>();
        // audited changes of everything this lot's transaction touched
        List<String[]> objects = new ArrayList<>();
        objects.add(new String[] {"Lot", Long.toString(lotId)});
        objects.add(new String[] {"Project", Long.toString(projectId)});
        ids("select id from application where lot_id = ?1", lotId).forEach(id -> objects.add(new String[] {"Application", id}));
        ids("select id from deal where lot_id = ?1", lotId).forEach(id -> objects.add(new String[] {"Deal", id}));
        ids("select id from disbursement where lot_id = ?1", lotId).forEach(id -> objects.add(new String[] {"Disbursement", id}));
        ids("select c.id from certificate c join deal d on d.id = c.deal_id where d.lot_id = ?1", lotId)
                .forEach(id -> objects.add(new String[] {"Certificate", id}));
        ids("select c.id from bank_credit c left join application a on a.id = c.application_id left join deal d on d.id = c.deal_id"
                + " where a.lot_id = ?1 or d.lot_id = ?1", lotId).forEach(id -> objects.add(new String[] {"BankCredit", id}));
        int records = 0;
        int verified = 0;
        for (String[] o : objects) {
            for (AuditEntry e : audit.forObject(o[0], o[1])) {
                boolean ok = AuditChain.hashOf(e).equals(e.hash()) && e.prevHash().equals(predecessorHash(e.seq()));
                records++;
                verified += ok ? 1 : 0;
                out.add(new Entry(OffsetDateTime.parse(e.recordedAt()), "AUDIT", e.actor(), e.actorRole(), e.sourceIp(), "AUDIT",
                        args(e.seq(), e.objectType(), e.objectId(), e.action(), e.summary()), e.hash(), ok));
            }
        }
        for (Object[] r : rows("select published_at, kind, title, body from notice where lot_id = ?1", lotId)) {
            out.add(new Entry(at(r[0]), "NOTICE", null, null, null, "NOTICE", args(r[1], r[2], r[3]), null, null));
        }
        for (Object[] r : rows("select uploaded_at, uploaded_by, name, sha256 from lot_document where lot_id = ?1", lotId)) {
            out.add(new Entry(at(r[0]), "DOCUMENT", (String) r[1], null, null, "DOCUMENT", args(r[2]), (String) r[3], null));
        }
        for (Object[] r : rows("select x.created_at, x.kind, x.sha256 from deal_document x join deal d on d.id = x.deal_id"
                + " where d.lot_id = ?1", lotId)) {
            out.add(new Entry(at(r[0]), "DOCUMENT", "system", null, null, "DEAL_DOCUMENT", args(r[1]), (String) r[2], null));
        }
        for (Object[] r : rows("select a.submitted_at, p.name, a.submitted_ip, a.status, a.bidder_code, a.opinion, a.opinion_by,"
                + " a.transferor_reply, a.deposit_paid_at from application a join party p on p.id = a.bidder_party_id where a.lot_id = ?1", lotId)) {
            out.add(new Entry(at(r[0]), "APPLICATION", (String) r[1], "BIDDER", (String) r[2], "APPLICATION",
                    args(r[1], r[3], r[4], r[5], r[6], r[7], r[8] == null ? "unpaid" : "paid"), null, null));
        }
        // rule 25: every session of the lot, an annulled one's log too, each numbered ("第 2 场 #5")
        // a bid is its bidder's (the party, role BIDDER); a pause or resume is the staff account's that gave it
        for (Object[] r : rows("select b.at_ms, b.kind, b.bidder_code, b.amount, b.result, b.client_ip, p.name, b.seq, b.session_no,"
                + " acc.username, acc.role from bid_log b"
                + " left join application a on a.lot_id = b.lot_id and a.bidder_code = b.bidder_code left join party p on p.id = a.bidder_party_id"
                + " left join account acc on acc.id = b.account_id"
                + " where b.lot_id = ?1 and b.kind <> 'TICK' order by b.session_no, b.seq", lotId)) {
            boolean bid = "BID".equals(r[1]);
            out.add(new Entry(java.time.Instant.ofEpochMilli(((Number) r[0]).longValue()).atOffset(ZoneOffset.ofHours(8)), "BID",
                    bid ? (String) r[6] : (String) r[9], bid ? "BIDDER" : (String) r[10], (String) r[5], "BID",
                    args(r[8], r[7], r[1], r[2], r[3], r[4]), null, null));
        }
        for (Object[] r : rows("select ended_at, ended_by, session_no, ended_kind, reason, accepted_bids, last_seq from auction_session"
                + " where lot_id = ?1", lotId)) {
            out.add(new Entry(at(r[0]), "SESSION", (String) r[1], null, null, "SESSION", args(r[2], r[3], r[4], r[6], r[5]), null, null));
        }
        for (Object[] r : rows("select b.at_ms, b.bidder_code, b.amount, b.result, b.client_ip, p.name from late_bid b"
                + " left join application a on a.lot_id = b.lot_id and a.bidder_code = b.bidder_code left join party p on p.id = a.bidder_party_id"
                + " where b.lot_id = ?1 order by b.id", lotId)) {
            // rules 21, 22: received after the close, refused, and not part of the session's record
            out.add(new Entry(java.time.Instant.ofEpochMilli(((Number) r[0]).longValue()).atOffset(ZoneOffset.ofHours(8)), "BID",
                    r[5] == null ? null : (String) r[5], "BIDDER", (String) r[4], "LATE_BID", args(r[1], r[2], r[3]), null, null));
        }
        for (LedgerReader.PostingView p : ledger.postings(lotId, null, 1000)) {
            List<Object> parts = new ArrayList<>(List.of(p.kind(), p.memo()));
            p.lines().forEach((account, amount) -> {
                parts.add(account);
                parts.add(amount.toPlainString());
            });
            out.add(new Entry(p.postedAt(), "POSTING", p.postedBy(), null, null, "POSTING", args(parts.toArray()), null, null));
        }
        out.sort(Comparator.comparing(Entry::at));
        Object[] l = lot.get(0);
        return new Trail(lotId, (String) l[1], (String) l[2], (String) l[3], out, records, verified, supervision.flagsOf(lotId));
    }

    /** The parts of an entry as text, an absent one as null (a database number as its digits). */
    private static List<String> args(Object... parts) {
        List<String> out = new ArrayList<>(parts.length);
        for (Object o : parts) {
            out.add(o == null ? null : o instanceof java.math.BigDecimal d ? d.toPlainString() : o.toString());
        }
        return java.util.Collections.unmodifiableList(out);
    }

    private String predecessorHash(long seq) {
        if (seq == 1) {
            return AuditChain.GENESIS;
        }
        List<?> h = em.createNativeQuery("select hash from audit_record where seq = ?1").setParameter(1, seq - 1).getResultList();
        return h.isEmpty() ? "" : h.get(0).toString().trim();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, long lotId) {
        return em.createNativeQuery(sql).setParameter(1, lotId).getResultList();
    }

    @SuppressWarnings("unchecked")
    private List<String> ids(String sql, long lotId) {
        List<Object> r = em.createNativeQuery(sql).setParameter(1, lotId).getResultList();
        return r.stream().map(o -> Long.toString(((Number) o).longValue())).toList();
    }

    private static OffsetDateTime at(Object ts) {
        return ts == null ? null : ((Timestamp) ts).toInstant().atOffset(ZoneOffset.ofHours(8));
    }
}
