package cn.exchange.launcher;

import java.io.IOException;
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
 * One Payara Micro process running exchange.war, started as a child of the launcher with the full Payara Micro
 * command line, its output in {@code <home>/logs/instance-N.log} and its pid in {@code <home>/run/instance-N.pid}.
 */
final class ServerProcess {

    /** Hazelcast start port for launcher clusters: away from 6900, the default an Arquillian test Micro uses. */
    static final int CLUSTER_START_PORT = 6950;

    private final int number;
    private final int port;
    private final Path log;
    private final Path pidFile;
    private final List<String> command;
    private final Map<String, String> environment;
    private volatile Process process;
    private final Path unpackDir;

    ServerProcess(int number, int port, Path home, Path launcherDir, LauncherOptions options, Map<String, String> environment) {
        this.number = number;
        this.port = port;
        this.log = home.resolve("logs").resolve("instance-" + number + ".log");
        this.pidFile = home.resolve("run").resolve("instance-" + number + ".pid");
        this.environment = environment;
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(options.jvmOptions());
        cmd.add("-Dfile.encoding=UTF-8");
        cmd.add("-Duser.timezone=Asia/Shanghai");
        // the data directory: the exchange writes a copy of its generated seal keystore under <home>/seal
        cmd.add("-Dexchange.home=" + home);
        if (options.clustered()) {
            // behind the load balancer: the client's address is the one it forwards (audit trail, rate limits)
            cmd.add("-Dexchange.trust-proxy=true");
        }
        cmd.add("-jar");
        cmd.add(launcherDir.resolve("lib").resolve("payara-micro.jar").toString());
        cmd.addAll(List.of("--deploy", launcherDir.resolve("exchange.war").toString()));
        cmd.addAll(List.of("--contextroot", "/"));
        cmd.addAll(List.of("--port", Integer.toString(port)));
        cmd.addAll(List.of("--name", "exchange-" + number));
        cmd.add("--disablephonehome");
        cmd.addAll(List.of("--prebootcommandfile", preBootFile(home, options.clustered()).toString()));
        cmd.addAll(List.of("--logproperties", loggingFile(home, environment).toString()));
        this.unpackDir = home.resolve("runtime").resolve("instance-" + number);
        cmd.addAll(List.of("--unpackdir", unpackDir.toString()));
        if (options.clustered()) {
            // the instances find each other on loopback only, under a cluster name of their own
            cmd.addAll(List.of("--clustername", "exchange-" + Integer.toHexString(home.toString().hashCode())));
            cmd.addAll(List.of("--clustermode", "tcpip:127.0.0.1:" + CLUSTER_START_PORT));
            cmd.addAll(List.of("--startport", Integer.toString(CLUSTER_START_PORT)));
            cmd.addAll(List.of("--interfaces", "127.0.0.1"));
        } else {
            cmd.add("--nocluster");
        }
        this.command = List.copyOf(cmd);
    }

    /**
     * Behind the load balancer, which ends TLS and says so in X-Forwarded-Proto, a request is taken as the client sent
     * it — https — so that the server marks the session cookie Secure and builds its redirects with https.
     * Only then: a single server on localhost is plain HTTP, and would otherwise let any client choose its scheme.
     */
    static final String BEHIND_TLS_PROXY = "set configs.config.server-config.network-config.protocols.protocol.http-listener"
            + ".http.scheme-mapping=X-Forwarded-Proto";

    /**
     * Writes {@code config/server-preboot.asadmin} (packaged in the launcher jar) under the home's run directory, with
     * {@link #BEHIND_TLS_PROXY} for the instances of a cluster.
     */
    private static Path preBootFile(Path home, boolean clustered) {
        Path file = home.resolve("run").resolve("server-preboot.asadmin");
        try (var in = ServerProcess.class.getResourceAsStream("server-preboot.asadmin")) {
            if (in == null) {
                throw new IllegalStateException("server-preboot.asadmin is missing from the launcher jar");
            }
            Files.createDirectories(file.getParent());
            String commands = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            if (clustered) {
                commands = commands.stripTrailing() + "\n# behind the TLS-ending load balancer (launcher, --instances > 1)\n" + BEHIND_TLS_PROXY + "\n";
            }
            Files.writeString(file, commands);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot write " + file, e);
        }
        return file;
    }

