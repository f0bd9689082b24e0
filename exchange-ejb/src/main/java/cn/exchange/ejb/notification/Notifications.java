package cn.exchange.ejb.notification;

import cn.exchange.core.notification.NotificationKind;
import cn.exchange.core.calendar.ExchangeTime;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The one way a service tells a person something (issue 23): one call, in the transaction of the event, writes the
 * notification to the recipient's inbox and, when the exchange sends mail and the account has an address, an outbox row
 * that {@link OutboxWorker} sends after commit. A rolled-back event leaves neither; the unique keys (event, recipient,
 * channel) make a second write of the same event a no-op, so nobody is told twice.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class Notifications {

    @PersistenceContext(unitName = "exchange")
    EntityManager em;

    @Inject
    MailSettings mail;

    /**
     * What a notification is about: its kind, the object's name, a detail (text, or a moment or an amount that each
     * language shows its own way: {@link NotificationKind#render}), and the page it links to (a path).
     */
    public record About(NotificationKind kind, String objectName, Object detail, String linkPath) {
    }

    /** Both sides of a deal: its contract is ready to sign, by {@code signBy} (a day, or "—" while the calendar is awaited). */
    public void contractReady(Instant now, long dealId, long buyerPartyId, long sellerPartyId, String title, String signBy) {
        About ready = new About(NotificationKind.CONTRACT_READY, title, signBy, "/deal.xhtml?id=" + dealId);
        tellParty(now, buyerPartyId, "contract-ready:" + dealId, ready);
        tellParty(now, sellerPartyId, "contract-ready:" + dealId, ready);
    }

    /** Tells every active account of a party (an agency's or a bidder's people). */
    public void tellParty(Instant now, long partyId, String eventKey, About about) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("select id from account where party_id = ?1 and status = 'ACTIVE' order by id")
                .setParameter(1, partyId).getResultList();
        for (Number id : ids) {
            tell(now, id.longValue(), eventKey, about);
        }
    }

    /** Tells one account: its inbox, and its e-mail address if it has one and mail is configured. */
    public void tell(Instant now, long accountId, String eventKey, About about) {
        String link = about.linkPath() == null ? null : mail.link(about.linkPath());
        NotificationKind.Text text = about.kind().render(about.objectName(), about.detail(), link);
        OffsetDateTime at = ExchangeTime.toOffset(now);
        em.createNativeQuery("insert into notification (account_id, event_key, kind, subject, body, link, created_at)"
                        + " values (?1, ?2, ?3, ?4, ?5, ?6, ?7) on conflict (event_key, account_id) do nothing")
                .setParameter(1, accountId).setParameter(2, eventKey).setParameter(3, about.kind().name())
                .setParameter(4, clip(text.subject(), 300)).setParameter(5, text.body()).setParameter(6, link)
                .setParameter(7, at).executeUpdate();
        mailTo(now, accountId, eventKey, text);
    }

    /**
     * Mails one account without an inbox row (the reset link: it must not sit in a page, and the person cannot sign
     * in to read it anyway). Nothing when mail is not configured or the account has no address.
     *
     * @return whether a mail was queued
     */
    public boolean mailTo(Instant now, long accountId, String eventKey, NotificationKind.Text text) {
        if (!mail.configured()) {
            return false;
        }
        @SuppressWarnings("unchecked")
        List<String> address = em.createNativeQuery("select email from account where id = ?1 and email is not null and email <> ''")
                .setParameter(1, accountId).getResultList();
        if (address.isEmpty()) {
            return false;
        }
        OffsetDateTime at = ExchangeTime.toOffset(now);
        em.createNativeQuery("insert into outbox (event_key, account_id, channel, address, subject, body, next_attempt_at, created_at)"
                        + " values (?1, ?2, 'EMAIL', ?3, ?4, ?5, ?6, ?6) on conflict (event_key, account_id, channel) do nothing")
                .setParameter(1, eventKey).setParameter(2, accountId).setParameter(3, address.get(0).strip())
                .setParameter(4, clip(text.subject(), 300)).setParameter(5, text.body()).setParameter(6, at).executeUpdate();
        return true;
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
