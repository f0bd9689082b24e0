package cn.exchange.ejb.auction;

import cn.exchange.core.notification.SessionReminder;
import cn.exchange.ejb.platform.ScheduledJob;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Every 10 seconds, on every server of a cluster: the sessions whose day's or 30 minutes' reminder has come
 * ({@link SessionReminder}) get it, each lot in its own transaction ({@link AuctionNotices#remind}). A lot is reminded
 * once for a start: its row is taken with {@code SKIP LOCKED} and marked in the same transaction, and the notifications'
 * event keys hold the lot and the start. The time is the exchange's clock.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator") // the auction's reminder columns come with the migration on a new installation
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // each lot is its own transaction
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class SessionReminders {

    private static final Logger LOG = Logger.getLogger(SessionReminders.class.getName());

    @EJB
    AuctionNotices notices;

    @Inject
    Clock clock;

    private final ScheduledJob reminding = new ScheduledJob("session reminders", LOG);

    @Schedule(hour = "*", minute = "*", second = "*/10", persistent = false)
    public void remind() {
        reminding.run(() -> {
            for (SessionReminder r : SessionReminder.values()) {
                Instant now = clock.instant();
                for (long lotId : notices.awaitingReminder(r, now)) {
                    if (notices.remind(lotId, r, clock.instant())) {
                        LOG.info(() -> r + " reminder sent for lot " + lotId);
                    }
                }
            }
        });
    }
}
