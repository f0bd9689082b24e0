package cn.exchange.ejb.notification;

import cn.exchange.core.calendar.ExchangeTime;
import cn.exchange.core.security.Permission;
import cn.exchange.core.shared.NotFoundException;
import cn.exchange.ejb.identity.Caller;
import cn.exchange.ejb.identity.CallerResolver;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A person's inbox (站内信): every notification sent to the signed-in account, newest first, and its unread count.
 * Each sees only their own: every query is bound to the caller's account, and another's notification does not exist
 * here. Reading is personal, like the watchlist: not audited.
 */
@Stateless
public class Inbox {

    /** The newest notifications an inbox lists. */
    public static final int LIMIT = 200;

    @PersistenceContext(unitName = "exchange")
    EntityManager em;

    @Inject
    CallerResolver callers;

    @Inject
    Clock clock;

    public List<InboxRow> mine() {
        Caller c = callers.require(Permission.OWN_ACCOUNT);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, kind, subject, body, link, created_at, read_at from notification"
                + " where account_id = ?1 order by created_at desc, id desc limit " + LIMIT).setParameter(1, c.accountId()).getResultList();
        return rows.stream().map(r -> new InboxRow(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3],
                (String) r[4], at(r[5]), r[6] != null)).toList();
    }

    /** The caller's unread notifications; 0 for anyone not signed in. */
    public long unread() {
        Caller c = callers.current();
        if (c.accountId() == null || !c.can(Permission.OWN_ACCOUNT)) {
            return 0;
        }
        return ((Number) em.createNativeQuery("select count(*) from notification where account_id = ?1 and read_at is null")
                .setParameter(1, c.accountId()).getSingleResult()).longValue();
    }

    /** Marks one of the caller's notifications read (again: nothing changes); another's is not found. */
    public void markRead(long id) {
        Caller c = callers.require(Permission.OWN_ACCOUNT);
        int n = em.createNativeQuery("update notification set read_at = coalesce(read_at, ?3) where id = ?1 and account_id = ?2")
                .setParameter(1, id).setParameter(2, c.accountId()).setParameter(3, ExchangeTime.toOffset(clock.instant())).executeUpdate();
        if (n == 0) {
            throw new NotFoundException("Notification", id);
        }
    }

    /** Marks all the caller's notifications read; returns how many were unread. */
    public int markAllRead() {
        Caller c = callers.require(Permission.OWN_ACCOUNT);
        return em.createNativeQuery("update notification set read_at = ?2 where account_id = ?1 and read_at is null")
                .setParameter(1, c.accountId()).setParameter(2, ExchangeTime.toOffset(clock.instant())).executeUpdate();
    }

    static OffsetDateTime at(Object v) {
        if (v instanceof OffsetDateTime o) {
            return o;
        }
        if (v instanceof java.sql.Timestamp t) {
            return ExchangeTime.toOffset(t.toInstant());
        }
        return v == null ? null : OffsetDateTime.parse(v.toString());
    }
}
