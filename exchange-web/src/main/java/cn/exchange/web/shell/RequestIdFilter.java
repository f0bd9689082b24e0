package cn.exchange.web.shell;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * A request id on every log line of a request: the request's thread carries it in its name while it serves
 * the request ({@code http-thread-pool::http-listener(3) rid=5f3a9c1e02b4}), and every record Payara writes names the
 * thread ({@code _ThreadName=…}), so an operator greps one id and finds the request's lines — including those of the
 * libraries, which know nothing of it. The id comes from the load balancer's {@code X-Request-Id} when it is a plain
 * token (HAProxy sets one), else it is made here; the response carries it back in {@code X-Request-Id}, and error pages
 * can quote it. Work handed to other threads (the bid writers) logs the lot and the bid's own request id instead.
 */
@WebFilter(filterName = "RequestIdFilter", urlPatterns = "/*", asyncSupported = true)
public class RequestIdFilter extends HttpFilter {

    public static final String HEADER = "X-Request-Id";
    /** The request attribute holding the id. */
    public static final String ATTRIBUTE = "exchange.requestId";
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9._:-]{6,64}");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String given = request.getHeader(HEADER);
        String id = given != null && TOKEN.matcher(given).matches() ? given : newId();
        request.setAttribute(ATTRIBUTE, id);
        response.setHeader(HEADER, id);
        Thread t = Thread.currentThread();
        String name = t.getName();
        t.setName(name + " rid=" + id);
        try {
            chain.doFilter(request, response);
        } finally {
            t.setName(name);
        }
    }

    static String newId() {
        return Long.toHexString(ThreadLocalRandom.current().nextLong() | Long.MIN_VALUE);
    }
}
