package cn.exchange.web.app;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each address of the API belongs to exactly one resource class. Two root resources with the same {@code @Path} are not
 * allowed by JAX-RS; Jersey merges them, but on Payara Micro the merge did not hold on every start: on some starts the
 * second class's endpoints answered 404 (45 endpoints, among them the lot documents, the deposit credits and the deal
 * payouts). So every class has a root of its own, and the root Jersey picks for each endpoint's address — among the
 * roots that match it, the one with the most literal characters, then the most template variables (JAX-RS 3.1,
 * §3.7.2) — is the class that declares it.
 */
class RootPathsTest {

    private record Endpoint(String verb, String address, Class<?> owner) {
    }

    /**
     * The API's addresses and their rules, pinned: a refactoring of the resource classes keeps every address (the list
     * is the one a client relies on); a change of the API updates {@code api-endpoints.txt} in the same commit. On a
     * difference the actual list is written to {@code target/api-endpoints.actual.txt}.
     */
    @Test
    void theAddressesAreTheOnesClientsCall() throws Exception {
        List<String> actual = SecurityMatrixResource.endpoints().stream().map(e -> e.method() + " " + e.path() + " " + e.rule())
                .toList();
        List<String> pinned;
        try (var in = RootPathsTest.class.getResourceAsStream("api-endpoints.txt")) {
            pinned = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
        }
        if (!actual.equals(pinned)) {
            java.nio.file.Files.write(java.nio.file.Path.of("target", "api-endpoints.actual.txt"), actual);
        }
        assertThat(actual).containsExactlyElementsOf(pinned);
    }

    @Test
    void noTwoResourcesShareARoot() {
        Map<String, List<String>> byRoot = ExchangeApi.RESOURCES.stream().collect(Collectors.groupingBy(RootPathsTest::root,
                Collectors.mapping(Class::getSimpleName, Collectors.toList())));
        assertThat(byRoot.entrySet().stream().filter(e -> e.getValue().size() > 1).map(Map.Entry::toString).toList())
                .as("roots declared by more than one resource class").isEmpty();
    }

    @Test
    void everyEndpointIsRoutedToTheClassThatDeclaresIt() {
        List<Endpoint> endpoints = endpoints();
        assertThat(endpoints).hasSizeGreaterThan(100);
        List<String> misrouted = new ArrayList<>();
        for (Endpoint e : endpoints) {
            Class<?> chosen = ExchangeApi.RESOURCES.stream()
                    .filter(c -> rootPattern(root(c)).matcher(e.address()).matches())
                    .max(Comparator.comparingInt((Class<?> c) -> literals(root(c))).thenComparingInt(c -> templates(root(c))))
                    .orElse(null);
            if (chosen != e.owner()) {
                misrouted.add(e.verb() + " " + e.address() + ": declared by " + e.owner().getSimpleName() + ", routed to "
                        + (chosen == null ? "nothing" : chosen.getSimpleName()));
            }
        }
        assertThat(misrouted).isEmpty();
    }

    private static List<Endpoint> endpoints() {
        List<Endpoint> out = new ArrayList<>();
        Map<Class<? extends java.lang.annotation.Annotation>, String> verbs = Map.of(GET.class, "GET", POST.class, "POST",
                PUT.class, "PUT", DELETE.class, "DELETE");
        for (Class<?> c : ExchangeApi.RESOURCES) {
            for (Method m : c.getDeclaredMethods()) {
                String verb = verbs.entrySet().stream().filter(v -> m.isAnnotationPresent(v.getKey())).map(Map.Entry::getValue)
                        .findFirst().orElse(null);
                if (verb == null) {
                    continue;
                }
                Path p = m.getAnnotation(Path.class);
                String path = root(c) + (p == null || trim(p.value()).isEmpty() ? "" : "/" + trim(p.value()));
                // an address as a client sends it: every template filled with a number
                out.add(new Endpoint(verb, "/" + path.replaceAll("\\{[^}]+}", "999999"), c));
            }
        }
        return out;
    }

    private static String root(Class<?> c) {
        return trim(c.getAnnotation(Path.class).value());
    }

    private static String trim(String s) {
        return s.replaceAll("^/+|/+$", "");
    }

    /** The regular expression of a root resource: its template, then anything below it. */
    private static Pattern rootPattern(String root) {
        StringBuilder re = new StringBuilder("/");
        var m = Pattern.compile("\\{[^}]+}").matcher(root);
        int at = 0;
        while (m.find()) {
            re.append(Pattern.quote(root.substring(at, m.start()))).append("([^/]+?)");
            at = m.end();
        }
        re.append(Pattern.quote(root.substring(at))).append("(/.*)?");
        return Pattern.compile(re.toString());
    }

    private static int literals(String root) {
        return root.replaceAll("\\{[^}]+}", "").length();
    }

    private static int templates(String root) {
        Function<String, Integer> count = s -> (int) Pattern.compile("\\{[^}]+}").matcher(s).results().count();
        return count.apply(root);
    }
}
