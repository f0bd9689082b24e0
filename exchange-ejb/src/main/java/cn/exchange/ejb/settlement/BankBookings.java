package cn.exchange.ejb.settlement;

import cn.exchange.core.party.Party;
import cn.exchange.core.qualification.BankCredit;
import cn.exchange.core.qualification.CreditRecord;
import cn.exchange.core.qualification.DepositMatch;
import cn.exchange.core.qualification.PaymentReference;
import cn.exchange.core.settlement.Deal;
import cn.exchange.core.settlement.Disbursement;
import cn.exchange.core.settlement.Ledger;
import cn.exchange.ejb.command.CommandContext;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

/**
 * What the bank statement brings to settlement, inside the statement import's command (the same importer and the same
 * once-only rule per bank transaction as deposits): a credit quoting a deal's reference is the buyer's payment
 * ({@link Deal#matchPayment}), a debit quoting an instruction's reference confirms a refund or payout
 * ({@link Disbursement#match}). Anything unmatched is recorded for the clerk and moves no money but into suspense.
 */
@Stateless
public class BankBookings {

    @EJB
    LedgerBook ledger;
    @jakarta.inject.Inject
    cn.exchange.core.settlement.DealRepository dealRepo;
    @jakarta.inject.Inject
    cn.exchange.core.party.PartyRepository parties;
    @PersistenceContext(unitName = "exchange")
    EntityManager em;

    /**
     * A credit quoting a deal's reference (8867…). The payer must be the buyer (no third-party payments, as for
     * deposits); then the money is the buyer's on the deal and is applied to price, interest and fee.
     */
    public DepositMatch bookDealPayment(CommandContext ctx, BankCredit credit, long dealId, String manualReason) {
        Deal deal = dealRepo.findForUpdate(dealId).orElse(null);   // none: the credit is unmatched (Deal#matchPayment)
        Party buyer = deal == null ? null : parties.get(deal.getBuyerPartyId());
        DepositMatch outcome = Deal.matchPayment(deal, buyer == null ? null : buyer.getName(), credit);
        CreditRecord r = new CreditRecord(credit, outcome, null, manualReason, ctx.nowAt(), ctx.caller().username());
        if (outcome == DepositMatch.DEAL_PAYMENT) {
            r.forDeal(dealId);
        }
        em.persist(r);
        em.flush();
        if (outcome == DepositMatch.DEAL_PAYMENT) {
            ledger.postAll(ctx, deal.receive(credit.amount(), credit.bankTransactionId(), ledger.balance(Ledger.buyer(dealId))),
                    new LedgerBook.Refs(deal.getLotId(), dealId, null, credit.bankTransactionId()));
        } else {
            ledger.post(ctx, Ledger.Posting.move("UNMATCHED_IN", "bank " + credit.bankTransactionId(), Ledger.BANK, Ledger.SUSPENSE,
                    credit.amount()), new LedgerBook.Refs(null, null, null, credit.bankTransactionId()));
        }
        ctx.record("BankCredit", r.getId(), "payment." + outcome.name().toLowerCase(), credit.bankTransactionId() + " "
                + credit.amount().toPlainString() + " from " + credit.payerName() + " for deal " + dealId
                + (deal == null ? "" : "; deal now " + deal.getStatus()));
        return outcome;
    }

    /** A debit on the statement: the refund or payout whose reference it quotes is paid (once). */
    public boolean bookDebit(CommandContext ctx, BankCredit debit) {
        Long id = PaymentReference.parseDisbursement(debit.reference()).orElse(null);
        Disbursement d = id == null ? null : em.find(Disbursement.class, id, LockModeType.PESSIMISTIC_WRITE);
        Disbursement.DebitMatch outcome = Disbursement.match(d, debit.amount());
        if (outcome == Disbursement.DebitMatch.PAID) {
            ledger.post(ctx, d.paid(debit.bankTransactionId(), debit.amount(), debit.receivedAt()),
                    new LedgerBook.Refs(d.getLotId(), d.getDealId(), d.getApplicationId(), debit.bankTransactionId()));
        }
        em.createNativeQuery("insert into bank_debit (bank_transaction_id, booked_at, amount, payee_name, payee_account, reference,"
                        + " disbursement_id, outcome, recorded_at, recorded_by) values (?1, ?2, ?3, ?4, ?5, ?6, cast(?7 as bigint), ?8, ?9, ?10)")
                .setParameter(1, debit.bankTransactionId()).setParameter(2, debit.receivedAt()).setParameter(3, debit.amount())
                .setParameter(4, debit.payerName()).setParameter(5, debit.payerAccount()).setParameter(6, debit.reference())
                .setParameter(7, outcome == Disbursement.DebitMatch.PAID ? d.getId() : null).setParameter(8, outcome.name()).setParameter(9, ctx.nowAt())
                .setParameter(10, ctx.caller().username()).executeUpdate();
        ctx.record("BankDebit", debit.bankTransactionId(), "debit." + outcome.name().toLowerCase(), debit.amount().toPlainString()
                + " to " + debit.payerName() + (d == null ? "" : " for " + d.reference()));
        return outcome == Disbursement.DebitMatch.PAID;
    }

    public boolean debitRecorded(String bankTransactionId) {
        return !em.createNativeQuery("select 1 from bank_debit where bank_transaction_id = ?1").setParameter(1, bankTransactionId)
                .getResultList().isEmpty();
    }
}
