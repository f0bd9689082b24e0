package cn.exchange.ejb.settlement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the ledger: balances, the trial balance, postings with their lines (for the clerk's and supervisors' pages). */
@ApplicationScoped
public class LedgerReader {

    @PersistenceContext(unitName = "exchange")
    EntityManager em;

    /** One posting and its lines (account → signed amount). */
    public record PostingView(long id, String kind, String memo, Long lotId, Long dealId, Long applicationId,
                              String bankTransactionId, OffsetDateTime postedAt, String postedBy, Map<String, BigDecimal> lines) {
    }

    /** One account's balance in the trial balance. */
    public record AccountBalance(String account, BigDecimal balance) {
    }

    public BigDecimal balance(String account) {
        return balances(List.of(account)).getOrDefault(account, BigDecimal.ZERO.setScale(2));
    }

    public Map<String, BigDecimal> balances(Collection<String> accounts) {
        Map<String, BigDecimal> m = new HashMap<>();
        if (accounts.isEmpty()) {
            return m;
        }
        List<String> list = List.copyOf(accounts);
        StringBuilder in = new StringBuilder();
        for (int i = 1; i <= list.size(); i++) {
            in.append(i == 1 ? "?" : ", ?").append(i);
        }
        // the balances the database keeps as lines are appended (V25: one row per account, not a sum over its history)
        Query q = em.createNativeQuery("select account, balance from ledger_balance where account in (" + in + ")");
        for (int i = 0; i < list.size(); i++) {
            q.setParameter(i + 1, list.get(i));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = q.getResultList();
        for (Object[] r : rows) {
            m.put((String) r[0], ((BigDecimal) r[1]).setScale(2));
        }
        return m;
    }

    /** Every account with a non-zero balance, and (last) the total, which is zero. */
    public List<AccountBalance> trialBalance() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select account, sum(amount) from ledger_line group by account"
                + " having sum(amount) <> 0 order by account").getResultList();
        List<AccountBalance> out = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        for (Object[] r : rows) {
            BigDecimal b = ((BigDecimal) r[1]).setScale(2);
            out.add(new AccountBalance((String) r[0], b));
            total = total.add(b);
        }
        out.add(new AccountBalance("TOTAL", total));
        return out;
    }

    /** Postings, newest first; {@code lotId} or {@code dealId} narrow them (null: all). */
    public List<PostingView> postings(Long lotId, Long dealId, int max) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select p.id, p.kind, p.memo, p.lot_id, p.deal_id, p.application_id,"
                        + " p.bank_transaction_id, p.posted_at, p.posted_by, l.account, l.amount from ledger_posting p"
                        + " join ledger_line l on l.posting_id = p.id where p.id in (select id from ledger_posting"
                        + " where (cast(?1 as bigint) is null or lot_id = cast(?1 as bigint)) and (cast(?2 as bigint) is null or deal_id = cast(?2 as bigint))"
                        + " order by id desc limit ?3) order by p.id desc, l.line_no")
                .setParameter(1, lotId).setParameter(2, dealId).setParameter(3, max).getResultList();
        Map<Long, PostingView> byId = new LinkedHashMap<>();
        for (Object[] r : rows) {
            long id = ((Number) r[0]).longValue();
            PostingView p = byId.computeIfAbsent(id, k -> new PostingView(k, (String) r[1], (String) r[2], num(r[3]), num(r[4]),
                    num(r[5]), (String) r[6], ((java.sql.Timestamp) r[7]).toInstant().atOffset(java.time.ZoneOffset.ofHours(8)),
                    (String) r[8], new LinkedHashMap<>()));
            p.lines().merge((String) r[9], ((BigDecimal) r[10]).setScale(2), BigDecimal::add);
        }
        return List.copyOf(byId.values());
    }

    private static Long num(Object o) {
        return o == null ? null : ((Number) o).longValue();
    }
}
