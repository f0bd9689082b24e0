package cn.exchange.ejb.qualification;

import cn.exchange.core.qualification.Application;
import cn.exchange.core.qualification.BankCredit;
import cn.exchange.core.qualification.CreditRecord;
import cn.exchange.core.qualification.DepositMatch;
import cn.exchange.core.qualification.DepositRules;
import cn.exchange.core.qualification.PaymentReference;
import cn.exchange.core.qualification.StatementFile;
import cn.exchange.core.party.PartyRepository;
import cn.exchange.core.security.Permission;
import cn.exchange.core.shared.Amounts;
import cn.exchange.core.shared.ConflictException;
import cn.exchange.core.shared.DomainException;
import cn.exchange.core.settlement.Ledger;
import cn.exchange.ejb.identity.CallerResolver;
import cn.exchange.ejb.settlement.LedgerBook;
import cn.exchange.ejb.settlement.MoneyService;
import cn.exchange.ejb.command.CommandContext;
import cn.exchange.ejb.command.CommandExecutor;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.util.List;

/**
 * The settlement account's bank statement (docs/rules.md §1.4, rule 16; rules 27, 28): the settlement clerk's import and
 * manual credits, each bank transaction recorded once, ever. A credit quoting an application's reference is matched to
 * its deposit by {@link DepositRules}; one quoting a deal's reference is a price payment ({@link MoneyService}); a
 * debit confirms the refund or payout it quotes. Every credit is posted to the ledger (to the deposit, the deal, or
 * suspense); what does not match waits in the unmatched queue.
 */
@Stateless
public class DepositService {

    @EJB
    CommandExecutor executor;

    @Inject
    CallerResolver callers;

    @Inject
    PartyRepository parties;

    @PersistenceContext(unitName = "exchange")
    EntityManager em;

    @EJB
    MoneyService money;

    @EJB
    LedgerBook ledger;

    @jakarta.inject.Inject
    cn.exchange.ejb.platform.ExchangeMetrics metrics;

    /**
     * Imports a bank statement (format in {@link StatementFile}). Each credit is recorded once, ever (by the bank's
     * transaction id), and matched by the rules of {@link DepositRules}; what does not match waits for the clerk. The
     * whole file is one transaction (all or nothing). Deposit credits — nearly every line — are written in batches
     * ({@link CreditBatch}): the file's already-recorded ids read in one query, its applications locked in one, the
     * credits, their postings and their audit records inserted in JDBC batches; a price payment or a debit takes the
     * single-credit path, after the batch so far is written.
     */
    public StatementReport importStatement(byte[] content) {
        StatementFile.Parsed parsed = StatementFile.parse(content);
        StatementReport report = executor.execute(Permission.DEPOSIT_BOOK, ctx -> {
            List<StatementFile.Line> lines = parsed.credits();
            // one import at a time: a second upload of the same file waits, then finds its lines recorded
            em.createNativeQuery("select pg_advisory_xact_lock(hashtext('statement-import'))").getSingleResult();
            java.util.Map<Long, Application> apps = lockApplications(lines);
            java.util.Set<String> seen = recordedAmong(lines);
            CreditBatch batch = new CreditBatch(ctx, apps);
            int recorded = 0;
            int already = 0;
            int matched = 0;
            for (StatementFile.Line line : lines) {
                BankCredit credit = line.credit();
                String id = credit.bankTransactionId();
                boolean ok;
                if (line.debit()) {
                    batch.flush();
                    if (money.debitRecorded(id)) {
                        already++;
                        continue;
                    }
                    ok = money.bookDebit(ctx, credit);
                } else if (!seen.add(id)) {
                    already++;
                    continue;
                } else if (PaymentReference.parseDeal(credit.reference()).isPresent()) {
                    batch.flush();
                    ok = book(ctx, credit, null).matched();
                } else {
                    ok = batch.add(credit).matched();
                }
                recorded++;
                matched += ok ? 1 : 0;
            }
            batch.flush();
            if (recorded == 0) {
                ctx.nothingToRecord();
            }
            return new StatementReport(lines.size(), recorded, already, matched, recorded - matched, parsed.problems());
        });
        // counted once committed
        metrics.statementRows(report.recorded(), report.alreadyImported());
        return report;
    }

    /** The credits' bank transaction ids of {@code lines} that are recorded already (one query per thousand). */
    private java.util.Set<String> recordedAmong(List<StatementFile.Line> lines) {
        List<String> ids = lines.stream().filter(l -> !l.debit()).map(l -> l.credit().bankTransactionId()).distinct().toList();
        java.util.Set<String> found = new java.util.HashSet<>();
        for (int i = 0; i < ids.size(); i += 1000) {
            found.addAll(em.createQuery("select c.bankTransactionId from CreditRecord c where c.bankTransactionId in :t", String.class)
                    .setParameter("t", ids.subList(i, Math.min(ids.size(), i + 1000))).getResultList());
        }
        return found;
    }

