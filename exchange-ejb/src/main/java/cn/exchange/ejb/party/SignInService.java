package cn.exchange.ejb.party;

import cn.exchange.core.party.Account;
import cn.exchange.core.party.AccountRepository;
import cn.exchange.core.party.PasswordHasher;
import cn.exchange.core.party.SignInPolicy;
import cn.exchange.ejb.command.CommandExecutor;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Checks a user name and password against the accounts in the database (the identity store's work), with the
 * lock-out of {@link SignInPolicy}. Unknown user names cost the same PBKDF2 work as known ones and get the same answer,
 * so neither the message nor the timing tells which accounts exist.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SignInService {

    /** A hash of a random password: verified against when the user name is unknown, to spend the same time. */
    private static final String DUMMY_HASH = new PasswordHasher().hash(java.util.UUID.randomUUID().toString().toCharArray());

    private final PasswordHasher hasher = new PasswordHasher();

    @Inject
    AccountRepository accounts;

    @EJB
    LoginThrottle throttle;

    @EJB
    CommandExecutor executor;

    @Inject
    Clock clock;

    public SignInResult authenticate(String username, String password, String ip) {
        Instant now = clock.instant();
        String userKey = "u:" + Account.normaliseUsername(username);
        String ipKey = "ip:" + (ip == null ? "unknown" : ip);
        Optional<Duration> locked = throttle.lockedFor(userKey, now).or(() -> throttle.lockedFor(ipKey, now));
        if (locked.isPresent()) {
            return SignInResult.throttled(minutes(locked.get()));
        }
        Optional<Account> account = username == null ? Optional.empty() : accounts.findByUsername(username);
        char[] pw = password == null ? new char[0] : password.toCharArray();
        boolean matches = hasher.verify(pw, account.map(Account::getPasswordHash).orElse(DUMMY_HASH));
        if (account.isEmpty() || !matches || !account.get().isActive()) {
            Optional<Duration> userLock = throttle.recordFailure(userKey, SignInPolicy.USER_FAILURES, now);
            Optional<Duration> ipLock = throttle.recordFailure(ipKey, SignInPolicy.ADDRESS_FAILURES, now);
            return userLock.or(() -> ipLock).map(d -> SignInResult.throttled(minutes(d))).orElse(SignInResult.failed());
        }
        throttle.clear(userKey);
        Account a = account.get();
        boolean rehash = hasher.needsRehash(a.getPasswordHash());
        String newHash = rehash ? hasher.hash(pw) : null;
        executor.executeAsSystem(ctx -> {
            Account managed = ctx.em().find(Account.class, a.getId());
            managed.signedIn(ctx.nowAt());
            if (newHash != null) {
                managed.upgradeHash(newHash);
            }
            ctx.record("Account", managed.getId(), "account.signedIn", "user " + managed.getUsername() + " signed in from "
                    + (ip == null ? "unknown" : ip) + (newHash != null ? "; password hash upgraded" : ""));
            return null;
        });
        return new SignInResult(SignInResult.Outcome.SIGNED_IN, a.getUsername(), a.getRole(), a.getId(), a.getSecurityStamp(), 0);
    }

    private static long minutes(Duration d) {
        return (d.toSeconds() + 59) / 60;
    }
}
