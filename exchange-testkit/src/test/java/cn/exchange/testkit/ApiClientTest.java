package cn.exchange.testkit;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ApiClientTest {

    static HttpServer server;
    static ApiClient api;

    /** Echoes the request as JSON: method, path, the headers the client sets, body; 201 with a Location header. */
    @BeforeAll
    static void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        server.createContext("/", exchange -> {
            var h = exchange.getRequestHeaders();
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String echo = ApiClient.json(Map.of("method", exchange.getRequestMethod(), "path", exchange.getRequestURI().getPath(),
                    "authorization", String.valueOf(h.getFirst("Authorization")), "type", String.valueOf(h.getFirst("Content-Type")),
                    "forwarded", String.valueOf(h.getFirst("X-Forwarded-For")), "body", body));
            if (exchange.getRequestURI().getPath().equals("/list")) {
                echo = "[" + echo + "]";
            }
            byte[] out = echo.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Location", "/made/1");
            exchange.sendResponseHeaders(201, out.length);
            exchange.getResponseBody().write(out);
            exchange.close();
        });
        server.start();
        api = new ApiClient("http://localhost:" + server.getAddress().getPort() + "/");
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    @Test
    void aGetCarriesTheTokenAndNoContentType() {
        ApiClient.Answer a = api.as("t0k3n").get("/lots/7", "Accept-Language", "en");
        assertThat(a.status()).isEqualTo(201);
        assertThat(a.json().getString("method")).isEqualTo("GET");
        assertThat(a.json().getString("path")).isEqualTo("/lots/7");
        assertThat(a.json().getString("authorization")).isEqualTo("Bearer t0k3n");
        assertThat(a.json().getString("type")).isEqualTo("null");
        assertThat(a.header("location")).isEqualTo("/made/1");
        assertThat(a.header("X-None")).isNull();
        assertThat(api.get("/lots").json().getString("authorization")).as("the original keeps no token").isEqualTo("null");
    }

    @Test
    void aPostWritesMapsAsJson() {
        ApiClient.Answer a = api.post("/lots", Map.of("price", new java.math.BigDecimal("100.00"), "open", true,
                "bidders", List.of(1, 2L)));
        assertThat(a.json().getString("type")).isEqualTo("application/json");
        assertThat(ApiClient.json(Map.of("x", "y"))).isEqualTo("{\"x\":\"y\"}");
        assertThat(a.json().getString("body")).contains("\"price\":100.00").contains("\"open\":true").contains("\"bidders\":[1,2]");
        assertThat(api.post("/lots", "{}").json().getString("body")).isEqualTo("{}");
    }

    @Test
    void aMethodKeepsTheContentTypeItIsGiven() {
        ApiClient.Answer a = api.method("PUT", "/doc", "%PDF", "Content-Type", "application/pdf");
        assertThat(a.json().getString("method")).isEqualTo("PUT");
        assertThat(a.json().getString("type")).isEqualTo("application/pdf");
        assertThat(a.json().getString("body")).isEqualTo("%PDF");
        assertThat(api.method("DELETE", "/doc", null).json().getString("type")).isEqualTo("application/json");
    }

    @Test
    void fixedHeadersArraysAndBytes() throws Exception {
        ApiClient from = api.with("X-Forwarded-For", "198.51.100.7");
        assertThat(from.send("GET", "/", null).json().getString("forwarded")).isEqualTo("198.51.100.7");
        assertThat(from.get("/list").array()).hasSize(1);
        assertThatThrownBy(() -> api.bytes("/file")).isInstanceOf(AssertionError.class).hasMessageContaining("201");
        assertThat(api.get("/x").toString()).startsWith("201 {");
    }

    @Test
    void anUnreachableServerIsAnIoFailure() {
        ApiClient nowhere = new ApiClient("http://localhost:1");
        assertThatThrownBy(() -> nowhere.get("/")).isInstanceOf(UncheckedIOException.class);
        assertThatThrownBy(() -> nowhere.send("GET", "/", null)).isInstanceOf(IOException.class);
    }
}
