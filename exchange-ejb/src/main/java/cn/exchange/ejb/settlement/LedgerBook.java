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

    /**
     * Postings written together at {@link Batch#flush}, for a command that posts thousands (a bank statement): the
     * accounts of all queued postings are locked at once in name order, read once, each posting checked in turn against
     * the running balances (an overdraft refuses the whole command, as a single post would), and the postings and their
     * lines inserted in two JDBC batches. Flush before anything else reads or posts to the ledger in the same command.
     */
    public Batch batch(CommandContext ctx) {
        return new Batch(ctx);
    }

    public final class Batch {
        private final CommandContext ctx;
        private final List<Posting> postings = new java.util.ArrayList<>();
        private final List<Refs> refs = new java.util.ArrayList<>();

        private Batch(CommandContext ctx) {
            this.ctx = ctx;
        }

        public void post(Posting p, Refs r) {
            postings.add(p);
            refs.add(r);
        }

        public void flush() {
            if (postings.isEmpty()) {
                return;
            }
            // read afresh at every flush: a single post between two flushes may have moved an account
            TreeSet<String> accounts = new TreeSet<>();
            postings.forEach(p -> p.lines().forEach(l -> accounts.add(l.account())));
            em.flush();
            java.sql.Connection c = em.unwrap(java.sql.Connection.class);
            try {
                java.util.Map<String, BigDecimal> stored = new java.util.HashMap<>();
                java.sql.Array names = c.createArrayOf("text", accounts.toArray());
                // in name order, as single posts lock them. The locks of an earlier flush, and of single posts in between, stay
                // held to the end of the transaction, so the order is per flush; a statement's postings all touch BANK, which
                // sorts first and is held from the first flush, so posts touching BANK wait for the import instead of crossing it
                // (PostgreSQL refuses a deadlock with a retryable error, which the executor reports as "try again")
                try (var lock = c.prepareStatement("select count(pg_advisory_xact_lock(hashtext('ledger:' || a))) from unnest(?) as a");
                     var read = c.prepareStatement("select account, balance from ledger_balance where account = any(?)")) {
                    lock.setArray(1, names);
                    lock.executeQuery().close();
                    read.setArray(1, names);
                    try (var rs = read.executeQuery()) {
                        while (rs.next()) {
                            stored.put(rs.getString(1), rs.getBigDecimal(2).setScale(2));
                        }
                    }
                }
                Ledger.Balances balances = new Ledger.Balances(stored);
                postings.forEach(balances::post);
                long[] ids = new long[postings.size()];
                try (var next = c.prepareStatement("select nextval(pg_get_serial_sequence('ledger_posting', 'id')) from generate_series(1, ?)")) {
                    next.setInt(1, ids.length);
                    try (var rs = next.executeQuery()) {
                        for (int i = 0; rs.next(); i++) {
                            ids[i] = rs.getLong(1);
                        }
                    }
                }
                try (var head = c.prepareStatement("insert into ledger_posting (id, kind, memo, lot_id, deal_id, application_id,"
                        + " bank_transaction_id, posted_at, posted_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?)");
                     var line = c.prepareStatement("insert into ledger_line (posting_id, line_no, account, amount) values (?, ?, ?, ?)")) {
                    for (int i = 0; i < ids.length; i++) {
                        Posting p = postings.get(i);
                        Refs r = refs.get(i);
                        head.setLong(1, ids[i]);
                        head.setString(2, p.kind());
                        head.setString(3, cut(p.memo(), 300));
                        head.setObject(4, r.lotId(), java.sql.Types.BIGINT);
                        head.setObject(5, r.dealId(), java.sql.Types.BIGINT);
                        head.setObject(6, r.applicationId(), java.sql.Types.BIGINT);
                        head.setString(7, r.bankTransactionId());
                        head.setObject(8, ctx.nowAt());
                        head.setString(9, ctx.caller().username());
                        head.addBatch();
                        int n = 0;
                        for (Ledger.Line l : p.lines()) {
                            line.setLong(1, ids[i]);
                            line.setInt(2, ++n);
                            line.setString(3, l.account());
                            line.setBigDecimal(4, l.amount());
                            line.addBatch();
                        }
                    }
                    head.executeBatch();
                    line.executeBatch();
                }
            } catch (java.sql.SQLException e) {
                throw new jakarta.persistence.PersistenceException("ledger batch of " + postings.size() + " postings", e);
            }
            postings.clear();
            refs.clear();
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
