package cn.exchange.ejb.listing;

import cn.exchange.core.listing.ListingStatus;
import cn.exchange.core.listing.Lot;
import cn.exchange.core.listing.Notice;
import cn.exchange.core.security.Permission;
import cn.exchange.core.shared.DomainException;
import cn.exchange.core.shared.NotFoundException;
import cn.exchange.ejb.command.CommandContext;
import cn.exchange.ejb.command.CommandExecutor;
import cn.exchange.ejb.identity.CallerResolver;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;

/**
 * Staff's changes to a published lot (rules 7–12, 34), each by {@link Permission#LISTING_CHANGE} in one audited
 * transaction with its public notice: an amendment, an extension, a suspension and resumption, termination, a
 * relisting (with the approving body's consent below 90 % of the valuation, attached here), a court lot's re-auction
 * and 变卖, and a stale lot's new valuation. The agency's side — registering and publishing — is {@link ListingService}'s.
 */
@Stateless
public class LotChanges {

    @EJB
    CommandExecutor executor;

    @Inject
    CallerResolver callers;

    @Inject
    ListingSettingsProducer rules;

    @Inject
    cn.exchange.core.listing.LotRepository lots;

    @PersistenceContext(unitName = "exchange")
    EntityManager em;

    public LotView amend(long lotId, String text) {
        return change(lotId, (lot, ctx) -> lot.amend(text, ctx.nowAt(), rules.calendar(), rules.settings()));
    }

    public LotView extend(long lotId, int workingDays) {
        return change(lotId, (lot, ctx) -> lot.extend(workingDays, ctx.nowAt(), rules.calendar(), rules.settings()));
    }

    /**
     * Rules 7, 8: relisting at a new price. Below 90 % of the valuation only with {@code priceApprovalId}, an approval
     * of this lot's relisting price attached with {@link #attachPriceApproval} and not used by an earlier round.
     */
    public LotView relist(long lotId, BigDecimal price, boolean onlyPriceChanged, Long priceApprovalId) {
        return change(lotId, (lot, ctx) -> {
            cn.exchange.core.listing.PriceApproval approval = null;
            if (priceApprovalId != null) {
                approval = em.find(cn.exchange.core.listing.PriceApproval.class, priceApprovalId, LockModeType.PESSIMISTIC_WRITE);
                if (approval == null || approval.getLotId() != lotId) {
                    throw new DomainException("priceApprovalId", "priceApproval.notFound");
                }
            }
            return lot.relist(price, onlyPriceChanged, approval, ctx.nowAt(), rules.calendar(), rules.settings());
        });
    }

    /**
     * Rule 34 (SPC 2016 Art. 26): a court lot whose auction failed is auctioned once more, within 30 days, at a start
     * price cut by at most 20 % (a new deposit optional, within 5–20 % of it); 7 / 15 calendar days' notice.
     */
    public LotView reauction(long lotId, BigDecimal price, BigDecimal deposit) {
        return change(lotId, (lot, ctx) -> lot.reauction(price, deposit, ctx.nowAt(), rules.calendar(), rules.settings()));
    }

    /** Rule 34 (SPC 2016 Art. 26): after the re-auction failed too, the court lot is offered by 变卖 for 60 days. */
    public LotView sellOff(long lotId) {
        return change(lotId, (lot, ctx) -> lot.sellOff(ctx.nowAt(), rules.calendar(), rules.settings()));
    }

    /**
     * Rule 7: staff attach the approving body's consent to a relisting price below 90 % of the valuation — issuer,
     * number, date, the lowest price it allows and the file (PDF, JPEG, PNG; checked on the bytes, SHA-256 kept and
     * audited). Only for a lot that may be relisted; not public.
     */
    public PriceApprovalView attachPriceApproval(long lotId, String issuer, String number, java.time.LocalDate approvedOn,
                                                 BigDecimal approvedPrice, String filename, byte[] content) {
        cn.exchange.core.listing.DocumentRules.Checked checked = cn.exchange.core.listing.DocumentRules.check(filename, content);
        String sha = cn.exchange.core.audit.AuditChain.sha256Hex(content);
        return executor.execute(Permission.LISTING_CHANGE, ctx -> {
            Lot lot = lots.getForUpdate(lotId);
            // rule 7: a lot that may be relisted — between rounds without a buyer, or sold with its deal forfeited
            if (!ListingStatus.WITHOUT_BUYER.contains(lot.getStatus()) && !awaitsRelistingAfterDefault(lotId)) {
                throw new DomainException(null, "listing.wrongStatus", lot.getStatus().name());
            }
            var a = cn.exchange.core.listing.PriceApproval.of(lotId, issuer, number, approvedOn, approvedPrice, checked, content, sha,
                    ctx.today(), ctx.nowAt(), ctx.caller().username());
            em.persist(a);
            em.flush();
            ctx.record("Lot", lotId, "priceApproval.attached", lot.getProject().getNumber() + "-" + lot.getLotNo() + ": "
                    + a.getIssuer() + " " + a.getNumber() + "（" + a.getApprovedOn() + "），同意以不低于 " + a.getFloorPrice().toPlainString()
                    + " 元挂牌；" + checked.name() + "，sha256 " + sha);
            return PriceApprovalView.of(a);
        });
    }

