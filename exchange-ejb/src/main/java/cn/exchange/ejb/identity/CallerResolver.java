package cn.exchange.ejb.identity;

import cn.exchange.core.party.Account;
import cn.exchange.core.party.AccountRepository;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;

import java.security.Principal;

/**
 * Resolves the current caller once per request: the container's principal (signed in through the trading hall or an
 * API token), its account (role, party) and the client address the web layer recorded.
 */
@RequestScoped
public class CallerResolver {

    @Inject
    SecurityContext security;

    @Inject
    AccountRepository accounts;

    @Inject
    RequestOrigin origin;

    private Caller resolved;

    public Caller current() {
        if (resolved == null) {
            resolved = resolve();
        }
        return resolved;
    }

    /** The current caller, who must hold {@code permission} (for reads; commands are checked by the executor). */
    public Caller require(cn.exchange.core.security.Permission permission) {
        Caller c = current();
        if (!c.can(permission)) {
            throw new cn.exchange.core.shared.NotPermittedException(permission.name());
        }
        return c;
    }

    private Caller resolve() {
        String ip = origin.ip();
        Principal p = security.getCallerPrincipal();
        if (p == null) {
            return Caller.anonymous(ip);
        }
        var known = origin.account();
        if (known != null && known.active() && known.username().equals(p.getName())) {
            // authenticated for this very request from the account cache (token or session): no second lookup
            return new Caller(known.username(), known.role(), known.accountId(), known.partyId(), ip);
        }
        Account a = accounts.findByUsername(p.getName()).filter(Account::isActive).orElse(null);
        if (a == null) {
            return Caller.anonymous(ip);
        }
        return new Caller(a.getUsername(), a.getRole(), a.getId(), a.getParty() == null ? null : a.getParty().getId(), ip);
    }
}
