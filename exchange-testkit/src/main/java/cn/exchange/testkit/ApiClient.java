package cn.exchange.testkit;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A small client of the exchange's REST API for tests: JSON in and out, an optional bearer token. Immutable: {@link #as},
 * {@link #with}, {@link #over} and {@link #timeout} answer a changed copy.
 *
 * <p>{@link #get}, {@link #post}, {@link #method} and {@link #bytes} throw unchecked exceptions; {@link #send} is the
 * same request with the checked {@link IOException} of a server that cannot be reached, for a caller that retries.
 * Headers are given as name/value pairs: {@code get("/api/x", "Accept-Language", "en")}.
 */
public class ApiClient {

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    /** What a client sends with; each of {@link #as}, {@link #with}, {@link #over} and {@link #timeout} changes one. */
    private record Settings(HttpClient http, URI base, Duration timeout, String token, List<String> headers) {
    }

    private final Settings settings;

    /** @param base the exchange's address, e.g. {@code http://localhost:8080} (a trailing slash is dropped) */
    public ApiClient(String base) {
        this(base, null);
    }

    public ApiClient(String base, String token) {
        this(new Settings(HTTP, URI.create(base.replaceAll("/$", "")), Duration.ofSeconds(60), token, List.of()));
    }

    /** The same client: for a subclass whose own {@link #as} answers its own type. */
    protected ApiClient(ApiClient client) {
        this(client.settings);
    }

    private ApiClient(Settings settings) {
        this.settings = settings;
    }

    /** The same client with this bearer token ({@code null}: none). */
    public ApiClient as(String token) {
        Settings s = settings;
        return new ApiClient(new Settings(s.http(), s.base(), s.timeout(), token, s.headers()));
    }

    /** The same client sending this header with every request (e.g. {@code X-Forwarded-For}). */
    public ApiClient with(String name, String value) {
        Settings s = settings;
        List<String> more = new ArrayList<>(s.headers());
        more.add(name);
        more.add(value);
        return new ApiClient(new Settings(s.http(), s.base(), s.timeout(), s.token(), List.copyOf(more)));
    }

    /** The same client over another {@link HttpClient} (its HTTP version, connect timeout, connection pool). */
    public ApiClient over(HttpClient http) {
        Settings s = settings;
        return new ApiClient(new Settings(http, s.base(), s.timeout(), s.token(), s.headers()));
    }

    /** The same client with another timeout per request (60 s by default). */
    public ApiClient timeout(Duration timeout) {
        Settings s = settings;
        return new ApiClient(new Settings(s.http(), s.base(), timeout, s.token(), s.headers()));
    }

    public URI base() {
        return settings.base();
    }

    public String token() {
        return settings.token();
    }

    /** An answer: status, body (read as JSON when asked) and headers. */
    public record Answer(int status, String body, HttpHeaders headers) {

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

        /** The header's first value, or {@code null}. */
        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        @Override
        public String toString() {
            return status + " " + (body.length() > 600 ? body.substring(0, 600) + "…" : body);
        }
    }

    public Answer get(String path, String... headers) {
        return unchecked(() -> send("GET", path, null, headers));
    }

    /** A POST of {@code body}: a string as it is, anything else as JSON ({@link #json}); {@code application/json} unless a header names another type. */
    public Answer post(String path, Object body, String... headers) {
        String text = body == null ? "" : body instanceof String s ? s : json(body);
        return unchecked(() -> send("POST", path, text, typed(headers)));
    }

    /** Any method with a raw body ({@code null}: none), {@code application/json} unless a header names another type. */
    public Answer method(String method, String path, String rawBody, String... headers) {
        return unchecked(() -> send(method, path, rawBody, typed(headers)));
    }

    /** A binary download (a PDF, a batch file): the bytes, or an error naming the status. */
    public byte[] bytes(String path) {
        HttpResponse<byte[]> r = unchecked(() -> settings.http().send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray()));
        if (r.statusCode() != 200) {
            throw new AssertionError("GET " + path + " answered " + r.statusCode());
        }
        return r.body();
    }

    /** Signs in through the API ({@code POST /api/auth/token}) and returns the token. */
    public String token(String username, String password) {
        Answer a = post("/api/auth/token", Map.of("username", username, "password", password));
        if (a.status() != 200) {
            throw new AssertionError("Cannot sign in as " + username + ": " + a);
        }
        return a.json().getString("token");
    }

    /**
     * The request itself: {@code method} on {@code path} with {@code body} ({@code null}: none) and these headers besides
     * the client's own (the token, {@link #with}); no Content-Type unless a header names one.
     *
     * @throws IOException when the server cannot be reached (a caller may retry)
     */
    public Answer send(String method, String path, String body, String... headers) throws IOException, InterruptedException {
        HttpRequest.BodyPublisher content = body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body);
        HttpResponse<String> r = settings.http().send(request(path, headers).method(method, content).build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(r.statusCode(), r.body(), r.headers());
    }

    private HttpRequest.Builder request(String path, String... more) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(settings.base() + path)).timeout(settings.timeout());
        if (settings.token() != null) {
            b.header("Authorization", "Bearer " + settings.token());
        }
        for (List<String> pairs : List.of(settings.headers(), List.of(more))) {
            for (int i = 0; i < pairs.size(); i += 2) {
                b.header(pairs.get(i), pairs.get(i + 1));
            }
        }
        return b;
    }

    private static String[] typed(String... headers) {
        for (int i = 0; i < headers.length; i += 2) {
            if (headers[i].equalsIgnoreCase("Content-Type")) {
                return headers;
            }
        }
        String[] json = new String[headers.length + 2];
        json[0] = "Content-Type";
        json[1] = "application/json";
        System.arraycopy(headers, 0, json, 2, headers.length);
        return json;
    }

    private interface Call<T> {
        T call() throws IOException, InterruptedException;
    }

    private static <T> T unchecked(Call<T> call) {
        try {
            return call.call();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Writes maps (of strings, numbers, booleans, nulls, lists and maps) as JSON; anything else as a JSON string. */
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
        if (o instanceof BigDecimal d) {
            return Json.createValue(d);
        }
        return Json.createValue(o.toString());
    }
}
