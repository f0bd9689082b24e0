package cn.exchange.ejb.auction;

import cn.exchange.core.listing.ListingStatus;
import cn.exchange.core.listing.Lot;
import cn.exchange.core.listing.Notice;
import cn.exchange.core.security.Permission;
import cn.exchange.core.shared.DomainException;
import cn.exchange.ejb.command.CommandExecutor;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * Staff schedule the competitive sessions of lots whose qualification sent them to an auction (rule 17): one lot, or
 * every waiting lot of a project as a batch session (专场). Each scheduling publishes its notice, opens the session
 * ({@link AuctionService#open}) and tells the lot's qualified bidders its start ({@link AuctionNotices#scheduled}) in the
 * same transaction.
 */
@Stateless
public class SessionScheduler {

    @EJB
    CommandExecutor executor;

    @EJB
    AuctionService auctions;

    /** Each qualified bidder hears the start, in the scheduling's transaction (issue 23). */
    @EJB
    AuctionNotices notices;

    @jakarta.inject.Inject
    cn.exchange.core.listing.LotRepository lots;

    @PersistenceContext(unitName = "exchange")
    EntityManager em;

    /** Rule 17: staff set the competitive session's start (rule 22's default periods). */
    public Map<String, Object> scheduleAuction(long lotId, OffsetDateTime startsAt) {
        return scheduleAuction(lotId, startsAt, null, null);
    }

    /** Rule 17: staff set the competitive session's start and, where the lot needs them, its own periods. */
    public Map<String, Object> scheduleAuction(long lotId, OffsetDateTime startsAt, java.time.Duration free, java.time.Duration limited) {
        return executor.execute(Permission.AUCTION_SCHEDULE, ctx -> {
            Lot lot = lots.getForUpdate(lotId);
            Notice n = lot.scheduleAuction(startsAt, ctx.nowAt());
            auctions.open(lot, startsAt, free, limited);
            notices.scheduled(ctx.now(), lot.getId(), lot.getTitle());
            em.persist(n);
            ctx.record("Lot", lot.getId(), "listing.auction_scheduled", n.getBody());
            return Map.<String, Object>of("lotId", lotId, "status", lot.getStatus().name(), "startsAt", lot.getOutcome().auctionStartsAt().toString());
        });
    }

    /**
     * A batch session (专场, rule 17): every lot of the project that awaits its auction is scheduled in lot order, the
     * first at {@code startsAt} and each next one {@code stagger} later (e.g. 600 vehicles a minute apart), with the
     * same periods. All or nothing.
     */
    public Map<String, Object> scheduleSession(long projectId, OffsetDateTime startsAt, java.time.Duration stagger,
                                               java.time.Duration free, java.time.Duration limited) {
        return executor.execute(Permission.AUCTION_SCHEDULE, ctx -> {
            java.time.Duration step = stagger == null ? java.time.Duration.ZERO : stagger;
            if (step.isNegative() || step.toHours() > 24) {
                throw new DomainException("staggerSeconds", "auction.stagger");
            }
            List<Lot> lots = em.createNamedQuery("Lot.ofProjectInStatus", Lot.class)
                    .setParameter("p", projectId).setParameter("s", ListingStatus.AUCTION_SCHEDULED)
                    .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
            if (lots.isEmpty()) {
                throw new DomainException("projectId", "auction.nothingToSchedule");
            }
            OffsetDateTime at = startsAt;
            for (Lot lot : lots) {
                Notice n = lot.scheduleAuction(at, ctx.nowAt());
                auctions.open(lot, at, free, limited);
                notices.scheduled(ctx.now(), lot.getId(), lot.getTitle());
                em.persist(n);
                ctx.record("Lot", lot.getId(), "listing.auction_scheduled", n.getBody());
                at = at.plus(step);
            }
            return Map.<String, Object>of("projectId", projectId, "lots", lots.size(), "firstStartsAt", startsAt.toString(),
                    "lastStartsAt", at.minus(step).toString());
        });
    }

}
