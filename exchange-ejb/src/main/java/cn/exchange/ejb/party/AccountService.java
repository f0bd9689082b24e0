package cn.exchange.ejb.party;

import cn.exchange.ejb.identity.AccountCache;

import cn.exchange.core.party.Account;
import cn.exchange.core.party.AccountRepository;
import cn.exchange.core.party.AccountRules;
import cn.exchange.core.party.PasswordHasher;
import cn.exchange.core.party.PasswordPolicy;
import cn.exchange.core.security.Permission;
import cn.exchange.core.security.Role;
import cn.exchange.core.shared.DomainException;
import cn.exchange.core.shared.FieldProblem;
import cn.exchange.ejb.identity.Caller;
import cn.exchange.ejb.identity.CallerResolver;
import cn.exchange.ejb.command.CommandExecutor;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.List;

/**
 * Accounts: the administrator's (create staff, supervisor and administrator accounts, disable, enable, reset a
 * password) and everyone's own (see it, change the password).
 */
@Stateless
public class AccountService {

    private final PasswordHasher hasher = new PasswordHasher();

    @EJB
    CommandExecutor executor;

    @Inject
    CallerResolver callers;

    @Inject
    AccountRepository accounts;

    @Inject
    AccountCache cache;

    @EJB
    SignInService signIn;

    @Inject
    cn.exchange.ejb.identity.RequestOrigin origin;

    /** The signed-in person's own account. */
    public AccountView me() {
        Caller c = callers.require(Permission.OWN_ACCOUNT);
        return AccountView.of(accounts.get(c.accountId()));
    }

    public void changeOwnPassword(String current, String password, String confirm) {
        Caller c = callers.require(Permission.OWN_ACCOUNT);
        Account a = accounts.get(c.accountId());
        // a form without its current password, or with a new one the policy refuses, is not a guess: answered with the
        // field named and never counted against the name (a user's typo, or a caller that sent an empty body)
        if (current == null || current.isBlank()) {
            throw new DomainException("currentPassword", "account.currentPasswordRequired");
        }
        List<FieldProblem> problems = AccountRules.checkPassword(password, confirm, a.getUsername());
        if (!problems.isEmpty()) {
            throw new DomainException(problems);
        }
        // the sign-in's guess limit: wrong current passwords count with failed sign-ins, and a locked name is refused
        SignInResult check = signIn.checkPassword(a, current, clientIp());
        if (check.outcome() == SignInResult.Outcome.THROTTLED) {
            throw new cn.exchange.core.shared.TooManyRequestsException(check.retryMinutes() * 60, "signin.throttled", check.retryMinutes());
        }
        if (check.outcome() != SignInResult.Outcome.SIGNED_IN) {
            throw new DomainException("currentPassword", "account.wrongPassword");
        }
        String hash = hasher.hash(password.toCharArray());
        executor.execute(Permission.OWN_ACCOUNT, ctx -> {
            Account managed = accounts.get(c.accountId());
            managed.changePassword(hash);
            ctx.record("Account", managed.getId(), "account.passwordChanged", "by its owner; earlier tokens revoked");
            return null;
        });
        cache.evict(c.accountId());
    }

    private String clientIp() {
        try {
            return origin.ip();
        } catch (jakarta.enterprise.context.ContextNotActiveException e) {
            return null; // not within a request
        }
    }

    public List<AccountView> all() {
        callers.require(Permission.ACCOUNT_ADMIN);
        return accounts.all().stream().map(AccountView::of).toList();
    }

    /** The administrator creates an account for exchange staff, a supervisor or another administrator. */
    public AccountView createStaff(String username, String displayName, Role role, String password, String email, String mobile) {
        if (role == null || role == Role.AGENCY || role == Role.BIDDER) {
            throw new DomainException("role", "account.roleNotAllowedHere");
        }
        List<FieldProblem> problems = AccountRules.checkStaffAccount(username, displayName, password);
        if (!problems.isEmpty()) {
            throw new DomainException(problems);
        }
        String hash = hasher.hash(password.toCharArray());
        return executor.execute(Permission.ACCOUNT_ADMIN, ctx -> {
            if (accounts.findByUsername(username).isPresent()) {
                throw new DomainException("username", "account.usernameTaken");
            }
            Account a = new Account(username, hash, role, null, displayName.trim(), ctx.nowAt(), ctx.caller().username());
            a.contact(email, mobile);
            accounts.add(a);
            ctx.em().flush();
            ctx.record("Account", a.getId(), "account.created", "role " + role + ", user " + a.getUsername());
            return AccountView.of(a);
        });
    }

    public AccountView disable(long id) {
        AccountView v = executor.execute(Permission.ACCOUNT_ADMIN, ctx -> {
            Account a = accounts.get(id);
            a.disable();
            ctx.record("Account", id, "account.disabled", "status: ACTIVE -> DISABLED");
            return AccountView.of(a);
        });
        cache.evict(id);
        return v;
    }

    public AccountView enable(long id) {
        AccountView v = executor.execute(Permission.ACCOUNT_ADMIN, ctx -> {
            Account a = accounts.get(id);
            a.enable();
            ctx.record("Account", id, "account.enabled", "status: DISABLED -> ACTIVE");
            return AccountView.of(a);
        });
        cache.evict(id);
        return v;
    }

    /** The administrator sets a one-time password (the person must change it at the next sign-in before anything else). */
    public void resetPassword(long id, String password) {
        Account target = accounts.get(id);
        List<FieldProblem> problems = PasswordPolicy.check("password", password, target.getUsername());
        if (!problems.isEmpty()) {
            throw new DomainException(problems);
        }
        String hash = hasher.hash(password.toCharArray());
        executor.execute(Permission.ACCOUNT_ADMIN, ctx -> {
            Account a = accounts.get(id);
            a.resetPassword(hash);
            ctx.record("Account", id, "account.passwordReset", "by the administrator, to be changed at the next sign-in; earlier tokens revoked");
            return null;
        });
        cache.evict(id);
    }
}
