package cn.exchange.web.security;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The client's address as the audit trail records it: the connection's peer, or — when the exchange runs behind its
 * own load balancer ({@code exchange.trust-proxy=true}) — the last address in X-Forwarded-For, which the load balancer
 * appended.
 */
public final class ClientAddress {

    private static final boolean TRUST_PROXY = Boolean.parseBoolean(System.getProperty("exchange.trust-proxy",
            System.getenv().getOrDefault("EXCHANGE_TRUST_PROXY", "false")));

    private ClientAddress() {
    }

    public static String of(HttpServletRequest request) {
        if (TRUST_PROXY) {
            String xff = request.getHeader("X-Forwarded-For");
            if (xff != null && !xff.isBlank()) {
                String[] hops = xff.split(",");
                String last = hops[hops.length - 1].trim();
                if (!last.isEmpty() && last.length() <= 64) {
                    return last;
                }
            }
        }
        return request.getRemoteAddr();
    }
}