    /** The applications the lines' references name, locked (one query per thousand), with their parties and lots loaded. */
    private java.util.Map<Long, Application> lockApplications(List<StatementFile.Line> lines) {
        List<Long> ids = lines.stream().filter(l -> !l.debit()).map(l -> PaymentReference.parse(l.credit().reference()).orElse(null))
                .filter(java.util.Objects::nonNull).distinct().sorted().toList();
        java.util.Map<Long, Application> apps = new java.util.HashMap<>();
        for (int i = 0; i < ids.size(); i += 1000) {
            for (Application a : em.createQuery("select a from Application a where a.id in :ids order by a.id", Application.class)
                    .setParameter("ids", ids.subList(i, Math.min(ids.size(), i + 1000))).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                    .getResultList()) {
                apps.put(a.getId(), a);
            }
        }
        List<Long> parties = apps.values().stream().map(Application::getBidderPartyId).distinct().toList();
        List<Long> lots = apps.values().stream().map(Application::getLotId).distinct().toList();
        for (int i = 0; i < parties.size(); i += 1000) {
            em.createQuery("select p from Party p where p.id in :ids", cn.exchange.core.party.Party.class)
                    .setParameter("ids", parties.subList(i, Math.min(parties.size(), i + 1000))).getResultList();
        }
        for (int i = 0; i < lots.size(); i += 1000) {
            em.createQuery("select l from Lot l where l.id in :ids", cn.exchange.core.listing.Lot.class)
                    .setParameter("ids", lots.subList(i, Math.min(lots.size(), i + 1000))).getResultList();
        }
        return apps;
    }

    /**
     * A statement's deposit credits, matched as {@link #book} matches one, written together at {@link #flush}: the credit
     * rows in one JDBC batch, then their audit records (which name the rows' ids), then their postings ({@link LedgerBook.Batch}).
     */
    private final class CreditBatch {
        /** Credits written per batch: bounded statements and memory, whatever the file's length. */
        static final int CHUNK = 500;
        private final CommandContext ctx;
        private final java.util.Map<Long, Application> apps;
        private final LedgerBook.Batch postings;
        private final List<CreditRecord> credits = new java.util.ArrayList<>();
        /** Per credit, the application its reference names (null: none), for the audit record. */
        private final List<Application> matchedTo = new java.util.ArrayList<>();

        CreditBatch(CommandContext ctx, java.util.Map<Long, Application> apps) {
            this.ctx = ctx;
            this.apps = apps;
            this.postings = ledger.batch(ctx);
        }

        DepositMatch add(BankCredit credit) {
            Long appId = PaymentReference.parse(credit.reference()).orElse(null);
            Application app = appId == null ? null : apps.get(appId);
            DepositRules.Expected expected = app == null || app.getStatus() != Application.Status.SUBMITTED ? null
                    : new DepositRules.Expected(parties.get(app.getBidderPartyId()).getName(), app.getDepositAmount(),
                    app.depositDeadline(em.find(cn.exchange.core.listing.Lot.class, app.getLotId())), app.getDepositPaidAt() != null);
            DepositMatch outcome = DepositRules.match(credit, expected);
            if (outcome == DepositMatch.MATCHED) {
                app.depositReceived(credit.receivedAt());
            }
            credits.add(new CreditRecord(credit, outcome, expected == null ? null : app.getId(), null, ctx.nowAt(), ctx.caller().username()));
            matchedTo.add(app);
            postings.post(posting(credit, outcome, app), new LedgerBook.Refs(app == null ? null : app.getLotId(), null,
                    outcome == DepositMatch.MATCHED ? app.getId() : null, credit.bankTransactionId()));
            if (credits.size() >= CHUNK) {
                flush();
            }
            return outcome;
        }

        void flush() {
            if (credits.isEmpty()) {
                return;
            }
            em.flush();
            java.sql.Connection c = em.unwrap(java.sql.Connection.class);
            try (var insert = c.prepareStatement("insert into bank_credit (bank_transaction_id, received_at, amount, payer_name,"
                    + " payer_account, reference, outcome, application_id, source, recorded_at, recorded_by)"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?, 'STATEMENT', ?, ?)", new String[] {"id"})) {
                for (CreditRecord r : credits) {
                    insert.setString(1, r.getBankTransactionId());
                    insert.setObject(2, r.getReceivedAt());
                    insert.setBigDecimal(3, r.getAmount());
                    insert.setString(4, r.getPayerName());
                    insert.setString(5, r.getPayerAccount());
                    insert.setString(6, r.getReference());
                    insert.setString(7, r.getOutcome().name());
                    insert.setObject(8, r.getApplicationId(), java.sql.Types.BIGINT);
                    insert.setObject(9, r.getRecordedAt());
                    insert.setString(10, ctx.caller().username());
                    insert.addBatch();
                }
                insert.executeBatch();
                try (var keys = insert.getGeneratedKeys()) {
                    for (int i = 0; keys.next(); i++) {
                        CreditRecord r = credits.get(i);
                        Application app = matchedTo.get(i);
                        ctx.record("BankCredit", keys.getLong(1), "deposit." + r.getOutcome().name().toLowerCase(), r.getBankTransactionId()
                                + " " + r.getAmount().toPlainString() + " from " + r.getPayerName()
                                + (app == null ? "" : " for application " + app.getId()));
                    }
                }
            } catch (java.sql.SQLException e) {
                throw new jakarta.persistence.PersistenceException("statement batch of " + credits.size() + " credits", e);
            }
            credits.clear();
            matchedTo.clear();
            postings.flush();
        }
    }

