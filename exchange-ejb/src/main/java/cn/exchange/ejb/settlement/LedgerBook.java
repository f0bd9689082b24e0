package cn.exchange.ejb.settlement;

import cn.exchange.core.settlement.Ledger;
import cn.exchange.core.settlement.Ledger.Posting;
import cn.exchange.ejb.command.CommandContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.util.List;
import java.util.TreeSet;

/**
 * Writes {@link Ledger} postings to the database (ledger_posting, ledger_line — append-only, each posting checked to
 * balance at commit by a trigger) inside the caller's transaction. Before writing, it takes a transaction-scoped
 * advisory lock on every account the posting touches (in name order, so two postings never deadlock), reads their
 * balances and lets {@link Ledger.Balances} refuse an overdraft — so two servers cannot both refund one deposit.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class LedgerBook {

    @PersistenceContext(unitName = "exchange")
    EntityManager em;

    @jakarta.inject.Inject
    LedgerReader reader;

    /** What a posting concerns (for the trail): any may be null. */
    public record Refs(Long lotId, Long dealId, Long applicationId, String bankTransactionId) {
        public static Refs deal(long lotId, long dealId) {
            return new Refs(lotId, dealId, null, null);
        }
    }

    public void post(CommandContext ctx, Posting p, Refs refs) {
        TreeSet<String> accounts = new TreeSet<>();
        p.lines().forEach(l -> accounts.add(l.account()));
        for (String a : accounts) {
            em.createNativeQuery("select pg_advisory_xact_lock(hashtext(?1))").setParameter(1, "ledger:" + a).getSingleResult();
        }
        new Ledger.Balances(reader.balances(accounts)).post(p);
        Number id = (Number) em.createNativeQuery("insert into ledger_posting (kind, memo, lot_id, deal_id, application_id,"
                        + " bank_transaction_id, posted_at, posted_by) values (?1, ?2, cast(?3 as bigint), cast(?4 as bigint), cast(?5 as bigint),"
                        + " ?6, ?7, ?8) returning id")
                .setParameter(1, p.kind()).setParameter(2, cut(p.memo(), 300)).setParameter(3, refs.lotId())
                .setParameter(4, refs.dealId()).setParameter(5, refs.applicationId()).setParameter(6, refs.bankTransactionId())
                .setParameter(7, ctx.nowAt()).setParameter(8, ctx.caller().username()).getSingleResult();
        int n = 0;
        for (Ledger.Line l : p.lines()) {
            em.createNativeQuery("insert into ledger_line (posting_id, line_no, account, amount) values (?1, ?2, ?3, ?4)")
                    .setParameter(1, id.longValue()).setParameter(2, ++n).setParameter(3, l.account())
                    .setParameter(4, l.amount()).executeUpdate();
        }
    }

    public void postAll(CommandContext ctx, List<Posting> postings, Refs refs) {
        postings.forEach(p -> post(ctx, p, refs));
    }

    /** The balance of one account (credit balances are negative). */
    public BigDecimal balance(String account) {
        return reader.balance(account);
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
