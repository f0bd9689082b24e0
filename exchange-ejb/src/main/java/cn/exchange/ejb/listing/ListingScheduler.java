package cn.exchange.ejb.listing;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Ends announcements whose period has passed, every minute. Every instance of a cluster runs this timer; the work is
 * still done once per lot, because {@link ListingService#expireDue()} takes each lot with {@code FOR UPDATE SKIP
 * LOCKED} and re-checks its status in the same transaction.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator") // its timers query tables that the migration creates on a new installation
// no transaction around a run: each batch is its own transaction
@jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.NOT_SUPPORTED)
public class ListingScheduler {

    private static final Logger LOG = Logger.getLogger(ListingScheduler.class.getName());

    @EJB
    ListingSweeps listings;

    /** Rule 12, once an hour: lots twelve months without a buyer are locked. */
    @Schedule(hour = "*", minute = "17", persistent = false)
    @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.NOT_SUPPORTED)
    public void lockStaleListings() {
        try {
            listings.lockStale();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "locking stale listings failed; the next run retries", e);
        }
    }

    /** Every 10 seconds: an announcement ends at its 17:00 within seconds, on the board and for the deposit deadline. */
    @Schedule(hour = "*", minute = "*", second = "*/10", persistent = false)
    @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.NOT_SUPPORTED)
    public void expireAnnouncements() {
        try {
            int n;
            do {
                n = listings.expireDue();
                if (n > 0) {
                    final int ended = n;
                    LOG.info(() -> "announcement period ended for " + ended + " lot(s)");
                }
            } while (n == 200);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "ending announcements failed; the next run retries", e);
        }
    }
}
