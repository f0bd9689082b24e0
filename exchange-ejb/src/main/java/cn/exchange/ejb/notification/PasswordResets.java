package cn.exchange.ejb.notification;

import cn.exchange.core.calendar.ExchangeTime;
import cn.exchange.core.notification.NotificationKind;
import cn.exchange.core.notification.ResetTokens;
import cn.exchange.core.party.Account;
import cn.exchange.core.party.AccountRepository;
import cn.exchange.core.party.AccountRules;
import cn.exchange.core.party.PasswordHasher;
import cn.exchange.core.security.RateLimits;
import cn.exchange.core.shared.DomainException;
import cn.exchange.core.shared.FieldProblem;
import cn.exchange.ejb.command.CommandExecutor;
import cn.exchange.ejb.identity.AccountCache;
import cn.exchange.ejb.identity.RequestOrigin;
import cn.exchange.ejb.platform.RateLimiter;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * 忘记密码 by e-mail, the self-service path beside the staff-assisted one: a person names a user name or an e-mail
 * address; every active account it names that has an address is mailed a one-time link ({@link ResetTokens}: only the
 * hash is stored, 30 minutes, once, not after any password change). The answer is the same whether or not anything
 * was found, so the form tells nobody which names and addresses exist.
 */
@Stateless
public class PasswordResets {

    private static final SecureRandom RANDOM = new SecureRandom();
    private final PasswordHasher hasher = new PasswordHasher();

    @PersistenceContext(unitName = "exchange")
    EntityManager em;

    @EJB
    CommandExecutor executor;

    @EJB
    Notifications notifications;

    @Inject
    AccountRepository accounts;

    @Inject
    AccountCache cache;

    @Inject
    RateLimiter rateLimiter;

    @Inject
    RequestOrigin origin;

    @Inject
    MailSettings mail;

    /** Mails a link to each active account {@code login} names (a user name or an e-mail address); says nothing back. */
    public void request(String login) {
        rateLimiter.check(RateLimits.PASSWORD_RESET_PER_ADDRESS, origin.ip(), origin.ip());
        if (login == null || login.isBlank()) {
            throw new DomainException("login", "reset.loginRequired");
        }
        String name = login.strip();
        executor.executePublic(ctx -> {
            Set<Long> ids = new LinkedHashSet<>();
            accounts.findByUsername(name).filter(Account::isActive).ifPresent(a -> ids.add(a.getId()));
            @SuppressWarnings("unchecked")
            List<Number> byMail = em.createNativeQuery("select id from account where lower(email) = lower(?1) and status = 'ACTIVE'"
                    + " order by id limit 10").setParameter(1, name.length() > 200 ? "" : name).getResultList();
            byMail.forEach(n -> ids.add(n.longValue()));
            int mailed = 0;
            for (long id : ids) {
                if (issue(ctx.now(), accounts.get(id))) {
                    ctx.record("Account", id, "account.passwordResetRequested", "a one-time reset link was mailed");
                    mailed++;
                }
            }
            if (mailed == 0) {
                ctx.nothingToRecord();
            }
            return null;
        });
    }

    private boolean issue(Instant now, Account a) {
        if (!mail.configured() || a.getEmail() == null || a.getEmail().isBlank()) {
            return false;
        }
        String token = ResetTokens.newToken(RANDOM);
        String hash = ResetTokens.hash(token);
        em.createNativeQuery("insert into password_reset (token_hash, account_id, stamp, issued_at) values (?1, ?2, ?3, ?4)")
                .setParameter(1, hash).setParameter(2, a.getId()).setParameter(3, a.getSecurityStamp())
                .setParameter(4, ExchangeTime.toOffset(now)).executeUpdate();
        NotificationKind.Text text = NotificationKind.PASSWORD_RESET.render(a.getUsername(), "",
                mail.link("/reset-password.xhtml?token=" + token));
        return notifications.mailTo(now, a.getId(), "password-reset:" + hash.substring(0, 32), text);
    }

    /** Whether a link still works (the page shows the form or says the link is spent). */
    public boolean usable(String token) {
        return executor.executePublic(ctx -> {
            ctx.nothingToRecord();
            return find(token, ctx.now(), false) != null;
        });
    }

    /** Sets the new password through a link; the link is spent, and every other link and session of the account ends. */
    public void reset(String token, String password, String confirm) {
        executor.executePublic(ctx -> {
            Account a = find(token, ctx.now(), true);
            if (a == null) {
                throw new DomainException("token", "reset.linkInvalid");
            }
            List<FieldProblem> problems = AccountRules.checkPassword(password, confirm, a.getUsername());
            if (!problems.isEmpty()) {
                throw new DomainException(problems);
            }
            a.changePassword(hasher.hash(password.toCharArray()));
            em.createNativeQuery("update password_reset set used_at = ?2 where token_hash = ?1")
                    .setParameter(1, ResetTokens.hash(token)).setParameter(2, ctx.nowAt()).executeUpdate();
            ctx.record("Account", a.getId(), "account.passwordResetByMail", "by its owner through a mailed link; earlier tokens revoked");
            cache.evict(a.getId());
            return null;
        });
    }

    /** The account a usable link belongs to, the row locked when {@code lock}; null for any link that does not work. */
    private Account find(String token, Instant now, boolean lock) {
        if (!ResetTokens.wellFormed(token)) {
            return null;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select account_id, stamp, issued_at, used_at from password_reset where token_hash = ?1"
                + (lock ? " for update" : "")).setParameter(1, ResetTokens.hash(token)).getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        Object[] r = rows.get(0);
        Account a = accounts.get(((Number) r[0]).longValue());
        Instant used = r[3] == null ? null : Inbox.at(r[3]).toInstant();
        boolean ok = a.isActive() && ResetTokens.usable(Inbox.at(r[2]).toInstant(), used, ((Number) r[1]).intValue(),
                a.getSecurityStamp(), now);
        return ok ? a : null;
    }
}
