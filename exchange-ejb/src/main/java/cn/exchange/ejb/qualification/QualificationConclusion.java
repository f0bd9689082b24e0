package cn.exchange.ejb.qualification;

import cn.exchange.core.listing.ListingStatus;
import cn.exchange.core.listing.Lot;
import cn.exchange.core.listing.Notice;
import cn.exchange.core.qualification.Application;
import cn.exchange.core.qualification.BidderCodes;
import cn.exchange.core.security.Permission;
import cn.exchange.core.shared.DomainException;
import cn.exchange.ejb.command.CommandExecutor;
import cn.exchange.core.notification.NotificationKind;
import cn.exchange.ejb.notification.Notifications.About;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The end of qualification (rules 16–19): who qualified, their bidder codes, and the lot's path by their number — and,
 * with one qualified bidder, the negotiated transfer at no less than the listing price (rule 18). The applications
 * themselves are {@link QualificationService}'s.
 */
@Stateless
public class QualificationConclusion {

    @EJB
    cn.exchange.ejb.notification.Notifications notifications;

    private static final SecureRandom RANDOM = new SecureRandom();

    @EJB
    CommandExecutor executor;

    @jakarta.inject.Inject
    cn.exchange.core.listing.LotRepository lots;

    @PersistenceContext(unitName = "exchange")
    EntityManager em;

    /** What concluding gave: how many qualified, the lot's path ({@code SaleOutcome#path}) and its status. */
    public record Conclusion(long lotId, int qualified, String path, String status) {
    }

    /** The negotiated transfer recorded: the lot's status and the price. */
    public record NegotiatedDeal(long lotId, String status, BigDecimal price) {
    }

    /**
     * Concludes qualification of a lot whose announcement has ended: an application qualifies with its deposit in time
     * and the opinion as agreed (or as ruled); qualified bidders get their bidder codes; the lot takes its path.
     */
    public Conclusion conclude(long lotId) {
        return executor.execute(Permission.QUALIFICATION_CONCLUDE, ctx -> {
            Lot lot = lots.getForUpdate(lotId);
            if (lot.getStatus() == ListingStatus.PUBLISHED) {
                throw new DomainException(null, "application.announcementRunning");
            }
            List<Application> apps = em.createNamedQuery("Application.ofLot", Application.class)
                    .setParameter("l", lotId).getResultList();
            long open = apps.stream().filter(a -> a.getStatus() == Application.Status.SUBMITTED)
                    .filter(a -> a.getDepositPaidAt() != null && !a.reviewComplete(ctx.nowAt())).count();
            if (open > 0) {
                throw new DomainException(null, "application.reviewIncomplete", open);
            }
            Set<String> taken = new HashSet<>();
            int qualified = 0;
            for (Application a : apps) {
                if (a.getStatus() != Application.Status.SUBMITTED) {
                    continue;
                }
                boolean q = a.qualifies();
                String code = q ? BidderCodes.draw(RANDOM, taken) : null;
                if (code != null) {
                    taken.add(code);
                    qualified++;
                }
                a.conclude(q, code);
                ctx.record("Application", a.getId(), "application.concluded", q ? "qualified, bidder code assigned" : "not qualified"
                        + (a.getDepositPaidAt() == null ? " (no deposit by the deadline)" : ""));
                notifications.tellParty(ctx.now(), a.getBidderPartyId(), "application-concluded:" + a.getId(), q
                        ? new About(NotificationKind.APPLICATION_QUALIFIED, lot.getTitle(), code, "/bidder/applications.xhtml")
                        : new About(NotificationKind.APPLICATION_NOT_QUALIFIED, lot.getTitle(), a.getDepositPaidAt() == null
                                ? "保证金未按时交纳 / The deposit was not paid by the deadline." : "", "/bidder/applications.xhtml"));
            }
            Notice n = lot.concludeQualification(qualified, ctx.nowAt());
            em.persist(n);
            ctx.record("Lot", lot.getId(), "listing.qualification_concluded", n.getBody() + "（合格意向受让方 " + qualified
                    + " 个，" + lot.getOutcome().path() + " / " + qualified + " qualified）");
            return new Conclusion(lotId, qualified, lot.getOutcome().path(), lot.getStatus().name());
        });
    }

    /** Rule 18: the one qualified bidder's negotiated transfer, at no less than the listing price. */
    public NegotiatedDeal recordNegotiatedDeal(long lotId, BigDecimal price) {
        return executor.execute(Permission.NEGOTIATED_DEAL_RECORD, ctx -> {
            Lot lot = lots.getForUpdate(lotId);
            Notice n = lot.recordNegotiatedDeal(price, ctx.nowAt());
            em.persist(n);
            ctx.record("Lot", lot.getId(), "listing.negotiated_deal", n.getBody());
            return new NegotiatedDeal(lotId, lot.getStatus().name(), lot.getOutcome().negotiatedPrice());
        });
    }

}
