package cn.exchange.ejb.settlement;

import cn.exchange.core.calendar.ExchangeTime;
import cn.exchange.core.listing.Lot;
import cn.exchange.core.party.Party;
import cn.exchange.core.qualification.Application;
import cn.exchange.core.qualification.PaymentReference;
import cn.exchange.core.security.Permission;
import cn.exchange.core.security.Role;
import cn.exchange.core.settlement.Certificate;
import cn.exchange.core.settlement.Deal;
import cn.exchange.core.settlement.DefaultShortfall;
import cn.exchange.core.settlement.Disbursement;
import cn.exchange.core.settlement.FeeTable;
import cn.exchange.core.settlement.Ledger;
import cn.exchange.core.settlement.PaymentPlan;
import cn.exchange.core.shared.CapitalAmount;
import cn.exchange.core.shared.NotPermittedException;
import cn.exchange.ejb.identity.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.util.List;

/**
 * Who may read a deal and what they see (object-level checks on top of the role matrix): its buyer and its transferor
 * (their own deals only), staff and supervisors (every deal). A buyer sees the lot's refunds without the other
 * bidders' names and accounts.
 */
@ApplicationScoped
public class DealViews {

    @PersistenceContext(unitName = "exchange")
    EntityManager em;

    @Inject
    SettlementSettings settings;

    @Inject
    LedgerReader ledger;

    @Inject
    java.time.Clock clock;

    @Inject
    cn.exchange.core.listing.LotRepository lots;

    @Inject
    cn.exchange.core.party.PartyRepository parties;

    @Inject
    cn.exchange.core.qualification.ApplicationRepository applications;

    public void requireReader(Deal d, Caller c) {
        boolean own = c.partyId() != null && ((c.role() == Role.BIDDER && c.partyId() == d.getBuyerPartyId())
                || (c.role() == Role.AGENCY && c.partyId() == d.getSellerPartyId()));
        if (!own && !c.can(Permission.PROJECT_READ_ALL)) {
            throw new NotPermittedException("CONTRACT_READ_OWN");
        }
    }

    public DealView of(Deal d, Caller c) {
        Lot lot = lots.get(d.getLotId());
        Party buyer = parties.get(d.getBuyerPartyId());
        Party seller = parties.get(d.getSellerPartyId());
        Application app = applications.get(d.getBuyerApplicationId());
        BigDecimal unapplied = ledger.balance(Ledger.buyer(d.getId())).negate();
        BigDecimal outstanding = d.outstanding(unapplied);
        List<PaymentPlan.Due> schedule = d.schedule();
        var calendar = settings.calendar();
        Integer signAwaiting = d.getSignDeadline() == null ? calendar.awaitingYear(ExchangeTime.day(d.getDeterminedAt())) : null;
        Integer scheduleAwaiting = d.scheduleAwaitingCalendar() ? calendar.awaitingYear(ExchangeTime.day(d.getEffectiveAt())) : null;
        boolean staff = c.can(Permission.PROJECT_READ_ALL);
        List<DisbursementView> disbursements = em.createNamedQuery("Disbursement.ofLot", Disbursement.class)
                .setParameter("l", d.getLotId()).getResultList().stream().map(x -> DisbursementView.of(x, calendar))
                .map(v -> staff || mine(v, d, c) ? v : v.anonymous()).toList();
        List<Certificate> certs = em.createNamedQuery("Certificate.ofDeal", Certificate.class)
                .setParameter("d", d.getId()).getResultList();
        List<CertificateView> certificates = certs.stream().map(x -> CertificateView.of(x, x == certs.get(certs.size() - 1))).toList();
        return new DealView(d.getId(), d.getLotId(), lot.getProject().getNumber(), lot.getLotNo(), lot.getTitle(),
                d.getMethod() == FeeTable.Method.BIDDING ? "BIDDING" : "NEGOTIATED", d.getStatus().name(), buyer.getName(),
                buyer.publicIdentifier(), app.getBidderCode(), seller.getName(), lot.getAppraisedValue(), lot.getListingPrice(),
                d.getPrice(), CapitalAmount.of(d.getPrice()), d.getDeposit(), d.getBuyerFee(), d.getSellerFee(), d.getInterest(),
                d.amountDue(), d.getPriceReceived(), d.getBuyerFeePaid(), d.isSellerFeePaid(), outstanding, d.getDeterminedAt(),
                d.getSignDeadline(), signAwaiting, d.getContractKind() == null ? null : d.getContractKind().name(), d.getContractSha256(),
                d.getBuyerSignedAt(), d.getSellerSignedAt(), d.getSignedSha256(), d.getEffectiveAt(), d.plan().instalments(),
                d.plan().guarantee(), schedule, scheduleAwaiting, PaymentReference.ofDeal(d.getId()), settings.accountName(), settings.accountBank(),
                settings.accountNumber(), d.getDefaultReason(),
                d.defaultedBy() == null ? null : d.defaultedBy().name(), disbursements, certificates, d.isPaidOut(),
                relisting(d, lot, staff || c.role() == Role.AGENCY), c.can(Permission.CONTRACT_PREPARE) && d.mayPrepare(),
                maySign(d, c));
    }

