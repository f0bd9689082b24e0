package cn.exchange.web.shell;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;

/**
 * The error pages ({@code /error/*}, web.xml) are rendered as fresh pages: the failed request's form (its view state,
 * its fields) is hidden from them, so Faces and PrimeFaces' CSP check do not treat the error page as a postback of that
 * form (which failed again: an empty 500 for every expired or forged view state). A view state the server does not hold
 * — expired, from another session, or forged by a cross-site form — and a form post without the page's CSP nonce are
 * answered 400 with the "page expired" page, not
 * the 500 the container gives every exception's error page; nothing of the form was applied.
 */
@WebFilter(filterName = "ErrorPageFilter", urlPatterns = "/error/*", dispatcherTypes = DispatcherType.ERROR)
public class ErrorPageFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest fresh = fresh(request);
        boolean expiredPage = request.getRequestURI().endsWith("/error/expired.xhtml");
        if (expiredPage || viewExpired((Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION))) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            if (!expiredPage) {
                // the container matched the wrapping ServletException to the Throwable page before looking at its cause
                request.getRequestDispatcher("/error/expired.xhtml").forward(fresh, response);
                return;
            }
        }
        chain.doFilter(fresh, response);
    }

    private static boolean viewExpired(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            // a view state this session does not hold, or a form post without the nonce of the page this session was
            // given (PrimeFaces' CSP check: a form not sent by the exchange's page) — nothing of it was applied
            if (c instanceof jakarta.faces.application.ViewExpiredException || c instanceof org.primefaces.csp.CspException) {
                return true;
            }
        }
        return false;
    }

    private static HttpServletRequest fresh(HttpServletRequest request) {
        return new HttpServletRequestWrapper(request) {
            @Override
            public String getMethod() {
                return "GET";
            }

            @Override
            public String getParameter(String name) {
                return null;
            }

            @Override
            public Map<String, String[]> getParameterMap() {
                return Collections.emptyMap();
            }

            @Override
            public Enumeration<String> getParameterNames() {
                return Collections.emptyEnumeration();
            }

            @Override
            public String[] getParameterValues(String name) {
                return null;
            }
        };
    }
}