    /** JSON lines instead of Payara's one-record-per-paragraph text: {@code EXCHANGE_LOG_FORMAT=json}. */
    static final String JSON_FORMATTER = "fish.payara.enterprise.server.logging.JSONLogFormatter";

    /**
     * Writes {@code config/server-logging.properties} (packaged in the launcher jar: Payara Micro's defaults without ANSI
     * colour codes, which are noise in a log file) under the home's run directory; with {@code EXCHANGE_LOG_FORMAT=json}
     * (environment or {@code -Dexchange.log.format=json}) the records are JSON lines.
     */
    static Path loggingFile(Path home, Map<String, String> environment) {
        Path file = home.resolve("run").resolve("logging.properties");
        try (var in = ServerProcess.class.getResourceAsStream("server-logging.properties")) {
            if (in == null) {
                throw new IllegalStateException("server-logging.properties is missing from the launcher jar");
            }
            Files.createDirectories(file.getParent());
            String props = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
            String format = System.getProperty("exchange.log.format", environment.getOrDefault("EXCHANGE_LOG_FORMAT",
                    System.getenv().getOrDefault("EXCHANGE_LOG_FORMAT", "text")));
            if ("json".equalsIgnoreCase(format.strip())) {
                props = props.replace("java.util.logging.ConsoleHandler.formatter=com.sun.enterprise.server.logging.ODLLogFormatter",
                        "java.util.logging.ConsoleHandler.formatter=" + JSON_FORMATTER);
            }
            Files.writeString(file, props, java.nio.charset.StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot write " + file, e);
        }
        return file;
    }

    void start() throws IOException {
        Files.createDirectories(log.getParent());
        Files.createDirectories(pidFile.getParent());
        OrphanProcesses.stopServerLeftRunning(pidFile);
        // a runtime left by the last run (a crash) would deploy the application a second time from its domain.xml,
        // undeploying the first copy while it already answers: start from an empty one, also on a restart
        deleteTree(unpackDir);
        ProcessBuilder pb = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        pb.environment().putAll(environment);
        process = pb.start();
        Files.writeString(pidFile, Long.toString(process.pid()));
    }

    /** Waits until {@code /health/ready} answers 200 (the database is reachable and the application deployed). */
    boolean awaitReady(Duration limit) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant until = Instant.now().plus(limit);
        while (Instant.now().isBefore(until)) {
            if (!process.isAlive()) {
                return false;
            }
            try {
                // while the application deploys the answer can take longer than a few seconds; a client that gave up
                // would leave a "Broken pipe" stack trace in the server's log for nothing
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health/ready"))
                        .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    // the first page render compiles the Facelets; do it before telling anyone the URL
                    http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/")).timeout(Duration.ofSeconds(30)).build(),
                            HttpResponse.BodyHandlers.discarding());
                    return true;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        return false;
    }

    boolean isAlive() {
        return process != null && process.isAlive();
    }

    Process process() {
        return process;
    }

    int number() {
        return number;
    }

    int port() {
        return port;
    }

    Path log() {
        return log;
    }

    /** Graceful stop (SIGTERM: Payara finishes requests and undeploys), forced after 30 s. */
    void stop() {
        Process p = process;
        if (p != null && p.isAlive()) {
            p.destroy();
            OrphanProcesses.waitForExit(p.toHandle(), Duration.ofSeconds(30));
        }
        try {
            Files.deleteIfExists(pidFile);
        } catch (IOException ignored) {
            // a stale pid file is checked against the live process list at the next start
        }
    }

    /** The last lines of the instance's log, shown when it fails to start. */
    List<String> tail(int lines) {
        try {
            // lenient decoding: a server log may hold bytes that are not UTF-8
            List<String> all = new String(Files.readAllBytes(log), StandardCharsets.UTF_8).lines().toList();
            return all.subList(Math.max(0, all.size() - lines), all.size());
        } catch (IOException e) {
            return List.of();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
