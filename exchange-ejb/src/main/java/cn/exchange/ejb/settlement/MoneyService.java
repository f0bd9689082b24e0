package cn.exchange.ejb.settlement;

import cn.exchange.core.calendar.Counted;
import cn.exchange.core.listing.Lot;
import cn.exchange.core.party.Party;
import cn.exchange.core.qualification.Application;
import cn.exchange.core.qualification.CreditRecord;
import cn.exchange.core.qualification.DepositMatch;
import cn.exchange.core.security.Permission;
import cn.exchange.core.settlement.Deal;
import cn.exchange.core.settlement.Disbursement;
import cn.exchange.core.settlement.Ledger;
import cn.exchange.core.settlement.SettlementRules;
import cn.exchange.core.shared.ConflictException;
import cn.exchange.core.shared.DomainException;
import cn.exchange.ejb.calendar.DeadlineKind;
import cn.exchange.ejb.calendar.PendingDeadlines;
import cn.exchange.ejb.identity.CallerResolver;
import cn.exchange.ejb.command.CommandContext;
import cn.exchange.ejb.command.CommandExecutor;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The settlement account's money after the result (docs/rules.md §1.4, §1.6; rules 27, 28, 33): deposit refunds to the
 * account they came from, the payout of the price to the transferor, refunds of a buyer's overpayment, and the default
 * cases with their forfeiture. What the bank statement brings — price payments and the debits that confirm refunds and
 * payouts — is {@link BankBookings}'. Every movement is a ledger posting ({@link LedgerBook}).
 */
@Stateless
public class MoneyService {

    @EJB
    CommandExecutor executor;
    @EJB
    LedgerBook ledger;
    @Inject
    CallerResolver callers;
    @Inject
    SettlementSettings settings;
    @Inject
    DealViews views;
    @Inject
    PendingDeadlines pending;
    @jakarta.inject.Inject
    cn.exchange.core.settlement.DealRepository dealRepo;

    @jakarta.inject.Inject
    cn.exchange.core.listing.LotRepository lots;

    @jakarta.inject.Inject
    cn.exchange.core.party.PartyRepository parties;

    @PersistenceContext(unitName = "exchange")
    EntityManager em;

    /**
     * Docs/rules.md §1.4: every paid deposit of the lot but the winner's goes back, in full, without interest, to the account
     * it came from, due within [3] working days. A deposit already instructed is left alone (one refund, ever).
     */
    public void refundDeposits(CommandContext ctx, Lot lot, Long exceptApplicationId) {
        List<Application> apps = em.createNamedQuery("Application.depositPaidOfLot", Application.class)
                .setParameter("l", lot.getId()).getResultList();
        Counted<LocalDate> due = refundDue(ctx);
        for (Application a : apps) {
            if (exceptApplicationId != null && a.getId().equals(exceptApplicationId) || refunded(a.getId())) {
                continue;
            }
            if (DepositForfeitures.heldForDecision(em, lot, a)) {
                // docs/rules.md §1.4: the announcement forfeits a no-bidder's deposit: staff decide (forfeit or release)
                ctx.record("Application", a.getId(), "refund.heldForDecision", "qualified, no valid bid in the session; the"
                        + " announcement forfeits such deposits: kept until staff decide");
                continue;
            }
            refundOne(ctx, lot, a, due);
        }
    }

    /** Instructs the refund of what the exchange holds of {@code a}'s deposit, if anything. */
    public void refundOne(CommandContext ctx, Lot lot, Application a, Counted<LocalDate> due) {
        BigDecimal held = ledger.balance(Ledger.deposit(a.getId())).negate();
        if (held.signum() <= 0) {
            return;
        }
        List<CreditRecord> paid = em.createNamedQuery("CreditRecord.ofApplicationWithOutcome", CreditRecord.class)
                .setParameter("a", a.getId()).setParameter("m", DepositMatch.MATCHED).getResultList();
        Party bidder = parties.get(a.getBidderPartyId());
        Disbursement d = new Disbursement(Disbursement.Kind.DEPOSIT_REFUND, a.getId(), null, lot.getId(), bidder.getName(),
                paid.isEmpty() ? null : paid.get(0).getPayerAccount(), held, due.value(), ctx.nowAt());
        em.persist(d);
        em.flush();
        ledger.post(ctx, d.instructed(), new LedgerBook.Refs(lot.getId(), null, a.getId(), null));
        ctx.record("Disbursement", d.getId(), "refund.instructed", "deposit of application " + a.getId() + " "
                + held.toPlainString() + " to " + bidder.getName() + ", due " + (due.awaiting() ? "awaiting the calendar" : due.value()));
        pending.register(ctx, DeadlineKind.REFUND, d.getId(), due);
    }

