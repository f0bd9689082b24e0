package cn.exchange.ejb.settlement;

import cn.exchange.core.calendar.Counted;
import cn.exchange.core.listing.ListingStatus;
import cn.exchange.core.listing.Lot;
import cn.exchange.core.listing.Notice;
import cn.exchange.core.party.Party;
import cn.exchange.core.qualification.Application;
import cn.exchange.core.security.Permission;
import cn.exchange.core.security.Role;
import cn.exchange.core.settlement.ContractTemplate;
import cn.exchange.core.settlement.Deal;
import cn.exchange.core.settlement.FeeTable;
import cn.exchange.core.settlement.PaymentPlan;
import cn.exchange.core.settlement.SettlementRules;
import cn.exchange.core.shared.ConflictException;
import cn.exchange.core.shared.NotFoundException;
import cn.exchange.core.shared.NotPermittedException;
import cn.exchange.ejb.calendar.DeadlineKind;
import cn.exchange.ejb.calendar.PendingDeadlines;
import cn.exchange.ejb.identity.Caller;
import cn.exchange.ejb.identity.CallerResolver;
import cn.exchange.ejb.command.CommandContext;
import cn.exchange.ejb.command.CommandExecutor;
import cn.exchange.ejb.documents.ContractPdf;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The deal after the buyer is determined (docs/rules.md §1.6; rules 18, 26–30): opened once per sold lot with the result
 * notice, the winner's deposit converted and the other deposits' refunds instructed; the contract prepared from its
 * template (by default at once, lump sum; staff may re-prepare it with instalments before anyone signs), signed by
 * each side with its own account, and effective when both have signed.
 */
@Stateless
public class DealService {

    @EJB
    cn.exchange.ejb.notification.Notifications notifications;

    @EJB
    CommandExecutor executor;
    @EJB
    LedgerBook ledger;
    @EJB
    MoneyService money;
    @Inject
    CallerResolver callers;
    @Inject
    SettlementSettings settings;
    @Inject
    DealViews views;
    @Inject
    PendingDeadlines pending;
    @EJB
    DefaultRelistings relistings;
    @EJB
    cn.exchange.ejb.documents.ExchangeSeal seal;
    @jakarta.inject.Inject
    cn.exchange.core.settlement.DealRepository dealRepo;
    @jakarta.inject.Inject
    cn.exchange.core.listing.LotRepository lots;
    @jakarta.inject.Inject
    cn.exchange.core.party.PartyRepository parties;

    @PersistenceContext(unitName = "exchange")
    EntityManager em;

    /** Sold lots without a deal yet (the scheduler's catch-up, after a crash too). */
    public List<Long> lotsAwaitingDeal() {
        return em.createNamedQuery("Lot.idsWithoutDeal", Long.class)
                .setParameter("s", List.of(ListingStatus.AUCTION_SOLD, ListingStatus.NEGOTIATED_DEAL))
                .setMaxResults(100).getResultList();
    }

