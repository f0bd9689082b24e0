package cn.exchange.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The README's run command, run for real by a test: {@code java -jar target/exchange-launcher.jar} in its own process,
 * on free ports, with a home directory of the test's choosing.
 */
public final class RunningExchange implements AutoCloseable {

    final Path home;
    final int httpPort;
    public final int pgPort;
    private final Path output;
    private Process process;

    public RunningExchange(Path home) {
        this(home, freePort(), freePort());
    }

    RunningExchange(Path home, int httpPort, int pgPort) {
        this.home = home;
        this.httpPort = httpPort;
        this.pgPort = pgPort;
        this.output = home.resolveSibling(home.getFileName() + "-launcher.out");
    }

    public RunningExchange start(Map<String, String> environment, String... extraArgs) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(javaBin(), "-jar", Path.of("target", "exchange-launcher.jar").toAbsolutePath().toString(),
                "--home", home.toString(), "--port", Integer.toString(httpPort), "--pg-port", Integer.toString(pgPort),
                "--jvm-opts", jvmOpts("-Xms128m -Xmx768m")));
        cmd.addAll(List.of(extraArgs));
        cmd.addAll(testClockArguments(extraArgs));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(output.toFile()));
        pb.environment().keySet().removeIf(k -> k.startsWith("EXCHANGE_"));
        pb.environment().putAll(environment);
        process = pb.start();
        return this;
    }

    /**
     * The server JVM's options in a test: {@code heap}, and in the test command ({@code exchange.test.jit=quick}, set by
     * the launcher's failsafe configuration) the JIT's first tier only — a boot takes about 27 s instead of 33 s on two
     * cores, and these tests boot a dozen servers. The perf command leaves the JIT whole: its figures are the server's.
     */
    static String jvmOpts(String heap) {
        return "quick".equals(System.getProperty("exchange.test.jit")) ? heap + " -XX:TieredStopAtLevel=1" : heap;
    }

    /** Waits for the launcher's "running" line and returns the URL it printed. */
    public String awaitUrl(Duration limit) throws InterruptedException {
        Instant until = Instant.now().plus(limit);
        while (Instant.now().isBefore(until)) {
            for (String line : output()) {
                int at = line.indexOf("http://localhost:" + httpPort + "/");
                if (line.contains("running") && at >= 0) {
                    return line.substring(at).trim();
                }
            }
            if (!process.isAlive()) {
                throw new AssertionError("The launcher exited:\n" + String.join("\n", output()));
            }
            Thread.sleep(500);
        }
        throw new AssertionError("The exchange did not print its URL within " + limit + ":\n" + String.join("\n", output()));
    }

    public List<String> output() {
        try {
            return Files.exists(output) ? new String(Files.readAllBytes(output), StandardCharsets.UTF_8).lines().toList() : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + httpPort + path)).timeout(Duration.ofSeconds(30));
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
        HttpRequest r = HttpRequest.newBuilder(URI.create("http://localhost:" + httpPort + path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build();
        return HttpClient.newHttpClient().send(r, HttpResponse.BodyHandlers.ofString());
    }

    /** Ctrl-C: SIGTERM to the launcher, which stops the server and then the database. */
    public int stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(90, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("The launcher did not stop within 90 s");
        }
        return process.exitValue();
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + pgPort + "/exchange";
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            process.destroy();
            try {
                process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            process.destroyForcibly();
        }
    }

    /**
     * The exchange's clock for the test run: with {@code -Dexchange.test.clock=2030-06-30T16:59} the run command starts a
     * training environment whose clock starts there (unless the test sets a clock of its own).
     */
    static List<String> testClockArguments(String... extraArgs) {
        String clock = System.getProperty("exchange.test.clock", "");
        if (clock.isBlank() || List.of(extraArgs).contains("--training-clock") || List.of(extraArgs).contains("--pg-only")) {
            return List.of();
        }
        return List.of("--training-clock", clock.strip());
    }

    /** Enters the calendar years the tests need around the exchange's clock (test data; see {@link ExchangeClient#enterTestCalendars}). */
    public void enterTestCalendars() throws Exception {
        ExchangeClient.enterTestCalendars("http://localhost:" + httpPort, home);
    }

    /** A free port, and the {@value #SPAN} after it (a cluster's instances listen on port+1 .. port+N). */
    static int freePort() {
        return freePort(SPAN);
    }

    static final int SPAN = 4;
    private static final java.util.Random PORTS = new java.util.Random();
    private static final java.util.Set<Integer> GIVEN = new java.util.HashSet<>();

    /**
     * A port free with the {@code span} ports after it, chosen below the kernel's ephemeral range (32768–60999 on Linux):
     * a port the kernel hands out (new ServerSocket(0)) lies inside that range, where any process's outgoing
     * connection (a JDBC or data-grid client) may take it between this check and the server's bind — which is how a
     * cluster test once failed with "Address already in use" at start. Ports 20000–32767 are never given to clients.
     */
    static synchronized int freePort(int span) {
        for (int attempt = 0; attempt < 200; attempt++) {
            int p = 20000 + PORTS.nextInt(12000 - span);
            // never a port this JVM handed out already (another caller's range may not be bound yet)
            if (java.util.stream.IntStream.rangeClosed(p, p + span).allMatch(q -> !GIVEN.contains(q) && free(q))) {
                java.util.stream.IntStream.rangeClosed(p, p + span).forEach(GIVEN::add);
                return p;
            }
        }
        throw new IllegalStateException("no free port between 20000 and 32000");
    }

    private static boolean free(int port) {
        try (ServerSocket s = new ServerSocket()) {
            s.setReuseAddress(false);
            s.bind(new java.net.InetSocketAddress("127.0.0.1", port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
