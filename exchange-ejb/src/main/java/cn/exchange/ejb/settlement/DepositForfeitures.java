package cn.exchange.ejb.settlement;

import cn.exchange.core.listing.Lot;
import cn.exchange.core.party.Party;
import cn.exchange.core.qualification.Application;
import cn.exchange.core.security.Permission;
import cn.exchange.core.settlement.DepositForfeiture;
import cn.exchange.core.settlement.Disbursement;
import cn.exchange.core.settlement.Ledger;
import cn.exchange.core.shared.ConflictException;
import cn.exchange.core.shared.DomainException;
import cn.exchange.ejb.command.CommandExecutor;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Staff decisions on a bidder's deposit outside a contract default (docs/rules.md §1.4; the rules are
 * {@link DepositForfeiture}'s): forfeit it on a ground the announcement states, with a reason; or release a deposit that
 * was held for that decision (refund); and pay a lot's forfeited deposits to its transferor. Each decision is audited.
 */
@Stateless
public class DepositForfeitures {

    /** A decision as staff and supervisors read it. */
    public record DecisionView(long applicationId, long lotId, String ground, String reason, BigDecimal amount, String decidedBy,
                               OffsetDateTime decidedAt) {
    }

    @EJB
    CommandExecutor executor;
    @EJB
    LedgerBook ledger;
    @EJB
    MoneyService money;
    @Inject
    SettlementSettings settings;
    @Inject
    cn.exchange.ejb.identity.CallerResolver callers;
    @jakarta.inject.Inject
    cn.exchange.core.qualification.ApplicationRepository applications;

    @jakarta.inject.Inject
    cn.exchange.core.listing.LotRepository lots;

    @jakarta.inject.Inject
    cn.exchange.core.party.PartyRepository parties;

    @PersistenceContext(unitName = "exchange")
    EntityManager em;

    /** Forfeits application {@code applicationId}'s deposit on {@code ground}, for {@code reason}. */
    public DecisionView forfeit(long applicationId, DepositForfeiture.Ground ground, String reason) {
        return executor.execute(Permission.FORFEITURE_DECIDE, ctx -> {
            Application a = applications.getForUpdate(applicationId);
            Lot lot = lots.get(a.getLotId());
            if (decided(applicationId)) {
                throw new ConflictException("forfeiture.alreadyDecided");
            }
            BigDecimal held = ledger.balance(Ledger.deposit(applicationId)).negate();
            DepositForfeiture.check(ground, reason, new DepositForfeiture.Facts(a.getStatus(), held, lot.getStatus(),
                    lot.getProject().isNoBidForfeits(), validBids(em, lot.getId(), a), buyer(applicationId)));
            ledger.post(ctx, DepositForfeiture.posting(applicationId, lot.getId(), held, ground),
                    new LedgerBook.Refs(lot.getId(), null, applicationId, null));
            em.createNativeQuery("insert into deposit_forfeiture (application_id, lot_id, ground, reason, amount, decided_by, decided_at)"
                            + " values (?1, ?2, ?3, ?4, ?5, ?6, ?7)").setParameter(1, applicationId).setParameter(2, lot.getId())
                    .setParameter(3, ground.name()).setParameter(4, reason.strip()).setParameter(5, held)
                    .setParameter(6, ctx.caller().username()).setParameter(7, ctx.nowAt()).executeUpdate();
            // like a defaulting buyer (rule 33), the bidder is barred from the lot's relisting
            em.createNativeQuery("insert into relisting_bar (lot_id, party_id, deal_id, reason, created_at, created_by)"
                            + " values (?1, ?2, null, ?3, ?4, ?5) on conflict do nothing").setParameter(1, lot.getId())
                    .setParameter(2, a.getBidderPartyId()).setParameter(3, ground + ": " + reason.strip()).setParameter(4, ctx.nowAt())
                    .setParameter(5, ctx.caller().username()).executeUpdate();
            ctx.record("Application", applicationId, "deposit.forfeited", ground + ": " + reason.strip() + "; deposit "
                    + held.toPlainString() + " held for the transferor of lot " + lot.getId() + "; bidder barred from the relisting");
            return new DecisionView(applicationId, lot.getId(), ground.name(), reason.strip(), held, ctx.caller().username(), ctx.nowAt());
        });
    }