    /** The side the caller signs for: the buyer's account for the buyer, the transferor's for the seller; else null. */
    static Deal.Party sideOf(Deal d, Caller c) {
        if (c.role() == Role.BIDDER && c.partyId() != null && c.partyId() == d.getBuyerPartyId()) {
            return Deal.Party.BUYER;
        }
        if (c.role() == Role.AGENCY && c.partyId() != null && c.partyId() == d.getSellerPartyId()) {
            return Deal.Party.SELLER;
        }
        return null;
    }

    private boolean maySign(Deal d, Caller c) {
        Deal.Party side = sideOf(d, c);
        return side != null && c.can(Permission.CONTRACT_SIGN) && d.maySign(side, java.time.OffsetDateTime.now(clock));
    }

    /**
     * Docs/rules.md §1.4: a forfeited deal's relisting and shortfall (its parties — the defaulter, the transferor — staff
     * and supervisors read it), or the forfeited deal a relisting's deal follows: the defaulter's liability only for
     * {@code seesLiability} (staff, supervisors, the transferor), never for the relisting's buyer.
     */
    private RelistingView relisting(Deal d, Lot lot, boolean seesLiability) {
        if (d.getStatus() == Deal.Status.FORFEITED) {
            Lot relisted = lots.relistedAfterDeal(d.getId()).orElse(null);
            if (relisted == null) {
                return null;
            }
            List<DefaultShortfall> s = em.createNamedQuery("DefaultShortfall.ofForfeitedDeal", DefaultShortfall.class)
                    .setParameter("d", d.getId()).getResultList();
            return view(relisted, d.getId(), s.isEmpty() ? null : s.get(0));
        }
        if (lot.getRelistedAfterDealId() == null) {
            return null;
        }
        List<DefaultShortfall> s = !seesLiability ? List.of() : em.createNamedQuery("DefaultShortfall.ofRelistingDeal", DefaultShortfall.class)
                .setParameter("d", d.getId()).getResultList();
        return view(lots.get(lot.getRelistedFromLotId()), lot.getRelistedAfterDealId(), s.isEmpty() ? null : s.get(0));
    }

    private static RelistingView view(Lot l, long forfeitedDealId, DefaultShortfall s) {
        return new RelistingView(l.getId(), l.getProject().getNumber() + "-" + l.getLotNo(), l.getStatus().name(), l.getListingPrice(),
                forfeitedDealId, s == null ? null : s.getRelistingDealId(), s == null ? null : s.getDefaultedPrice(),
                s == null ? null : s.getRelistingPrice(), s == null ? null : s.getShortfall(),
                s == null ? null : CapitalAmount.of(s.getShortfall()), s == null ? null : s.getAssessedAt());
    }

    private static boolean mine(DisbursementView v, Deal d, Caller c) {
        if (c.role() == Role.AGENCY) {
            return "PAYOUT".equals(v.kind());
        }
        return v.applicationId() != null ? v.applicationId() == d.getBuyerApplicationId() : "BUYER_REFUND".equals(v.kind());
    }
}
