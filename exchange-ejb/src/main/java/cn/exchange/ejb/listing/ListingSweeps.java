package cn.exchange.ejb.listing;

import cn.exchange.core.listing.ListingStatus;
import cn.exchange.core.listing.Lot;
import cn.exchange.ejb.command.CommandExecutor;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/**
 * What time does to listings, run by {@link ListingScheduler} on every instance: announcements whose period has passed
 * end (rule 9), and lots without a buyer for twelve months lock until revalued (rule 12). Each lot is taken with
 * {@code FOR UPDATE SKIP LOCKED} and re-checked, so in a cluster each happens once.
 */
@Stateless
public class ListingSweeps {

    @EJB
    CommandExecutor executor;

    @jakarta.inject.Inject
    cn.exchange.core.listing.LotRepository lots;

    @PersistenceContext(unitName = "exchange")
    EntityManager em;

    /**
     * Ends every announcement whose period has passed (rule 9). Each lot is locked with SKIP LOCKED and re-checked, so
     * with several instances running this at once each lot ends exactly once.
     *
     * @return the number of lots ended
     */
    public int expireDue() {
        return executor.executeAsSystem(ctx -> {
            @SuppressWarnings("unchecked")
            List<Number> ids = em.createNativeQuery("select id from lot where status = 'PUBLISHED' and ends_at <= ?1"
                    + " order by ends_at limit 200 for update skip locked").setParameter(1, ctx.nowAt()).getResultList();
            int n = 0;
            for (Number id : ids) {
                Lot lot = lots.get(id.longValue());
                em.refresh(lot);
                if (lot.getStatus() == ListingStatus.PUBLISHED && !lot.getEndsAt().isAfter(ctx.nowAt())) {
                    int applicants = (int) applicantCount(lot.getId());
                    LotNotices.store(em, ctx, lot, lot.expire(ctx.nowAt(), applicants));
                    // the public notice states no count (rule 23); the trail, which staff and supervisors read, does
                    ctx.record("Lot", lot.getId(), "listing.applicants", applicants + " 个意向受让方提交申请 / applicant(s)");
                    n++;
                }
            }
            if (n == 0) {
                ctx.nothingToRecord();
            }
            return n;
        });
    }

    /**
     * Rule 12: a lot still without a buyer twelve months after its first formal disclosure — ended, terminated or after
     * a failed auction ({@link ListingStatus#WITHOUT_BUYER}) — is locked until a new audit and valuation are attached
     * ({@link LotChanges#revalue}). Taken with SKIP LOCKED, so each lot is locked once in a cluster.
     */
    public int lockStale() {
        return executor.executeAsSystem(ctx -> {
            @SuppressWarnings("unchecked")
            // the states are the aggregate's (ended, terminated, failed auction): each awaits a relisting refused now
            String states = ListingStatus.WITHOUT_BUYER.stream().map(s -> "'" + s.name() + "'").sorted()
                    .collect(java.util.stream.Collectors.joining(", "));
            List<Number> ids = em.createNativeQuery("select id from lot where status in (" + states + ")"
                    + " and first_published_on < ?1 order by id limit 200 for update skip locked")
                    .setParameter(1, ctx.today().minusMonths(12)).getResultList();
            int n = 0;
            for (Number id : ids) {
                Lot lot = lots.get(id.longValue());
                em.refresh(lot);
                if (lot.lockableAt(ctx.nowAt())) {
                    LotNotices.store(em, ctx, lot, lot.lock(ctx.nowAt()));
                    n++;
                }
            }
            if (n == 0) {
                ctx.nothingToRecord();
            }
            return n;
        });
    }

    /** Rule 9: the lot's applicants who have not withdrawn (an announcement without any ends by itself). */
    private long applicantCount(long lotId) {
        return em.createNamedQuery("Application.countNotWithdrawnOfLot", Long.class)
                .setParameter("l", lotId).getSingleResult();
    }
}
