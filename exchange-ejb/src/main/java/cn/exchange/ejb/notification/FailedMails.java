package cn.exchange.ejb.notification;

import cn.exchange.core.security.Permission;
import cn.exchange.ejb.identity.CallerResolver;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/** The addresses the exchange gave up mailing, newest first, for the administrator (who corrects accounts). */
@Stateless
public class FailedMails {

    @PersistenceContext(unitName = "exchange")
    EntityManager em;

    @Inject
    CallerResolver callers;

    @Inject
    MailSettings mail;

    public List<FailedMail> list() {
        callers.require(Permission.ACCOUNT_ADMIN);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select o.id, a.username, o.address, o.subject, o.attempts, o.last_error,"
                + " o.next_attempt_at from outbox o join account a on a.id = o.account_id where o.status = 'FAILED'"
                + " order by o.id desc limit 200").getResultList();
        return rows.stream().map(r -> new FailedMail(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3],
                ((Number) r[4]).intValue(), (String) r[5], Inbox.at(r[6]))).toList();
    }

    /** Whether the exchange sends mail at all (the page says so when it does not). */
    public boolean mailConfigured() {
        callers.require(Permission.ACCOUNT_ADMIN);
        return mail.configured();
    }
}
