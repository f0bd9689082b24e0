package cn.exchange.ejb.auction;

import cn.exchange.core.calendar.ExchangeTime;
import cn.exchange.core.notification.NotificationKind;
import cn.exchange.core.notification.SessionReminder;
import cn.exchange.ejb.notification.Notifications;
import cn.exchange.ejb.notification.Notifications.About;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * What the auction tells its people (issue 23), each in the transaction of its event: the qualified bidders — every
 * active account of each bidder's party — that the session is scheduled (again when it is rescheduled: the key holds the
 * start) and, a day and 30 minutes before it, that it starts ({@link SessionReminder}); after the close, the winner that
 * it won, every other qualified bidder that it did not (never who won: rule 23 keeps identities from other bidders),
 * and the agency that listed the lot the result. Texts: {@link NotificationKind}.
 */
@Stateless
public class AuctionNotices {

    @EJB
    Notifications notifications;

    @PersistenceContext(unitName = "exchange")
    EntityManager em;

    /** The session of lot {@code lotId} was scheduled: each qualified bidder hears its start. In the scheduling's transaction. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void scheduled(Instant now, long lotId, String title) {
        em.flush();
        // the start as stored (the database's precision), so that the same start gives the same key again
        Instant start = ((Timestamp) em.createNativeQuery("select starts_at from auction where lot_id = ?1").setParameter(1, lotId)
                .getSingleResult()).toInstant();
        About about = new About(NotificationKind.SESSION_SCHEDULED, title, start, hall(lotId));
        for (long party : bidders(lotId)) {
            notifications.tellParty(now, party, SessionReminder.scheduledKey(lotId, start), about);
        }
    }

    /** Lots whose {@code reminder} may be due at {@code now}: not started, starting within its lead, not yet reminded for this start. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public List<Long> awaitingReminder(SessionReminder reminder, Instant now) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("select lot_id from auction where phase = 'NOT_STARTED' and not awaiting_rerun"
                        + " and starts_at > ?1 and starts_at <= ?2 and " + column(reminder) + " is distinct from starts_at"
                        + " order by starts_at limit 200")
                .setParameter(1, ExchangeTime.toOffset(now)).setParameter(2, ExchangeTime.toOffset(now.plus(reminder.lead())))
                .getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    /**
     * Sends the lot's {@code reminder} if it is due, once: the session's row is taken with {@code SKIP LOCKED} (another
     * server is at it) and marked with the start it was sent for, in the same transaction as the notifications; their
     * event keys hold even if two runs got past the mark.
     *
     * @return whether the reminder was sent now
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean remind(long lotId, SessionReminder reminder, Instant now) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select a.starts_at, a.scheduled_at, a." + column(reminder) + ", l.title"
                        + " from auction a join lot l on l.id = a.lot_id where a.lot_id = ?1 and a.phase = 'NOT_STARTED'"
                        + " and not a.awaiting_rerun and l.status = 'AUCTION_SCHEDULED' for update of a skip locked")
                .setParameter(1, lotId).getResultList();
        if (rows.isEmpty()) {
            return false;
        }
        Instant start = ((Timestamp) rows.get(0)[0]).toInstant();
        Timestamp scheduled = (Timestamp) rows.get(0)[1];
        Timestamp done = (Timestamp) rows.get(0)[2];
        if (done != null && done.toInstant().equals(start)
                || !reminder.due(scheduled == null ? null : scheduled.toInstant(), start, now)) {
            return false;
        }
        About about = new About(reminder.kind(), (String) rows.get(0)[3], start, hall(lotId));
        for (long party : bidders(lotId)) {
            notifications.tellParty(now, party, reminder.key(lotId, start), about);
        }
        em.createNativeQuery("update auction set " + column(reminder) + " = starts_at where lot_id = ?1").setParameter(1, lotId)
                .executeUpdate();
        return true;
    }

    /**
     * The session {@code session} of lot {@code lotId} closed with {@code winnerCode} at {@code price}: the winner's
     * party hears it won, the other qualified bidders that they did not, the agency the result. In the recording's
     * transaction.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void sold(Instant now, long lotId, int session, String title, String winnerCode, BigDecimal price, long agencyPartyId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select distinct bidder_party_id, bidder_code from application where lot_id = ?1"
                + " and bidder_code is not null order by bidder_party_id").setParameter(1, lotId).getResultList();
        String link = "/lot.xhtml?id=" + lotId;
        for (Object[] r : rows) {
            long party = ((Number) r[0]).longValue();
            if (winnerCode.equals(r[1])) {
                notifications.tellParty(now, party, "auction-won:" + lotId + ":" + session, new About(NotificationKind.AUCTION_WON, title, price, link));
            } else {
                notifications.tellParty(now, party, "auction-not-won:" + lotId + ":" + session,
                        new About(NotificationKind.AUCTION_NOT_WON, title, price, link));
            }
        }
        notifications.tellParty(now, agencyPartyId, "auction-result:" + lotId + ":" + session,
                new About(NotificationKind.AUCTION_RESULT, title, price, link));
    }

    /** The parties of the lot's qualified bidders (those with a bidder code, as the session's terms take them). */
    private List<Long> bidders(long lotId) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("select distinct bidder_party_id from application where lot_id = ?1"
                + " and bidder_code is not null order by bidder_party_id").setParameter(1, lotId).getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    private static String hall(long lotId) {
        return "/hall.xhtml?lot=" + lotId;
    }

    private static String column(SessionReminder reminder) {
        return reminder == SessionReminder.DAY ? "day_reminder_for" : "soon_reminder_for";
    }
}