    /** Docs/rules.md §1.4: a sold lot whose deal was forfeited and which is not relisted yet. */
    private boolean awaitsRelistingAfterDefault(long lotId) {
        return !em.createNativeQuery("select 1 from deal d where d.lot_id = ?1 and d.status = 'FORFEITED'"
                + " and not exists (select 1 from lot r where r.relisted_after_deal_id = d.id)").setParameter(1, lotId).getResultList().isEmpty();
    }

    /** Rule 7: a lot's relisting-price approvals, newest first (staff, supervisors). */
    public java.util.List<PriceApprovalView> priceApprovals(long lotId) {
        callers.require(Permission.PROJECT_READ_ALL);
        return em.createNamedQuery("PriceApproval.ofLot", cn.exchange.core.listing.PriceApproval.class)
                .setParameter("l", lotId).getResultList().stream().map(PriceApprovalView::of).toList();
    }

    /** Rule 7: the file of a relisting-price approval (staff, supervisors). */
    public cn.exchange.core.listing.PriceApproval priceApprovalFile(long lotId, long approvalId) {
        callers.require(Permission.PROJECT_READ_ALL);
        var a = em.find(cn.exchange.core.listing.PriceApproval.class, approvalId);
        if (a == null || a.getLotId() != lotId) {
            throw new NotFoundException("PriceApproval", approvalId);
        }
        a.getContent();
        return a;
    }

    /**
     * Rule 12: staff attach a locked lot's new audit and valuation — appraiser, base date (within a year), value — and
     * its new listing price (≥ the valuation, rule 6); the lot returns to "submitted", to be published as a new first
     * listing whose twelve months count afresh. Audited; the announcement that follows is the public notice.
     */
    public LotView revalue(long lotId, String appraiser, java.time.LocalDate baseDate, BigDecimal value, BigDecimal listingPrice) {
        return executor.execute(Permission.LISTING_CHANGE, ctx -> {
            Lot lot = lots.getForUpdate(lotId);
            BigDecimal before = lot.getAppraisedValue();
            lot.revalue(appraiser, baseDate, value, listingPrice, ctx.nowAt());
            em.flush();
            ctx.record("Lot", lotId, "listing.revalued", lot.getProject().getNumber() + "-" + lot.getLotNo() + ": 重新评估 "
                    + lot.getAppraiser() + "（基准日 " + lot.getValuationBaseDate() + "），评估值 " + before.toPlainString() + " → "
                    + lot.getAppraisedValue().toPlainString() + " 元，挂牌价 " + lot.getListingPrice().toPlainString() + " 元");
            return LotView.of(lot);
        });
    }

    public LotView suspend(long lotId, String reason) {
        return change(lotId, (lot, ctx) -> lot.suspend(reason, ctx.nowAt(), rules.calendar()));
    }

    public LotView resume(long lotId) {
        return change(lotId, (lot, ctx) -> lot.resume(ctx.nowAt(), rules.calendar(), rules.settings()));
    }

    public LotView terminate(long lotId, String reason) {
        return change(lotId, (lot, ctx) -> lot.terminate(reason, ctx.nowAt()));
    }

    /** A transition of one lot by staff holding {@link Permission#LISTING_CHANGE}. */
    private LotView change(long lotId, Transition t) {
        return executor.execute(Permission.LISTING_CHANGE, ctx -> {
            Lot lot = lots.getForUpdate(lotId);
            LotNotices.store(em, ctx, lot, t.apply(lot, ctx));
            return LotView.of(lot);
        });
    }

    interface Transition {
        Notice apply(Lot lot, CommandContext ctx);
    }
}