    /**
     * Opens the deal of a sold lot, once (the lot's lock and the unique lot id make a second call a no-op): fees from
     * the configured table, the signing deadline (rule 26), the result notice (rule 30), the winner's deposit
     * converted, every other paid deposit's refund instructed, the default contract prepared.
     */
    @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.REQUIRES_NEW)
    public Long openDeal(long lotId) {
        return executor.executeAsSystem(ctx -> open(ctx, lotId));
    }

    /** {@link #openDeal} inside a running command (the scheduler's, or the demo data's). */
    public Long open(CommandContext ctx, long lotId) {
        if (!cn.exchange.ejb.platform.RowLocks.tryLockLot(em, lotId)) {
            ctx.nothingToRecord();   // another server is opening it
            return null;
        }
        Lot lot = lots.findForUpdate(lotId).orElse(null);
        boolean exists = !em.createNamedQuery("Deal.idOfLot").setParameter("l", lotId).getResultList().isEmpty();
        if (lot == null || exists || (lot.getStatus() != ListingStatus.AUCTION_SOLD && lot.getStatus() != ListingStatus.NEGOTIATED_DEAL)) {
            ctx.nothingToRecord();
            return null;
        }
        boolean auction = lot.getStatus() == ListingStatus.AUCTION_SOLD;
        Application winner = winner(lot, auction);
        FeeTable fees = settings.feeTable();
        Counted<java.time.OffsetDateTime> signBy = Counted.of(() ->
                SettlementRules.workingDaysAfter(ctx.nowAt(), settings.signingWd(), settings.calendar()));
        Counted<java.time.OffsetDateTime> noticeEnds = Counted.of(() -> SettlementRules.resultNoticeEnds(ctx.nowAt(), settings.calendar(),
                settings.listingSettings()));
        // the deposit that converts is the one the settlement account holds for the winner's application
        BigDecimal held = ledger.balance(cn.exchange.core.settlement.Ledger.deposit(winner.getId())).negate();
        Deal deal = Deal.ofSale(lot, winner, held, fees, ctx.nowAt(), signBy.value());
        BigDecimal price = deal.getPrice();
        em.persist(deal);
        em.flush();
        pending.register(ctx, DeadlineKind.DEAL_SIGNING, deal.getId(), signBy);
        if (deal.getDeposit().signum() > 0) {
            ledger.post(ctx, deal.convertDeposit(), new LedgerBook.Refs(lotId, deal.getId(), winner.getId(), null));
        }
        money.refundDeposits(ctx, lot, winner.getId());
        Party buyer = parties.get(deal.getBuyerPartyId());
        Notice n = Notice.dealResult(lot, ctx.nowAt(), noticeEnds.value(), SettlementRules.resultNotice(lot, deal, buyer.publicName()));
        em.persist(n);
        em.flush();
        pending.register(ctx, DeadlineKind.RESULT_NOTICE, n.getId(), noticeEnds);
        prepare(ctx, deal, lot, ContractTemplate.Kind.forCategory(lot.getProject().getCategory()), PaymentPlan.lumpSum(price));
        relistings.assess(ctx, lot, deal);   // §1.4: a relisting after a default prices the defaulter's shortfall
        ctx.record("Deal", deal.getId(), "deal.opened", "lot " + lotId + " to party " + deal.getBuyerPartyId() + " at "
                + price.toPlainString() + "; fees buyer " + deal.getBuyerFee() + " seller " + deal.getSellerFee()
                + " (" + fees.name() + "); sign by " + (signBy.awaiting() ? "(awaiting the " + signBy.awaitingYear() + " calendar)"
                : deal.getSignDeadline()));
        notifications.contractReady(ctx.now(), deal.getId(), deal.getBuyerPartyId(), deal.getSellerPartyId(), lot.getTitle(),
                signBy.awaiting() ? "—" : cn.exchange.core.calendar.ExchangeTime.day(deal.getSignDeadline()).toString());
        return deal.getId();
    }

    /** Staff prepare the contract again — another kind, or instalments (rule 28) — before anyone has signed. */
    public DealView prepareContract(long dealId, ContractTemplate.Kind kind, PaymentPlan plan) {
        return executor.execute(Permission.CONTRACT_PREPARE, ctx -> {
            Deal deal = dealRepo.getForUpdate(dealId);
            Lot lot = lots.get(deal.getLotId());
            PaymentPlan p = plan.instalments() > 0 && plan.loanRatePct() == null
                    ? new PaymentPlan(plan.instalments(), plan.downPayment(), plan.lastDueOn(), settings.loanRatePct(), plan.guarantee()) : plan;
            prepare(ctx, deal, lot, kind == null ? deal.getContractKind() : kind, p);
            ctx.record("Deal", dealId, "contract.prepared", (kind == null ? deal.getContractKind() : kind) + ", "
                    + (p.instalments() == 0 ? "lump sum" : p.instalments() + " instalments after " + p.downPayment() + " down, guarantee "
                    + p.guarantee()) + ", sha256 " + deal.getContractSha256());
            return views.of(deal, callers.current());
        });
    }

    /** Prepares the contract inside a running command (the demo data's instalment deal). */
    public void prepare(CommandContext ctx, Deal deal, Lot lot, ContractTemplate.Kind kind, PaymentPlan plan) {
        LocalDate latestFirstDue = latestFirstDue(deal);
        PaymentPlan valid = plan.validate(deal.getPrice(), lot.getProject().getCategory().transactionType(), ctx.today(),
                latestFirstDue);
        byte[] pdf = ContractText.render(settings, deal, lot, parties.get(deal.getSellerPartyId()),
                parties.get(deal.getBuyerPartyId()), kind, valid, List.of());
        String sha = Documents.sha256(pdf);
        deal.prepareContract(kind, valid, lot.getProject().getCategory().transactionType(), sha, ctx.today(), latestFirstDue);
        Documents.store(em, deal.getId(), "CONTRACT", null, pdf, ctx.nowAt());
    }

    /** Rule 28: the latest the down payment can fall due (the contract effective at its signing deadline); null while not countable. */
    private LocalDate latestFirstDue(Deal deal) {
        if (deal.getSignDeadline() == null) {
            return null;
        }
        try {
            return SettlementRules.latestFirstPaymentDue(deal.getSignDeadline(), settings.calendar());
        } catch (cn.exchange.core.calendar.YearNotEntered e) {
            return null;   // PaymentPlan checks the lower bound now, and the schedule the real date once it is counted
        }
    }

    /**
     * Rule 26: the caller confirms the contract for its side — the buyer's account for the buyer, the transferor's for
     * the transferor — naming the hash of the text it was shown. The second signature makes the contract effective:
     * the signed original is rendered with both confirmations and its hash recorded, and the payment schedule starts.
     */
    public DealView sign(long dealId, String shownSha256) {
        return executor.execute(Permission.CONTRACT_SIGN, ctx -> {
            Deal deal = dealRepo.getForUpdate(dealId);
            Caller c = ctx.caller();
            sign(ctx, deal, sideOf(deal, c), c, shownSha256);
            return views.of(deal, c);
        });
    }

    /** One side's signature by {@code signer} inside a running command; the second makes the contract effective. */
    public void sign(CommandContext ctx, Deal deal, Deal.Party side, Caller signer, String shownSha256) {
        boolean effective = deal.sign(side, shownSha256 == null ? "" : shownSha256.trim().toLowerCase(java.util.Locale.ROOT),
                ctx.nowAt());
        em.createNativeQuery("insert into contract_signature (deal_id, side, account_id, username, signed_at, client_ip, pdf_sha256)"
                        + " values (?1, ?2, ?3, ?4, ?5, ?6, ?7)").setParameter(1, deal.getId()).setParameter(2, side.name())
                .setParameter(3, signer.accountId()).setParameter(4, signer.username()).setParameter(5, ctx.nowAt())
                .setParameter(6, signer.ip()).setParameter(7, deal.getContractSha256()).executeUpdate();
        ctx.record("Deal", deal.getId(), "contract.signed", side + " signed as " + signer.username() + " from " + signer.ip()
                + ", text sha256 " + deal.getContractSha256());
        if (effective) {
            takeEffect(ctx, deal);
        }
    }

    private void takeEffect(CommandContext ctx, Deal deal) {
        Lot lot = lots.get(deal.getLotId());
        Party seller = parties.get(deal.getSellerPartyId());
        Party buyer = parties.get(deal.getBuyerPartyId());
        List<ContractPdf.Signature> sigs = new ArrayList<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select side, username, signed_at, client_ip, pdf_sha256 from contract_signature"
                + " where deal_id = ?1 order by signed_at").setParameter(1, deal.getId()).getResultList();
        for (Object[] r : rows) {
            boolean isBuyer = "BUYER".equals(r[0]);
            sigs.add(new ContractPdf.Signature(isBuyer ? "受让方（乙方）" : "转让方（甲方）", isBuyer ? buyer.getName() : seller.getName(),
                    (String) r[1], ContractText.minute(((java.sql.Timestamp) r[2]).toInstant().atOffset(java.time.ZoneOffset.ofHours(8))),
                    r[3] == null ? "—" : (String) r[3], (String) r[4]));
        }
        // the signed original carries the exchange's seal (README "Electronic seal"); the review text does not
        byte[] signed = seal.seal(ContractText.render(settings, deal, lot, seller, buyer, deal.getContractKind(), deal.plan(), sigs),
                "产权交易合同 " + ContractText.number(settings, lot));
        String sha = Documents.sha256(signed);
        Documents.store(em, deal.getId(), "SIGNED_CONTRACT", null, signed, ctx.nowAt());
        Counted<java.time.LocalDate> firstDue = Counted.of(() -> ContractText.firstDue(ctx.nowAt(), settings.calendar()));
        deal.takeEffect(sha, ctx.nowAt(), firstDue.value());
        applyBuyersMoney(ctx, deal);
        ctx.record("Deal", deal.getId(), "contract.effective", "signed original sha256 " + sha + "; first payment due "
                + (firstDue.awaiting() ? "(awaiting the " + firstDue.awaitingYear() + " calendar)" : deal.getFirstDueOn())
                + "; interest " + deal.getInterest());
        pending.register(ctx, DeadlineKind.FIRST_PAYMENT, deal.getId(), firstDue);
    }

    /** The buyer's money not applied yet goes to the price, interest and fees (rule 27), as far as the deal allows. */
    public void applyBuyersMoney(CommandContext ctx, Deal deal) {
        ledger.postAll(ctx, deal.apply(ledger.balance(cn.exchange.core.settlement.Ledger.buyer(deal.getId())).negate()),
                LedgerBook.Refs.deal(deal.getLotId(), deal.getId()));
    }

    /** One deal, for its buyer, its transferor, staff and supervisors. */
    public DealView view(long dealId) {
        Caller c = callers.current();
        Deal deal = dealRepo.get(dealId);
        views.requireReader(deal, c);
        return views.of(deal, c);
    }

    /** The deals of the lot, if any (the lot page's link). */
    public Long dealOfLot(long lotId) {
        List<Long> ids = em.createNamedQuery("Deal.idOfLot", Long.class).setParameter("l", lotId).getResultList();
        return ids.isEmpty() ? null : ids.get(0);
    }

    /** The caller's own deals: a bidder's purchases, an agency's sales. */
    public List<DealView> mine() {
        Caller c = callers.require(Permission.CONTRACT_READ_OWN);
        String field = c.role() == Role.AGENCY ? "sale.sellerPartyId" : "sale.buyerPartyId";
        return em.createQuery("select d from Deal d where d." + field + " = :p order by d.id desc", Deal.class)
                .setParameter("p", c.partyId()).getResultList().stream().map(d -> views.of(d, c)).toList();
    }

    /** Every deal, newest first (staff and supervisors); optionally one status. */
    public List<DealView> all(Deal.Status status) {
        Caller c = callers.require(Permission.PROJECT_READ_ALL);
        return em.createNamedQuery("Deal.inStatus", Deal.class)
                .setParameter("s", status).setMaxResults(500).getResultList().stream().map(d -> views.of(d, c)).toList();
    }

    /** The contract as prepared (CONTRACT) or as signed (SIGNED_CONTRACT), for those who may read the deal. */
    public byte[] document(long dealId, String kind) {
        Deal deal = dealRepo.get(dealId);
        views.requireReader(deal, callers.current());
        return Documents.latest(em, dealId, kind).orElseThrow(() -> new NotFoundException("Document", dealId + "/" + kind));
    }

    private Application winner(Lot lot, boolean auction) {
        List<Application> apps = auction
                ? em.createNamedQuery("Application.ofLotWithBidderCode", Application.class)
                .setParameter("l", lot.getId()).setParameter("c", lot.getOutcome().auctionWinnerCode()).getResultList()
                : em.createNamedQuery("Application.ofLotInStatus", Application.class)
                .setParameter("l", lot.getId()).setParameter("s", Application.Status.QUALIFIED).getResultList();
        if (apps.size() != 1) {
            throw new ConflictException("deal.noSingleWinner", lot.getId());
        }
        return apps.get(0);
    }

    private Deal.Party sideOf(Deal deal, Caller c) {
        Deal.Party side = DealViews.sideOf(deal, c);
        if (side == null) {
            throw new NotPermittedException("CONTRACT_SIGN");
        }
        return side;
    }


}
