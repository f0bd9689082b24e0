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
import cn.exchange.ejb.command.CallerResolver;
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
     * transaction id), and matched by the rules of {@link DepositRules}; what does not match waits for the clerk.
     */
    public StatementReport importStatement(byte[] content) {
        StatementFile.Parsed parsed = StatementFile.parse(content);
        StatementReport report = executor.execute(Permission.DEPOSIT_BOOK, ctx -> {
            int recorded = 0;
            int already = 0;
            int matched = 0;
            for (StatementFile.Line line : parsed.credits()) {
                String id = line.credit().bankTransactionId();
                if (line.debit() ? money.debitRecorded(id) : recorded(id)) {
                    already++;
                    continue;
                }
                if (line.debit() ? money.bookDebit(ctx, line.credit()) : book(ctx, line.credit(), null).matched()) {
                    matched++;
                }
                recorded++;
            }
            if (recorded == 0) {
                ctx.nothingToRecord();
            }
            return new StatementReport(parsed.credits().size(), recorded, already, matched, recorded - matched, parsed.problems());
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
        ledger.post(ctx, outcome == DepositMatch.MATCHED
                        ? Ledger.Posting.move("DEPOSIT_IN", "bank " + credit.bankTransactionId(), Ledger.BANK, Ledger.deposit(app.getId()), credit.amount())
                        : Ledger.Posting.move("UNMATCHED_IN", "bank " + credit.bankTransactionId(), Ledger.BANK, Ledger.SUSPENSE, credit.amount()),
                new LedgerBook.Refs(app == null ? null : app.getLotId(), null, outcome == DepositMatch.MATCHED ? app.getId() : null,
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
