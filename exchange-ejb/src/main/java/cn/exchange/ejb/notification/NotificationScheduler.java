package cn.exchange.ejb.notification;

import cn.exchange.ejb.platform.ScheduledJob;
import jakarta.annotation.PostConstruct;
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

import java.util.logging.Logger;

/**
 * Sends the outbox every five seconds on every server of a cluster; {@link OutboxWorker} takes each row with
 * {@code SKIP LOCKED}, so each mail goes once. Says at start whether the exchange sends mail at all.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator") // the outbox is created by the migration on a new installation
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // each mail is its own transaction
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class NotificationScheduler {

    private static final Logger LOG = Logger.getLogger(NotificationScheduler.class.getName());

    /** Mails one run sends at most; the rest wait five seconds. */
    static final int BATCH = 100;

    @EJB
    OutboxWorker worker;

    @Inject
    MailSettings mail;

    private final ScheduledJob send = new ScheduledJob("sending mail", LOG);

    @PostConstruct
    void announce() {
        LOG.info(mail::describe);
    }

    @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false)
    public void sendOutbox() {
        if (!mail.configured()) {
            return;
        }
        send.run(() -> {
            for (int i = 0; i < BATCH && worker.sendNext(); i++) {
                // one row per transaction
            }
        });
    }
}
