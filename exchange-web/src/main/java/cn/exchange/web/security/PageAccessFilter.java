package cn.exchange.web.security;

import cn.exchange.core.security.Role;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Enforces {@link PageAccess} on every page: a visitor who is not signed in is sent to the sign-in page (and back
 * afterwards); a signed-in account whose role lacks the page's permission gets 403. A page not in the table is answered
 * 404 for everyone, whatever file exists. Faces resources (style sheets, scripts) are public.
 */
@WebFilter(filterName = "PageAccessFilter", urlPatterns = "*.xhtml")
public class PageAccessFilter extends HttpFilter {

    /** The pages an account with a one-time password may open: its account (to change it) and the sign-in. */
    static final java.util.Set<String> WHILE_EXPIRED = java.util.Set.of("/account/index.xhtml", "/login.xhtml");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getServletPath();
        if (path.startsWith("/jakarta.faces.resource/") || request.getDispatcherType() == jakarta.servlet.DispatcherType.ERROR) {
            chain.doFilter(request, response);
            return;
        }
        AccessRule rule = PageAccess.of(path).orElse(null);
        if (rule == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Role role = Roles.of(request);
        if (role != null && Boolean.TRUE.equals(request.getAttribute(ExchangeAuthenticationMechanism.PASSWORD_EXPIRED))
                && !WHILE_EXPIRED.contains(path) && !path.startsWith("/error/")) {
            // a one-time password: the person chooses its own before anything else
            response.sendRedirect(request.getContextPath() + "/account/index.xhtml?expired=true");
            return;
        }
        if (rule.allows(role)) {
            chain.doFilter(request, response);
        } else if (role == null) {
            String next = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
            response.sendRedirect(request.getContextPath() + "/login.xhtml?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8));
        } else {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        }
    }
}
