package cn.exchange.ejb.demo;

import cn.exchange.core.listing.Lot;
import cn.exchange.core.party.Account;
import cn.exchange.core.qualification.BankCredit;
import cn.exchange.core.security.Role;
import cn.exchange.core.settlement.ContractTemplate;
import cn.exchange.core.settlement.Deal;
import cn.exchange.core.settlement.PaymentPlan;
import cn.exchange.ejb.identity.Caller;
import cn.exchange.ejb.command.CommandContext;
import cn.exchange.ejb.settlement.CertificateService;
import cn.exchange.ejb.settlement.DealService;
import cn.exchange.ejb.settlement.LedgerBook;
import cn.exchange.ejb.settlement.BankBookings;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;

/**
 * The demo data's transactions after the buyer is determined, walked through the same services as real work
 * inside the demo data's command: the deal opened with its result notice, the contract prepared (instalments where
 * asked), signed by the demo accounts of both sides, the price paid by bank credits, the certificate issued.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class DemoDeals {

    /** How far a demo deal goes. */
    public enum Stage { SIGNING, PAYING, CERTIFIED }

    @EJB
    DealService deals;
    @EJB
    BankBookings bank;
    @EJB
    CertificateService certificates;
    @EJB
    LedgerBook ledger;
    @jakarta.inject.Inject
    cn.exchange.core.settlement.DealRepository dealRepo;
    @jakarta.inject.Inject
    cn.exchange.core.party.PartyRepository parties;
    @PersistenceContext(unitName = "exchange")
    EntityManager em;

    /** A bidder's deposit as the bank credited it: recorded and posted to the ledger like an imported one. */
    public void depositPaid(CommandContext ctx, long applicationId, long lotId, BankCredit credit) {
        em.persist(new cn.exchange.core.qualification.CreditRecord(credit, cn.exchange.core.qualification.DepositMatch.MATCHED,
                applicationId, null, ctx.nowAt(), "system"));
        ledger.post(ctx, cn.exchange.core.settlement.Ledger.Posting.move("DEPOSIT_IN", "bank " + credit.bankTransactionId(),
                cn.exchange.core.settlement.Ledger.BANK, cn.exchange.core.settlement.Ledger.deposit(applicationId), credit.amount()),
                new LedgerBook.Refs(lotId, null, applicationId, credit.bankTransactionId()));
    }

    /** The lot's negotiated deal taken to {@code stage}; {@code plan} null = lump sum. */
    public void complete(CommandContext ctx, Lot lot, String buyerUser, String sellerUser, PaymentPlan plan, Stage stage) {
        em.flush(); // the lot's negotiated deal is written before the deal's lock reads the lot again
        Long id = deals.open(ctx, lot.getId());
        if (id == null) {
            throw new IllegalStateException("demo deal for lot " + lot.getId() + " not opened (status " + lot.getStatus() + ")");
        }
        Deal deal = dealRepo.get(id);
        if (plan != null) {
            deals.prepare(ctx, deal, lot, ContractTemplate.Kind.forCategory(lot.getProject().getCategory()), plan);
        }
        if (stage == Stage.SIGNING) {
            return;
        }
        deals.sign(ctx, deal, Deal.Party.BUYER, caller(buyerUser, Role.BIDDER), deal.getContractSha256());
        deals.sign(ctx, deal, Deal.Party.SELLER, caller(sellerUser, Role.AGENCY), deal.getContractSha256());
        BigDecimal owed = deal.amountDue().add(deal.getBuyerFee()).subtract(deal.getPriceReceived());
        String payer = parties.get(deal.getBuyerPartyId()).getName();
        BigDecimal first = stage == Stage.PAYING ? owed.divide(BigDecimal.valueOf(3), 2, java.math.RoundingMode.DOWN) : owed;
        bank.bookDealPayment(ctx, new BankCredit("DEMO-PRICE-" + id, ctx.nowAt(), first, payer, "6222000000" + id,
                cn.exchange.core.qualification.PaymentReference.ofDeal(id)), id, null);
        if (stage == Stage.CERTIFIED && deal.getStatus() == Deal.Status.PAID) {
            certificates.issue(ctx, deal);
        } else if (stage == Stage.CERTIFIED) {
            // e.g. instalments whose schedule awaits next year's calendar (rule 1): the deal waits, paid, uncertified
            java.util.logging.Logger.getLogger(DemoDeals.class.getName()).warning("demo deal " + id + " for '" + lot.getTitle()
                    + "' stays " + deal.getStatus() + (deal.scheduleAwaitingCalendar() ? ": its payment schedule awaits the calendar of "
                    + "a year not entered yet" : ""));
        }
    }

    private Caller caller(String username, Role role) {
        Account a = em.createNamedQuery("Account.byUsername", Account.class).setParameter("username", username)
                .getSingleResult();
        return new Caller(username, role, a.getId(), a.getParty().getId(), "203.0.113.8");
    }
}
