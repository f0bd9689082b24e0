package cn.exchange.web.shell;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** Every log line of a request names its request id: the thread carries it while it serves the request. */
class RequestIdFilterTest {

    @Test
    void theThreadNamesTheRequestWhileItServesItAndTheResponseSaysWhich() throws Exception {
        String before = Thread.currentThread().getName();
        Map<String, Object> attributes = new HashMap<>();
        Map<String, String> headers = new HashMap<>();
        AtomicReference<String> during = new AtomicReference<>();
        FilterChain chain = (req, res) -> during.set(Thread.currentThread().getName());

        new RequestIdFilter().doFilter(request(null, attributes), response(headers), chain);
        String id = headers.get("X-Request-Id");
        assertThat(id).matches("[0-9a-f]{16}");
        assertThat(during.get()).isEqualTo(before + " rid=" + id);
        assertThat(attributes.get(RequestIdFilter.ATTRIBUTE)).isEqualTo(id);
        assertThat(Thread.currentThread().getName()).isEqualTo(before);

        // the load balancer's id is kept when it is a plain token; anything else is replaced
        new RequestIdFilter().doFilter(request("7F000001D6F2-1a", attributes), response(headers), chain);
        assertThat(headers.get("X-Request-Id")).isEqualTo("7F000001D6F2-1a");
        new RequestIdFilter().doFilter(request("evil\nInjected: yes", attributes), response(headers), chain);
        assertThat(headers.get("X-Request-Id")).matches("[0-9a-f]{16}");
    }

    private static HttpServletRequest request(String header, Map<String, Object> attributes) {
        return (HttpServletRequest) Proxy.newProxyInstance(getClassLoader(), new Class<?>[] {HttpServletRequest.class},
                (p, m, a) -> switch (m.getName()) {
                    case "getHeader" -> "X-Request-Id".equalsIgnoreCase((String) a[0]) ? header : null;
                    case "setAttribute" -> attributes.put((String) a[0], a[1]);
                    default -> null;
                });
    }

    private static HttpServletResponse response(Map<String, String> headers) {
        return (HttpServletResponse) Proxy.newProxyInstance(getClassLoader(), new Class<?>[] {HttpServletResponse.class},
                (p, m, a) -> {
                    if (m.getName().equals("setHeader")) {
                        headers.put((String) a[0], (String) a[1]);
                    }
                    return null;
                });
    }

    private static ClassLoader getClassLoader() {
        return RequestIdFilterTest.class.getClassLoader();
    }
}