    /**
     * The clerk refunds the deposits of a lot that sold to nobody (auction failed, terminated, locked) — a decision,
     * not automatic, because an announcement may forfeit the deposits of qualified bidders who placed no bid (§1.4).
     */
    public int refundLot(long lotId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new DomainException("reason", "common.required");
        }
        return executor.execute(Permission.SETTLEMENT_BOOK, ctx -> {
            Lot lot = lots.getForUpdate(lotId);
            if (!java.util.EnumSet.of(cn.exchange.core.listing.ListingStatus.AUCTION_FAILED, cn.exchange.core.listing.ListingStatus.TERMINATED,
                    cn.exchange.core.listing.ListingStatus.LOCKED).contains(lot.getStatus())) {
                throw new ConflictException("settlement.lotNotRefundable", lot.getStatus().name());
            }
            long before = em.createNamedQuery("Disbursement.countOfLot", Long.class).setParameter("l", lotId)
                    .getSingleResult();
            refundDeposits(ctx, lot, null);
            long after = em.createNamedQuery("Disbursement.countOfLot", Long.class).setParameter("l", lotId)
                    .getSingleResult();
            if (after == before) {
                throw new ConflictException("settlement.nothingToRefund");
            }
            ctx.record("Lot", lotId, "refund.lot", reason.strip());
            return (int) (after - before);
        });
    }

    private boolean refunded(long applicationId) {
        return !em.createNamedQuery("Disbursement.idOfApplicationAndKind")
                .setParameter("a", applicationId).setParameter("k", Disbursement.Kind.DEPOSIT_REFUND).getResultList().isEmpty();
    }

    /**
     * The price, net of the seller's fee, to the transferor once the certificate is issued (or a forfeited deposit's
     * remainder): released and instructed to the account the transferor named in writing.
     */
    public DisbursementView payout(long dealId, String payeeAccount) {
        if (payeeAccount == null || !payeeAccount.replace(" ", "").matches("\\d{8,32}")) {
            throw new DomainException("payeeAccount", "settlement.accountNumber");
        }
        return executor.execute(Permission.SETTLEMENT_BOOK, ctx -> {
            Deal deal = dealRepo.getForUpdate(dealId);
            if (deal.getStatus() == Deal.Status.CERTIFIED && !deal.isPaidOut()) {
                ledger.post(ctx, deal.releaseToTransferor(), LedgerBook.Refs.deal(deal.getLotId(), dealId));
            }
            BigDecimal owed = ledger.balance(Ledger.transferor(dealId)).negate();
            if (owed.signum() <= 0) {
                throw new ConflictException("settlement.payoutNotDue");
            }
            Party seller = parties.get(deal.getSellerPartyId());
            Disbursement d = new Disbursement(Disbursement.Kind.PAYOUT, null, dealId, deal.getLotId(), seller.getName(),
                    payeeAccount.replace(" ", ""), owed, ctx.today(), ctx.nowAt());
            em.persist(d);
            em.flush();
            ledger.post(ctx, d.instructed(), LedgerBook.Refs.deal(deal.getLotId(), dealId));
            ctx.record("Disbursement", d.getId(), "payout.instructed", owed.toPlainString() + " to " + seller.getName()
                    + " account " + d.getPayeeAccount() + " for deal " + dealId);
            return DisbursementView.of(d, settings.calendar());
        });
    }

    /** What the buyer paid beyond what it owed (or everything but the forfeited deposit) goes back to its account. */
    public DisbursementView refundBuyer(long dealId) {
        return executor.execute(Permission.SETTLEMENT_BOOK, ctx -> {
            Deal deal = dealRepo.getForUpdate(dealId);
            BigDecimal excess = ledger.balance(Ledger.buyer(dealId)).negate();
            if (excess.signum() <= 0 || deal.getStatus() == Deal.Status.SIGNING || deal.getStatus() == Deal.Status.PAYING
                    || deal.getStatus() == Deal.Status.DEFAULTED) {
                throw new ConflictException("settlement.nothingToRefund");
            }
            List<String> accounts = em.createNamedQuery("CreditRecord.payerAccountsOfDeal", String.class)
                    .setParameter("d", dealId).getResultList();
            Party buyer = parties.get(deal.getBuyerPartyId());
            Counted<LocalDate> due = refundDue(ctx);
            Disbursement d = new Disbursement(Disbursement.Kind.BUYER_REFUND, null, dealId, deal.getLotId(), buyer.getName(),
                    accounts.isEmpty() ? null : accounts.get(0), excess, due.value(), ctx.nowAt());
            em.persist(d);
            em.flush();
            pending.register(ctx, DeadlineKind.REFUND, d.getId(), due);
            ledger.post(ctx, d.instructed(), LedgerBook.Refs.deal(deal.getLotId(), dealId));
            ctx.record("Disbursement", d.getId(), "refund.instructed", "buyer's excess " + excess.toPlainString() + " on deal " + dealId);
            return DisbursementView.of(d, settings.calendar());
        });
    }

    /**
     * Rules 26, 27: deadlines that passed — a contract unsigned at its deadline, a payment behind its schedule — open a
     * forfeiture case for staff (nothing is forfeited without their decision). Run by the scheduler on every server;
     * each deal is checked under its lock.
     */
    public int openDefaults() {
        return executor.executeAsSystem(ctx -> {
            List<Deal> due = em.createNamedQuery("Deal.overdueSigningOrPaying", Deal.class).setParameter("s", Deal.Status.SIGNING)
                    .setParameter("p", Deal.Status.PAYING).setParameter("now", ctx.nowAt()).getResultList();
            int opened = 0;
            for (Deal d : due) {
                Deal deal = dealRepo.getForUpdate(d.getId());
                String reason = deal.overdue(ctx.nowAt());
                if (reason != null) {
                    deal.openDefault(reason);
                    ctx.record("Deal", deal.getId(), "deal.defaulted", reason);
                    opened++;
                }
            }
            if (opened == 0) {
                ctx.nothingToRecord();
            }
            return opened;
        });
    }

    /** Staff decide a forfeiture case (rule 33): forfeit, or dismiss with a reason and, for signing, a new deadline. */
    public DealView decideDefault(long dealId, boolean forfeit, String reason, java.time.OffsetDateTime newSignDeadline) {
        if (reason == null || reason.isBlank()) {
            throw new DomainException("reason", "common.required");
        }
        return executor.execute(Permission.FORFEITURE_DECIDE, ctx -> {
            Deal deal = dealRepo.getForUpdate(dealId);
            if (forfeit) {
                ledger.postAll(ctx, deal.forfeit(), LedgerBook.Refs.deal(deal.getLotId(), dealId));
                em.createNativeQuery("insert into relisting_bar (lot_id, party_id, deal_id, reason, created_at, created_by)"
                                + " values (?1, ?2, ?3, ?4, ?5, ?6)").setParameter(1, deal.getLotId()).setParameter(2, deal.getBuyerPartyId())
                        .setParameter(3, dealId).setParameter(4, reason.strip()).setParameter(5, ctx.nowAt())
                        .setParameter(6, ctx.caller().username()).executeUpdate();
                ctx.record("Deal", dealId, "deal.forfeited", reason.strip() + "; deposit " + deal.getDeposit()
                        + " pays both fees first, the rest to the transferor; buyer barred from the relisting");
            } else {
                if (newSignDeadline != null && !newSignDeadline.isAfter(ctx.nowAt())) {
                    throw new DomainException("newSignDeadline", "settlement.deadlineInFuture");
                }
                LocalDate latestFirstDue = null;
                if (newSignDeadline != null) {
                    try {
                        latestFirstDue = SettlementRules.latestFirstPaymentDue(newSignDeadline, settings.calendar());
                    } catch (cn.exchange.core.calendar.YearNotEntered e) {
                        // not countable yet: the schedule is checked again with the real date once it is
                    }
                }
                deal.dismissDefault(newSignDeadline, latestFirstDue);
                ctx.record("Deal", dealId, "deal.defaultDismissed", reason.strip() + (newSignDeadline == null ? ""
                        : "; new signing deadline " + newSignDeadline));
            }
            return views.of(deal, ctx.caller());
        });
    }

    /** Docs/rules.md §1.4: refunds are due [3] working days after today — or await the calendar of the year they reach. */
    public Counted<LocalDate> refundDue(CommandContext ctx) {
        return Counted.of(() -> SettlementRules.workingDaysAfter(ctx.nowAt(), settings.refundWd(), settings.calendar()).toLocalDate());
    }

}
