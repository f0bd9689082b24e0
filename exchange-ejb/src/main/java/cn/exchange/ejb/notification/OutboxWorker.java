package cn.exchange.ejb.notification;

import cn.exchange.core.calendar.ExchangeTime;
import cn.exchange.core.notification.Backoff;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Sends the outbox's due mails, one row per transaction: the row is taken with {@code FOR UPDATE SKIP LOCKED}, handed to
 * SMTP and marked sent, or put back with the {@link Backoff} wait, or given up (after {@link Backoff#MAX_ATTEMPTS} or
 * a permanent refusal). The lock is held while the mail is sent, so no other server takes it meanwhile. A server that
 * dies after SMTP took the mail and before the commit leaves the row pending: that mail goes twice (at-least-once is
 * the most SMTP allows); every other case is once.
 */
@Stateless
public class OutboxWorker {

    private static final Logger LOG = Logger.getLogger(OutboxWorker.class.getName());

    @PersistenceContext(unitName = "exchange")
    EntityManager em;

    @Inject
    Mailer mailer;

    @Inject
    Clock clock;

    /** Sends the next due mail, if any; returns whether there was one. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean sendNext() {
        OffsetDateTime now = ExchangeTime.toOffset(clock.instant());
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(OutboxSql.CLAIM).setParameter(1, now).getResultList();
        if (rows.isEmpty()) {
            return false;
        }
        Object[] r = rows.get(0);
        long id = ((Number) r[0]).longValue();
        String address = (String) r[1];
        int attempts = ((Number) r[4]).intValue() + 1;
        try {
            mailer.send(address, (String) r[2], (String) r[3]);
            em.createNativeQuery(OutboxSql.SENT).setParameter(1, ExchangeTime.toOffset(clock.instant())).setParameter(2, id).executeUpdate();
        } catch (MailFailure f) {
            Optional<Duration> wait = f.permanent() ? Optional.empty() : Backoff.after(attempts);
            String error = f.getMessage() == null ? "" : f.getMessage().length() > 500 ? f.getMessage().substring(0, 500) : f.getMessage();
            if (wait.isPresent()) {
                em.createNativeQuery(OutboxSql.RETRY).setParameter(1, now.plus(wait.get())).setParameter(2, error)
                        .setParameter(3, id).executeUpdate();
                LOG.info(() -> "mail " + id + " not sent (attempt " + attempts + "), tried again in " + wait.get() + ": " + error);
            } else {
                em.createNativeQuery(OutboxSql.FAILED).setParameter(1, now).setParameter(2, error).setParameter(3, id).executeUpdate();
                LOG.warning(() -> "mail " + id + " to " + address + " given up after " + attempts + " attempt(s): " + error);
            }
        }
        return true;
    }
}
