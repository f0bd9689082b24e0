package cn.exchange.web.auction;

import cn.exchange.core.shared.DomainMessages;
import cn.exchange.ejb.identity.AccountCache;
import cn.exchange.ejb.identity.RequestOrigin;
import cn.exchange.web.security.ExchangeAuthenticationMechanism;
import cn.exchange.web.security.ClientAddress;
import cn.exchange.web.base.Languages;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.websocket.Session;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Before the hall's WebSocket handshake ({@code /ws/*}): a client address that already holds its share of watcher
 * connections on this server is answered 429 with the reason in its language, and the handshake goes on with the
 * client's address as the exchange counts it ({@link ClientAddress}: behind the exchange's own load balancer, the
 * forwarded one), so that {@link HallSocket} counts the connection under the same address, and with the
 * {@link HallVisitor} it was authenticated as, which decides whether it may bid over the socket. (The WebSocket container's
 * own filter runs after the application's, on the request this filter passes on.)
 */
@WebFilter(filterName = "HallAdmission", urlPatterns = "/ws/*", asyncSupported = true)
public class HallAdmission extends HttpFilter {

    @Inject
    HallHub hub;

    @Inject
    RequestOrigin origin;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String address = ClientAddress.of(request);
        if (!hub.admits(address)) {
            String body = Json.createObjectBuilder().add("status", 429).add("code", "hall.tooManyWatchers")
                    .add("message", DomainMessages.format(Languages.ofApi(request), "hall.tooManyWatchers", hub.limits().perAddress()))
                    .add("errors", Json.createArrayBuilder()).build().toString();
            response.setStatus(429);
            response.setHeader("Retry-After", "30");
            response.setContentType("application/problem+json;charset=UTF-8");
            response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
            return;
        }
        HallVisitor visitor = visitor(request);
        chain.doFilter(new HttpServletRequestWrapper(request) {
            @Override
            public String getRemoteAddr() {
                return address;
            }

            @Override
            public java.security.Principal getUserPrincipal() {
                return visitor;
            }
        }, response);
    }

    /**
     * Who the handshake was authenticated as ({@link cn.exchange.web.security.ExchangeAuthenticationMechanism}): the
     * account with its security stamp, which may bid over the socket; or a visitor. A handshake authenticated by the
     * session cookie but sent from another site's page (its {@code Origin} is not this exchange) only watches: a foreign
     * page must not bid with a bidder's cookie (cross-site WebSocket hijacking).
     */
    private HallVisitor visitor(HttpServletRequest request) {
        java.util.Locale locale = Languages.ofApi(request);
        AccountCache.Snapshot account = request.getUserPrincipal() == null ? null : origin.account();
        if (account == null || !account.active() || account.passwordExpired()) {
            return HallVisitor.anonymous(locale);
        }
        if ("session".equals(request.getAttribute(ExchangeAuthenticationMechanism.VIA)) && !sameOrigin(request)) {
            return HallVisitor.anonymous(locale);
        }
        return new HallVisitor(account.username(), account.accountId(), account.securityStamp(), locale);
    }

    /** The page that opens the socket is this exchange's own: its Origin names the host the request was sent to. */
    static boolean sameOrigin(HttpServletRequest request) {
        String origin = request.getHeader("Origin");
        String host = request.getHeader("Host");
        if (origin == null || host == null) {
            return false;
        }
        try {
            java.net.URI o = java.net.URI.create(origin.strip());
            String authority = o.getPort() < 0 ? o.getHost() : o.getHost() + ":" + o.getPort();
            return authority != null && authority.equalsIgnoreCase(host.strip());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * The address a watcher's handshake came from, as this filter passed it on. The WebSocket API has no such method;
     * Payara's implementation (Tyrus) has {@code getRemoteAddr()} on its session, read here without a compile-time tie
     * to it. Unknown → one shared bucket, which the cap then bounds as a whole.
     */
    static String address(Session session) {
        try {
            Object a = session.getClass().getMethod("getRemoteAddr").invoke(session);
            return a == null ? "unknown" : a.toString();
        } catch (ReflectiveOperationException | RuntimeException e) {
            return "unknown";
        }
    }
}
