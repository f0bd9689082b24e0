package cn.exchange.it.support;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** A small client of the exchange's REST API for tests: JSON in and out, optional bearer token. */
public final class Api {

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private final URI base;
    private final String token;

    public Api(URL base) {
        this(URI.create(base.toString().replaceAll("/$", "")), null);
    }

    private Api(URI base, String token) {
        this.base = base;
        this.token = token;
    }

    public Api as(String token) {
        return new Api(base, token);
    }

    public URI base() {
        return base;
    }

    /** An answer: status, headers and body (parsed as JSON when it is). */
    public record Answer(int status, String body, HttpResponse<String> raw) {
        public JsonObject json() {
            return (JsonObject) parse();
        }

        public JsonArray array() {
            return (JsonArray) parse();
        }

        private JsonStructure parse() {
            try (var r = Json.createReader(new StringReader(body))) {
                return r.read();
            }
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        @Override
        public String toString() {
            return status + " " + (body.length() > 600 ? body.substring(0, 600) + "…" : body);
        }
    }

    public Answer get(String path, String... headers) {
        return send(builder(path, headers).GET());
    }

    public Answer post(String path, Object body, String... headers) {
        return send(builder(path, headers).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body == null ? "" : body instanceof String s ? s : json(body))));
    }

    public Answer method(String method, String path, String rawBody, String... headers) {
        HttpRequest.BodyPublisher p = rawBody == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(rawBody);
        HttpRequest.Builder b = builder(path, headers);
        boolean typed = false;
        for (int i = 0; i < headers.length; i += 2) {
            typed |= headers[i].equalsIgnoreCase("Content-Type");
        }
        if (!typed) {
            b.header("Content-Type", "application/json");
        }
        return send(b.method(method, p));
    }

    /** A binary download (a PDF, a batch file): the bytes, or an error naming the status. */
    public byte[] bytes(String path) {
        try {
            HttpResponse<byte[]> r = HTTP.send(builder(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() != 200) {
                throw new AssertionError("GET " + path + " answered " + r.statusCode());
            }
            return r.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Signs in through the API and returns a token. */
    public String token(String username, String password) {
        Answer a = post("/api/auth/token", Map.of("username", username, "password", password));
        if (a.status() != 200) {
            throw new AssertionError("Cannot sign in as " + username + ": " + a);
        }
        return a.json().getString("token");
    }

    private HttpRequest.Builder builder(String path, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return b;
    }

    private static Answer send(HttpRequest.Builder b) {
        try {
            HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(r.statusCode(), r.body(), r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Writes a map of strings, numbers, booleans, nulls and nested maps as JSON. */
    @SuppressWarnings("unchecked")
    public static String json(Object o) {
        return toValue(o).toString();
    }

    @SuppressWarnings("unchecked")
    private static JsonValue toValue(Object o) {
        if (o == null) {
            return JsonValue.NULL;
        }
        if (o instanceof Map<?, ?> m) {
            var b = Json.createObjectBuilder();
            ((Map<String, Object>) m).forEach((k, v) -> b.add(k, toValue(v)));
            return b.build();
        }
        if (o instanceof Iterable<?> it) {
            var b = Json.createArrayBuilder();
            it.forEach(v -> b.add(toValue(v)));
            return b.build();
        }
        if (o instanceof Boolean bo) {
            return bo ? JsonValue.TRUE : JsonValue.FALSE;
        }
        if (o instanceof Integer i) {
            return Json.createValue(i);
        }
        if (o instanceof Long l) {
            return Json.createValue(l);
        }
        if (o instanceof java.math.BigDecimal d) {
            return Json.createValue(d);
        }
        return Json.createValue(o.toString());
    }
}