    /** Releases a deposit held for a no-bid decision: staff decide not to forfeit it, and it is refunded as any other. */
    public int release(long applicationId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new DomainException("reason", "common.required");
        }
        if (reason.strip().length() > DepositForfeiture.REASON_MAX) {
            throw new DomainException("reason", "common.tooLong", DepositForfeiture.REASON_MAX);
        }
        return executor.execute(Permission.FORFEITURE_DECIDE, ctx -> {
            Application a = applications.getForUpdate(applicationId);
            Lot lot = lots.get(a.getLotId());
            if (decided(applicationId) || buyer(applicationId) || !heldForDecision(em, lot, a)
                    || ledger.balance(Ledger.deposit(applicationId)).signum() >= 0) {
                throw new ConflictException("settlement.nothingToRefund");
            }
            money.refundOne(ctx, lot, a, money.refundDue(ctx));
            ctx.record("Application", applicationId, "deposit.released", reason.strip());
            return 1;
        });
    }

    /** Pays the forfeited deposits a lot holds to its transferor, to the account it named in writing. */
    public DisbursementView payToTransferor(long lotId, String payeeAccount) {
        if (payeeAccount == null || !payeeAccount.replace(" ", "").matches("\\d{8,32}")) {
            throw new DomainException("payeeAccount", "settlement.accountNumber");
        }
        return executor.execute(Permission.SETTLEMENT_BOOK, ctx -> {
            Lot lot = lots.getForUpdate(lotId);
            BigDecimal owed = ledger.balance(Ledger.forfeited(lotId)).negate();
            if (owed.signum() <= 0) {
                throw new ConflictException("forfeiture.nothingToPay");
            }
            Party seller = parties.get(lot.getProject().getAgencyPartyId());
            Disbursement d = new Disbursement(Disbursement.Kind.FORFEIT_PAYOUT, null, null, lotId, seller.getName(),
                    payeeAccount.replace(" ", ""), owed, ctx.today(), ctx.nowAt());
            em.persist(d);
            em.flush();
            ledger.post(ctx, d.instructed(), new LedgerBook.Refs(lotId, null, null, null));
            ctx.record("Disbursement", d.getId(), "payout.instructed", "forfeited deposits " + owed.toPlainString() + " of lot " + lotId
                    + " to " + seller.getName() + " account " + d.getPayeeAccount());
            return DisbursementView.of(d, settings.calendar());
        });
    }

    /** The decisions on a lot's deposits (staff, supervisors). */
    public List<DecisionView> decisions(long lotId) {
        callers.require(Permission.LEDGER_READ);
        return rows(lotId);
    }

    @SuppressWarnings("unchecked")
    private List<DecisionView> rows(long lotId) {
        List<Object[]> rows = em.createNativeQuery("select application_id, lot_id, ground, reason, amount, decided_by, decided_at"
                + " from deposit_forfeiture where lot_id = ?1 order by id").setParameter(1, lotId).getResultList();
        return rows.stream().map(r -> new DecisionView(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), (String) r[2],
                (String) r[3], (BigDecimal) r[4], (String) r[5], toOffset(r[6]))).toList();
    }

    private static OffsetDateTime toOffset(Object o) {
        if (o instanceof OffsetDateTime t) {
            return t;
        }
        if (o instanceof java.sql.Timestamp t) {
            return cn.exchange.core.calendar.ExchangeTime.toOffset(t.toInstant());
        }
        return o instanceof java.time.Instant i ? cn.exchange.core.calendar.ExchangeTime.toOffset(i) : null;
    }

    /** Whether {@code a}'s deposit waits for a no-bid decision rather than an automatic refund ({@link DepositForfeiture}). */
    static boolean heldForDecision(EntityManager em, Lot lot, Application a) {
        return DepositForfeiture.heldForDecision(lot.getProject().isNoBidForfeits(), a.getStatus(), lot.getStatus(),
                lot.getProject().isNoBidForfeits() ? validBids(em, lot.getId(), a) : 0);
    }

    /** The bidder's accepted bids in the lot's session (the bid log is the record). */
    static int validBids(EntityManager em, long lotId, Application a) {
        if (a.getBidderCode() == null) {
            return 0;
        }
        // the session that gave the result (rule 25: a bid in an annulled session does not count)
        return ((Number) em.createNativeQuery("select count(*) from bid_log where lot_id = ?1 and kind = 'BID' and result = 'ACCEPTED'"
                + " and bidder_code = ?2 and session_no = (select session_no from auction where lot_id = ?1)").setParameter(1, lotId).setParameter(2, a.getBidderCode()).getSingleResult()).intValue();
    }

    private boolean buyer(long applicationId) {
        return !em.createNativeQuery("select 1 from deal where buyer_application_id = ?1").setParameter(1, applicationId)
                .getResultList().isEmpty();
    }

    private boolean decided(long applicationId) {
        return !em.createNativeQuery("select 1 from deposit_forfeiture where application_id = ?1").setParameter(1, applicationId)
                .getResultList().isEmpty();
    }

}
