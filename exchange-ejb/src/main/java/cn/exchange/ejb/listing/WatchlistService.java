package cn.exchange.ejb.listing;

import cn.exchange.core.listing.ListingStatus;
import cn.exchange.core.security.Permission;
import cn.exchange.ejb.identity.Caller;
import cn.exchange.ejb.identity.CallerResolver;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A bidder's watchlist (关注): the lots it follows, and for everyone the number of followers of a lot.
 * Only public lots can be followed (a lot that is not public does not exist for the board); following twice is
 * following once, and so is leaving. A personal list, not a step of any transaction: it is not audited, and it never
 * says who follows.
 */
@Stateless
public class WatchlistService {

    /** How many lots one bidder may follow. */
    public static final int MAX_WATCHED = 500;

    @PersistenceContext(unitName = "exchange")
    EntityManager em;

    @Inject
    CallerResolver callers;

    @EJB
    BoardService board;

    @Inject
    Clock clock;

    /** The caller follows a public lot (again: nothing changes). */
    public void watch(long lotId) {
        Caller c = callers.require(Permission.WATCHLIST);
        board.lot(lotId);
        Number count = (Number) em.createNativeQuery("select count(*) from watch where account_id = ?1").setParameter(1, c.accountId())
                .getSingleResult();
        if (count.intValue() >= MAX_WATCHED) {
            throw new cn.exchange.core.shared.DomainException("lotId", "watch.tooMany", MAX_WATCHED);
        }
        em.createNativeQuery("insert into watch (account_id, lot_id, created_at) values (?1, ?2, ?3) on conflict do nothing")
                .setParameter(1, c.accountId()).setParameter(2, lotId).setParameter(3, OffsetDateTime.now(clock)).executeUpdate();
    }

    /** The caller no longer follows the lot (not following it: nothing changes). */
    public void unwatch(long lotId) {
        Caller c = callers.require(Permission.WATCHLIST);
        em.createNativeQuery("delete from watch where account_id = ?1 and lot_id = ?2").setParameter(1, c.accountId())
                .setParameter(2, lotId).executeUpdate();
    }

    /** Whether the caller follows the lot; false for anyone who may not follow lots. */
    public boolean watching(long lotId) {
        Caller c = callers.current();
        if (!c.can(Permission.WATCHLIST) || c.accountId() == null) {
            return false;
        }
        return !em.createNativeQuery("select 1 from watch where account_id = ?1 and lot_id = ?2").setParameter(1, c.accountId())
                .setParameter(2, lotId).getResultList().isEmpty();
    }

    /** How many follow a public lot (a count, never who); a lot that is not public does not exist here either. */
    public long followers(long lotId) {
        board.lot(lotId);
        return ((Number) em.createNativeQuery("select count(*) from watch where lot_id = ?1").setParameter(1, lotId).getSingleResult())
                .longValue();
    }

    /** The caller's watchlist, lots ending soonest first; a lot no longer public drops out. */
    public List<WatchRow> mine() {
        Caller c = callers.require(Permission.WATCHLIST);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select l.id, p.number, l.lot_no, l.title, l.status, l.listing_price, l.ends_at, w.created_at"
                + " from watch w join lot l on l.id = w.lot_id join project p on p.id = l.project_id"
                + " where w.account_id = ?1 and l.status in " + BoardService.PUBLIC_SQL
                + " order by case l.status when 'PUBLISHED' then 0 else 1 end, l.ends_at, l.id").setParameter(1, c.accountId())
                .setMaxResults(MAX_WATCHED).getResultList();
        List<WatchRow> out = new ArrayList<>();
        for (Object[] r : rows) {
            out.add(new WatchRow(((Number) r[0]).longValue(), (String) r[1], ((Number) r[2]).intValue(), (String) r[3],
                    ListingStatus.valueOf((String) r[4]), (BigDecimal) r[5], BoardService.offset(r[6]), BoardService.offset(r[7])));
        }
        return out;
    }
}
