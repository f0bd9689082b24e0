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
import cn.exchange.ejb.identity.CallerResolver;
import cn.exchange.ejb.settlement.LedgerBook;
import cn.exchange.ejb.settlement.BankBookings;
import cn.exchange.ejb.command.CommandContext;
import cn.exchange.ejb.command.CommandExecutor;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.util.List;

/**
 * The settlement account's bank statement (docs/rules.md §1.4, rule 16; rules 27, 28): the settlement clerk's import and
 * manual credits, each bank transaction recorded once, ever. A credit quoting an application's reference is matched to
 * its deposit by {@link DepositRules}; one quoting a deal's reference is a price payment ({@link BankBookings}); a
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

    @Inject
    cn.exchange.core.listing.LotRepository lots;

    @Inject
    cn.exchange.core.qualification.ApplicationRepository applications;

    @PersistenceContext(unitName = "exchange")
    EntityManager em;

    @EJB
    BankBookings bank;

    @EJB
    LedgerBook ledger;

    @EJB
    cn.exchange.ejb.notification.Notifications notifications;

    @jakarta.inject.Inject
    cn.exchange.ejb.platform.ExchangeMetrics metrics;

    /**
     * Imports a bank statement (format in {@link StatementFile}). Each credit is recorded once, ever (by the bank's
     * transaction id), and matched by the rules of {@link DepositRules}; what does not match waits for the clerk. The
     * whole file is one transaction (all or nothing). Deposit credits — nearly every line — are written in batches
     * ({@link DepositCredits.Batch}): the file's already-recorded ids read in one query, its applications locked in one, the
     * credits, their postings and their audit records inserted in JDBC batches; a price payment or a debit takes the
     * single-credit path, after the batch so far is written.
     */
    public StatementReport importStatement(byte[] content) {
        StatementFile.Parsed parsed = StatementFile.parse(content);
        StatementReport report = executor.execute(Permission.DEPOSIT_BOOK, ctx -> {
            List<StatementFile.Line> lines = parsed.credits();
            // one import at a time: a second upload of the same file waits, then finds its lines recorded
            em.createNativeQuery("select pg_advisory_xact_lock(hashtext('statement-import'))").getSingleResult();
            java.util.Map<Long, Application> apps = DepositCredits.lockApplications(em, lines);
            java.util.Set<String> seen = DepositCredits.recordedAmong(em, lines);
            DepositCredits.Batch batch = new DepositCredits.Batch(em, parties, lots, ledger.batch(ctx), ctx, apps, notifications);
            int recorded = 0;
            int already = 0;
            int matched = 0;
            for (StatementFile.Line line : lines) {
                BankCredit credit = line.credit();
                String id = credit.bankTransactionId();
                boolean ok;
                if (line.debit()) {
                    batch.flush();
                    if (bank.debitRecorded(id)) {
                        already++;
                        continue;
                    }
                    ok = bank.bookDebit(ctx, credit);
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
            CreditRecord r = em.createNamedQuery("CreditRecord.byBankTransaction", CreditRecord.class)
                    .setParameter("t", c.bankTransactionId()).getSingleResult();
            return CreditView.of(r);
        });
    }

    private DepositMatch book(CommandContext ctx, BankCredit credit, String manualReason) {
        Long dealId = PaymentReference.parseDeal(credit.reference()).orElse(null);
        if (dealId != null) {
            return bank.bookDealPayment(ctx, credit, dealId, manualReason);
        }
        Long appId = PaymentReference.parse(credit.reference()).orElse(null);
        Application app = appId == null ? null : applications.findForUpdate(appId).orElse(null);   // none: unmatched
        DepositCredits.Matched m = DepositCredits.match(parties, lots, credit, app);
        DepositMatch outcome = m.outcome();
        CreditRecord r = new CreditRecord(credit, outcome, m.applicationId(), manualReason, ctx.nowAt(), ctx.caller().username());
        em.persist(r);
        em.flush();
        ledger.post(ctx, DepositCredits.posting(credit, outcome, app), DepositCredits.refs(credit, outcome, app));
        ctx.record("BankCredit", r.getId(), "deposit." + outcome.name().toLowerCase(), credit.bankTransactionId() + " "
                + credit.amount().toPlainString() + " from " + credit.payerName() + (app == null ? "" : " for application " + app.getId())
                + (manualReason == null ? "" : "; recorded by hand: " + manualReason));
        DepositCredits.tell(notifications, ctx, lots, r.getId(), outcome, app);
        return outcome;
    }

    /** Credits that matched no deposit: the clerk's queue (refunds are the settlement feature's). */
    public List<CreditView> unmatched() {
        callers.require(Permission.LEDGER_READ);
        return em.createNamedQuery("CreditRecord.unmatched", CreditRecord.class)
                .setMaxResults(500).getResultList().stream().map(CreditView::of).toList();
    }

    // ---- review ------------------------------------------------------------------------------------------------


    private boolean recorded(String bankTransactionId) {
        return !em.createNamedQuery("CreditRecord.idByBankTransaction")
                .setParameter("t", bankTransactionId).getResultList().isEmpty();
    }
}