    /** The posting of a deposit credit: into the application's deposit account, or into suspense. */
    private static Ledger.Posting posting(BankCredit credit, DepositMatch outcome, Application app) {
        return outcome == DepositMatch.MATCHED
                ? Ledger.Posting.move("DEPOSIT_IN", "bank " + credit.bankTransactionId(), Ledger.BANK, Ledger.deposit(app.getId()), credit.amount())
                : Ledger.Posting.move("UNMATCHED_IN", "bank " + credit.bankTransactionId(), Ledger.BANK, Ledger.SUSPENSE, credit.amount());
    }

    /** The settlement clerk records one credit by hand (e.g. from a paper advice), with the reason. */
    public CreditView recordCredit(BankCredit credit, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new DomainException("reason", "common.required");
        }
        if (credit == null || credit.bankTransactionId() == null || credit.bankTransactionId().isBlank()) {
            throw new DomainException("bankTransactionId", "common.required");
        }
        if (credit.receivedAt() == null) {
            throw new DomainException("receivedAt", "common.required");
        }
        if (credit.payerName() == null || credit.payerName().isBlank()) {
            throw new DomainException("payerName", "common.required");
        }
        BigDecimal amount = Amounts.cny("amount", credit.amount(), true);
        if (amount.signum() == 0) {
            throw new DomainException("amount", "import.notAnAmount", "0");
        }
        BankCredit c = new BankCredit(credit.bankTransactionId().trim(), credit.receivedAt(), amount, credit.payerName().trim(),
                credit.payerAccount(), credit.reference());
        return executor.execute(Permission.DEPOSIT_BOOK, ctx -> {
            if (recorded(c.bankTransactionId())) {
                throw new ConflictException("statement.alreadyRecorded");
            }
            book(ctx, c, reason.trim());
            CreditRecord r = em.createQuery("select c from CreditRecord c where c.bankTransactionId = :t", CreditRecord.class)
                    .setParameter("t", c.bankTransactionId()).getSingleResult();
            return CreditView.of(r);
        });
    }

    private DepositMatch book(CommandContext ctx, BankCredit credit, String manualReason) {
        Long dealId = PaymentReference.parseDeal(credit.reference()).orElse(null);
        if (dealId != null) {
            return money.bookDealPayment(ctx, credit, dealId, manualReason);
        }
        Long appId = PaymentReference.parse(credit.reference()).orElse(null);
        Application app = appId == null ? null : em.find(Application.class, appId, LockModeType.PESSIMISTIC_WRITE);
        DepositRules.Expected expected = app == null || app.getStatus() != Application.Status.SUBMITTED ? null
                : new DepositRules.Expected(parties.get(app.getBidderPartyId()).getName(), app.getDepositAmount(),
                app.depositDeadline(em.find(cn.exchange.core.listing.Lot.class, app.getLotId())), app.getDepositPaidAt() != null);
        DepositMatch outcome = DepositRules.match(credit, expected);
        if (outcome == DepositMatch.MATCHED) {
            app.depositReceived(credit.receivedAt());
        }
        CreditRecord r = new CreditRecord(credit, outcome, expected == null ? null : app.getId(), manualReason, ctx.nowAt(),
                ctx.caller().username());
        em.persist(r);
        em.flush();
        ledger.post(ctx, posting(credit, outcome, app), new LedgerBook.Refs(app == null ? null : app.getLotId(), null, outcome == DepositMatch.MATCHED ? app.getId() : null,
                        credit.bankTransactionId()));
        ctx.record("BankCredit", r.getId(), "deposit." + outcome.name().toLowerCase(), credit.bankTransactionId() + " "
                + credit.amount().toPlainString() + " from " + credit.payerName() + (app == null ? "" : " for application " + app.getId())
                + (manualReason == null ? "" : "; recorded by hand: " + manualReason));
        return outcome;
    }

    /** Credits that matched no deposit: the clerk's queue (refunds are the settlement feature's). */
    public List<CreditView> unmatched() {
        callers.require(Permission.LEDGER_READ);
        return em.createQuery("select c from CreditRecord c where c.outcome not in (cn.exchange.core.qualification.DepositMatch.MATCHED,"
                + " cn.exchange.core.qualification.DepositMatch.DEAL_PAYMENT)"
                + " order by c.id desc", CreditRecord.class).setMaxResults(500).getResultList().stream().map(CreditView::of).toList();
    }

    // ---- review ------------------------------------------------------------------------------------------------


    private boolean recorded(String bankTransactionId) {
        return !em.createQuery("select c.id from CreditRecord c where c.bankTransactionId = :t")
                .setParameter("t", bankTransactionId).getResultList().isEmpty();
    }
}
