package cn.exchange.ejb.settlement;

import cn.exchange.core.listing.Lot;
import cn.exchange.core.listing.Relisting;
import cn.exchange.core.listing.Notice;
import cn.exchange.core.listing.PriceApproval;
import cn.exchange.core.security.Permission;
import cn.exchange.core.settlement.Deal;
import cn.exchange.core.settlement.DefaultShortfall;
import cn.exchange.core.shared.ConflictException;
import cn.exchange.core.shared.DomainException;
import cn.exchange.ejb.command.CommandContext;
import cn.exchange.ejb.command.CommandExecutor;
import cn.exchange.ejb.listing.LotView;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.util.List;

/**
 * After a buyer's default (docs/rules.md §1.4, rules 7, 8, 33): the lot of a forfeited deal is relisted — as the
 * project's next lot ({@link Relisting#afterDefault}), so that the sold lot keeps its applications, session and deal
 * for the record — with the defaulter barred from it; when the relisting's deal opens, the defaulter's liability for a
 * lower price is assessed ({@link DefaultShortfall}) and recorded, and both deals show it.
 */
@Stateless
public class DefaultRelistings {

    @EJB
    CommandExecutor executor;
    @Inject
    SettlementSettings settings;
    @jakarta.inject.Inject
    cn.exchange.core.settlement.DealRepository dealRepo;

    @jakarta.inject.Inject
    cn.exchange.core.listing.LotRepository lots;

    @jakarta.inject.Inject
    cn.exchange.core.listing.ProjectRepository projects;

    @PersistenceContext(unitName = "exchange")
    EntityManager em;

    /**
     * Staff relist the lot of the forfeited deal {@code dealId} at {@code price} (below 90 % of the valuation with
     * {@code priceApprovalId}, an approval attached to the sold lot); once per deal. The bars of the sold lot (the
     * defaulter, and bidders whose deposits were forfeited for false documents or collusion) carry over, and so do the
     * lot's documents and pictures and its confirmed priority right holders.
     */
    public LotView relist(long dealId, BigDecimal price, boolean onlyPriceChanged, Long priceApprovalId) {
        return executor.execute(Permission.LISTING_CHANGE, ctx -> {
            Deal deal = dealRepo.getForUpdate(dealId);
            if (deal.getStatus() != Deal.Status.FORFEITED) {
                throw new ConflictException("settlement.relistOnlyForfeited", deal.getStatus().name());
            }
            Lot earlier = lots.relistedAfterDeal(dealId).orElse(null);
            if (earlier != null) {
                throw new ConflictException("settlement.alreadyRelisted", earlier.getProject().getNumber() + "-" + earlier.getLotNo());
            }
            Lot sold = lots.getForUpdate(deal.getLotId());
            // the relisting takes the project's next lot number: one addition to a project at a time (as ListingService#addLots)
            projects.getForUpdate(sold.getProject().getId());
            PriceApproval approval = null;
            if (priceApprovalId != null) {
                approval = em.find(PriceApproval.class, priceApprovalId, LockModeType.PESSIMISTIC_WRITE);
                if (approval == null || approval.getLotId() != sold.getId()) {
                    throw new DomainException("priceApprovalId", "priceApproval.notFound");
                }
            }
            Relisting.Relisted r = Relisting.afterDefault(sold, dealId, price, onlyPriceChanged, approval, ctx.nowAt(),
                    settings.calendar(), settings.listingSettings());
            Lot lot = r.lot();
            em.persist(lot);
            em.flush();
            Notice notice = r.notice();
            em.persist(notice);
            carryOver(sold.getId(), lot.getId(), ctx);
            ctx.record("Lot", lot.getId(), "listing.relistedAfterDefault", lot.getProject().getNumber() + "-" + lot.getLotNo()
                    + " relists " + sold.getProject().getNumber() + "-" + sold.getLotNo() + " after deal " + dealId + " was forfeited: "
                    + notice.getBody() + "; the defaulter (party " + deal.getBuyerPartyId() + ") is barred; status " + lot.getStatus());
            return LotView.of(lot);
        });
    }

    /** The bars, documents and confirmed priority right holders of the sold lot go to its relisting. */
    private void carryOver(long from, long to, CommandContext ctx) {
        em.createNativeQuery("insert into relisting_bar (lot_id, party_id, deal_id, reason, created_at, created_by)"
                        + " select ?1, party_id, deal_id, reason, created_at, created_by from relisting_bar where lot_id = ?2")
                .setParameter(1, to).setParameter(2, from).executeUpdate();
        em.createNativeQuery("insert into lot_document (lot_id, name, content_type, photo, size_bytes, sha256, content, uploaded_at,"
                        + " uploaded_by) select ?1, name, content_type, photo, size_bytes, sha256, content, uploaded_at, uploaded_by"
                        + " from lot_document where lot_id = ?2 order by id").setParameter(1, to).setParameter(2, from).executeUpdate();
        em.createNativeQuery("insert into priority_holder (lot_id, name, identifier, holder_rank, basis_ref, named_at, named_by,"
                        + " confirmed_at, confirmed_by) select ?1, name, identifier, holder_rank, basis_ref, named_at, named_by, confirmed_at,"
                        + " confirmed_by from priority_holder where lot_id = ?2 and confirmed_at is not null order by id")
                .setParameter(1, to).setParameter(2, from).executeUpdate();
    }

    /**
     * Docs/rules.md §1.4: {@code relisting} has just opened on a lot relisted after a forfeited deal — the defaulter's
     * liability for a lower price is assessed, once, and recorded in the forfeited deal's trail.
     */
    public void assess(CommandContext ctx, Lot lot, Deal relisting) {
        if (lot.getRelistedAfterDealId() == null) {
            return;
        }
        Deal forfeited = dealRepo.getForUpdate(lot.getRelistedAfterDealId());
        if (!shortfallOf(forfeited.getId()).isEmpty()) {
            return;
        }
        DefaultShortfall s = DefaultShortfall.assess(forfeited, relisting, ctx.nowAt());
        em.persist(s);
        ctx.record("Deal", forfeited.getId(), "deal.shortfallAssessed", "relisting deal " + relisting.getId() + " at "
                + s.getRelistingPrice().toPlainString() + " against the defaulted " + s.getDefaultedPrice().toPlainString()
                + (s.owed() ? ": the defaulter (party " + s.getDefaulterPartyId() + ") owes the transferor the shortfall "
                + s.getShortfall().toPlainString() : ": no shortfall, nothing owed"));
    }

    List<DefaultShortfall> shortfallOf(long forfeitedDealId) {
        return em.createNamedQuery("DefaultShortfall.ofForfeitedDeal", DefaultShortfall.class)
                .setParameter("d", forfeitedDealId).getResultList();
    }
}
