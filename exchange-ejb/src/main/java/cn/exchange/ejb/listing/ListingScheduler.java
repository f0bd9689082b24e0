package cn.exchange.ejb.listing;

import cn.exchange.ejb.platform.ScheduledJob;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;

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
@jakarta.ejb.ConcurrencyManagement(jakarta.ejb.ConcurrencyManagementType.BEAN)
public class ListingScheduler {

    private static final Logger LOG = Logger.getLogger(ListingScheduler.class.getName());

    @EJB
    ListingSweeps listings;

    @jakarta.inject.Inject
    ListingSettingsProducer rules;

    /** A misconfigured {@code exchange.code} stops the start, named, rather than every project registration. */
    @jakarta.annotation.PostConstruct
    void checkConfiguration() {
        rules.exchangeCode();
    }

    /** Rule 12, once an hour: lots twelve months without a buyer are locked. */
    private final ScheduledJob lockStale = new ScheduledJob("locking stale listings", LOG);
    private final ScheduledJob expire = new ScheduledJob("ending announcements", LOG);

    @Schedule(hour = "*", minute = "17", persistent = false)
    public void lockStaleListings() {
        lockStale.run(listings::lockStale);
    }

    @Schedule(hour = "*", minute = "*", second = "*/10", persistent = false)
    public void expireAnnouncements() {
        expire.run(() -> {
            int n;
            do {
                n = listings.expireDue();
                if (n > 0) {
                    final int ended = n;
                    LOG.info(() -> "announcement period ended for " + ended + " lot(s)");
                }
            } while (n == 200);
        });
    }
}
