package cn.exchange.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * The security headers every answer carries. The content security policy allows only the exchange's own origin;
 * inline scripts are further limited by PrimeFaces' own nonce-based policy ({@code primefaces.CSP} in web.xml), so a
 * script must satisfy both. Nothing may frame the exchange (clickjacking on a bid button). Pages and API answers are not
 * cached (only the static resources are). HSTS belongs to the TLS-terminating load balancer (see README).
 */
@WebFilter(filterName = "SecurityHeadersFilter", urlPatterns = "/*")
public class SecurityHeadersFilter extends HttpFilter {

    static final String POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /** A public photo's thumbnail: immutable (named by the photo's hash), cached by its own header. */
    static final java.util.regex.Pattern THUMBNAIL = java.util.regex.Pattern.compile(".*/api/board/documents/\\d+/thumbnail");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Content-Security-Policy", POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        String uri = request.getRequestURI();
        if (!uri.contains("/jakarta.faces.resource/") && !uri.startsWith(request.getContextPath() + "/resources/")
                && !THUMBNAIL.matcher(uri).matches()) {
            // pages and API answers may carry personal data or a live price: never kept by a browser or a proxy
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, response);
    }
}
