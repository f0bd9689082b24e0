package cn.exchange.web.auction;

import java.security.Principal;
import java.util.Locale;

/**
 * Who opened a hall WebSocket, as its handshake was authenticated ({@link HallAdmission}): a signed-in account (by the
 * session cookie from the exchange's own pages, or an API token in the {@code Authorization} header) with the security
 * stamp it had then, or a visitor ({@code accountId} null) who watches only; and the language of the answers. The
 * WebSocket session carries it as its user principal.
 */
record HallVisitor(String name, Long accountId, int securityStamp, Locale locale) implements Principal {

    static HallVisitor anonymous(Locale locale) {
        return new HallVisitor(cn.exchange.ejb.identity.Caller.ANONYMOUS, null, 0, locale);
    }

    @Override
    public String getName() {
        return name;
    }

    boolean signedIn() {
        return accountId != null;
    }
}
