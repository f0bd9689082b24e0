package cn.exchange.ejb.identity;

import jakarta.enterprise.context.RequestScoped;

/**
 * Where the current request came from, as the web layer saw it (the client address, through the load balancer's
 * X-Forwarded-For when configured). Scheduled work has no origin.
 */
@RequestScoped
public class RequestOrigin {

    private String ip;
    private cn.exchange.ejb.identity.AccountCache.Snapshot account;

    public String ip() {
        return ip;
    }

    public void ip(String ip) {
        this.ip = ip;
    }

    /** The account the web layer authenticated this request as (from the account cache), or null. */
    public cn.exchange.ejb.identity.AccountCache.Snapshot account() {
        return account;
    }

    public void account(cn.exchange.ejb.identity.AccountCache.Snapshot account) {
        this.account = account;
    }
}
