package cn.exchange.web.security;

import cn.exchange.core.security.Role;
import cn.exchange.web.base.Problems;
import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

import java.util.Set;

/**
 * Authorises every REST call from its endpoint's rule ({@link Allowed}, {@link Public}, {@link SignedIn}): no rule
 * means refused (403) for everyone; not signed in where needed means 401; a role without the permission means 403.
 *
 * <p>Calls authenticated by the session cookie (rather than a bearer token) that change state must carry the
 * {@code X-Exchange-Request} header, which a cross-site form cannot send: no cross-site request forgery through the API.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class ApiAccessFilter implements ContainerRequestFilter {

    public static final String CSRF_HEADER = "X-Exchange-Request";
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    @Context
    ResourceInfo resource;

    @Context
    HttpServletRequest request;

    @Override
    public void filter(ContainerRequestContext ctx) {
        if (resource.getResourceClass() == null || resource.getResourceMethod() == null) {
            return;
        }
        if (Boolean.TRUE.equals(request.getAttribute(ExchangeAuthenticationMechanism.BAD_TOKEN))) {
            ctx.abortWith(withChallenge(Problems.of(request, 401, "signin.tokenInvalid")));
            return;
        }
        AccessRule rule = EndpointRules.of(resource.getResourceClass(), resource.getResourceMethod()).orElse(null);
        if (rule == null) {
            ctx.abortWith(Problems.of(request, 403, "common.notPermitted", "no access rule"));
            return;
        }
        Role role = Roles.of(request);
        if (role != null && Boolean.TRUE.equals(request.getAttribute(ExchangeAuthenticationMechanism.PASSWORD_EXPIRED))
                && !resource.getResourceClass().isAnnotationPresent(WhilePasswordExpired.class)) {
            // a one-time password set by the administrator: only the own account (to change it) until it is changed
            ctx.abortWith(Problems.of(request, 403, "account.passwordExpired"));
            return;
        }
        if (rule.allows(role)) {
            if (role != null && "session".equals(request.getAttribute(ExchangeAuthenticationMechanism.VIA))
                    && !SAFE.contains(ctx.getMethod()) && ctx.getHeaderString(CSRF_HEADER) == null) {
                ctx.abortWith(Problems.of(request, 403, "common.csrf"));
            }
            return;
        }
        if (role == null) {
            ctx.abortWith(withChallenge(Problems.of(request, 401, "signin.required")));
        } else {
            ctx.abortWith(Problems.of(request, 403, "common.notPermitted", rule.toString()));
        }
    }

    private static jakarta.ws.rs.core.Response withChallenge(jakarta.ws.rs.core.Response r) {
        return jakarta.ws.rs.core.Response.fromResponse(r).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"exchange\"").build();
    }
}
