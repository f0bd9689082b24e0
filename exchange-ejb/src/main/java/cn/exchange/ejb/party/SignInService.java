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
        String name = Account.normaliseUsername(username);
        String address = ip == null ? "unknown" : ip;
        Optional<Account> account = username == null ? Optional.empty() : accounts.findByUsername(username);
        boolean known = account.isPresent() && throttle.isKnownAddress(account.get().getId(), address, now);
        Optional<Duration> refused = refusal(name, address, known, now);
        if (refused.isPresent()) {
            return SignInResult.throttled(minutes(refused.get()));
        }
        char[] pw = password == null ? new char[0] : password.toCharArray();
        boolean matches = hasher.verify(pw, account.map(Account::getPasswordHash).orElse(DUMMY_HASH));
        if (account.isEmpty() || !matches || !account.get().isActive()) {
            Optional<Duration> pairLock = throttle.recordFailure(pairKey(name, address), SignInPolicy.PAIR_FAILURES, now);
            Optional<Duration> userLock = throttle.recordFailure(userKey(name), SignInPolicy.USER_FAILURES, now);
            Optional<Duration> ipLock = throttle.recordFailure(ipKey(address), SignInPolicy.ADDRESS_FAILURES, now);
            Optional<Duration> lock = SignInPolicy.refuses(pairLock.isPresent(), userLock.isPresent(), ipLock.isPresent(), known)
                    ? pairLock.or(() -> userLock).or(() -> ipLock) : Optional.empty();
            return lock.map(d -> SignInResult.throttled(minutes(d))).orElse(SignInResult.failed());
        }
        throttle.clear(pairKey(name, address));
        Account a = account.get();
        throttle.rememberAddress(a.getId(), address, now);
        boolean rehash = hasher.needsRehash(a.getPasswordHash());
        String newHash = rehash ? hasher.hash(pw) : null;
        executor.executeAsSystem(ctx -> {
            Account managed = accounts.get(a.getId());
            managed.signedIn(ctx.nowAt());
            if (newHash != null) {
                managed.upgradeHash(newHash);
            }
            ctx.record("Account", managed.getId(), "account.signedIn", "user " + managed.getUsername() + " signed in from "
                    + address + (newHash != null ? "; password hash upgraded" : ""));
            return null;
        });
        return new SignInResult(SignInResult.Outcome.SIGNED_IN, a.getUsername(), a.getRole(), a.getId(), a.getSecurityStamp(), 0);
    }

    /**
     * The current password of a signed-in person, checked before a password change, with the sign-in's guess limit: a
     * wrong one counts as a failed sign-in of that user name from that address (the same {@link LoginThrottle}
     * counters), and while the name is locked there the check is refused as a sign-in would be, even with the right
     * password — so a stolen session cannot guess its way to the account. A right password does not clear the counters
     * (only a sign-in does).
     *
     * @return SIGNED_IN when the password is right, FAILED when wrong, THROTTLED (with minutes) when locked
     */
    public SignInResult checkPassword(Account account, String password, String ip) {
        Instant now = clock.instant();
        String name = Account.normaliseUsername(account.getUsername());
        String address = ip == null ? "unknown" : ip;
        boolean known = throttle.isKnownAddress(account.getId(), address, now);
        Optional<Duration> refused = refusal(name, address, known, now);
        if (refused.isPresent()) {
            return SignInResult.throttled(minutes(refused.get()));
        }
        if (hasher.verify(password == null ? new char[0] : password.toCharArray(), account.getPasswordHash())) {
            return new SignInResult(SignInResult.Outcome.SIGNED_IN, account.getUsername(), account.getRole(), account.getId(),
                    account.getSecurityStamp(), 0);
        }
        // counted against the name (from this address, and in all) only: the guesser already holds this account's
        // session, and its guesses must not lock out the other users behind the same address
        Optional<Duration> pairLock = throttle.recordFailure(pairKey(name, address), SignInPolicy.PAIR_FAILURES, now);
        Optional<Duration> userLock = throttle.recordFailure(userKey(name), SignInPolicy.USER_FAILURES, now);
        return (SignInPolicy.refuses(pairLock.isPresent(), userLock.isPresent(), false, known) ? pairLock.or(() -> userLock)
                : Optional.<Duration>empty()).map(d -> SignInResult.throttled(minutes(d))).orElse(SignInResult.failed());
    }

    /** How long an attempt of this name from this address is still refused ({@link SignInPolicy#refuses}), if it is. */
    private Optional<Duration> refusal(String name, String address, boolean known, Instant now) {
        Optional<Duration> pair = throttle.lockedFor(pairKey(name, address), now);
        Optional<Duration> user = known ? Optional.empty() : throttle.lockedFor(userKey(name), now);
        Optional<Duration> ip = known ? Optional.empty() : throttle.lockedFor(ipKey(address), now);
        return SignInPolicy.refuses(pair.isPresent(), user.isPresent(), ip.isPresent(), known) ? pair.or(() -> user).or(() -> ip)
                : Optional.empty();
    }

    private static String pairKey(String name, String address) {
        return "p:" + name + "@" + address;
    }

    private static String userKey(String name) {
        return "u:" + name;
    }

    private static String ipKey(String address) {
        return "ip:" + address;
    }

    private static long minutes(Duration d) {
        return (d.toSeconds() + 59) / 60;
    }
}
