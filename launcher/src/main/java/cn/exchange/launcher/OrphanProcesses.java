package cn.exchange.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Processes a previous run left behind when it was killed hard ({@code kill -9} of the launcher leaves PostgreSQL,
 * which daemonises, and the server processes running). They are stopped cleanly before a new start, so that the new
 * run owns its data directory and ports.
 */
final class OrphanProcesses {

    private OrphanProcesses() {
    }

    /** Stops the postmaster recorded in {@code postmaster.pid} if it still runs (fast shutdown, no data loss). */
    static void stopPostgresLeftRunning(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
        if (lines.isEmpty()) {
            return;
        }
        long pid;
        try {
            pid = Long.parseLong(lines.get(0).trim());
        } catch (NumberFormatException e) {
            return;
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid)
                .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false));
        if (process.isEmpty()) {
            return;
        }
        System.out.println("  A PostgreSQL from an earlier run is still running (pid " + pid + "); stopping it first.");
        // SIGINT is PostgreSQL's "fast shutdown": open transactions roll back, committed data is safe
        new ProcessBuilder("kill", "-INT", Long.toString(pid)).inheritIO().start();
        waitForExit(process.get(), Duration.ofSeconds(60));
    }

    /** Stops a server process recorded in a pid file by an earlier run, if it is still a Payara Micro. */
    static void stopServerLeftRunning(Path pidFile) throws IOException {
        if (!Files.exists(pidFile)) {
            return;
        }
        long pid;
        try {
            pid = Long.parseLong(Files.readString(pidFile).trim());
        } catch (NumberFormatException e) {
            return;
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(p -> p.info().commandLine()
                .map(c -> c.contains("payara-micro")).orElse(false));
        if (process.isPresent()) {
            System.out.println("  A server from an earlier run is still running (pid " + pid + "); stopping it first.");
            process.get().destroy();
            waitForExit(process.get(), Duration.ofSeconds(60));
        }
        Files.deleteIfExists(pidFile);
    }

    static void waitForExit(ProcessHandle process, Duration limit) {
        Instant until = Instant.now().plus(limit);
        while (process.isAlive() && Instant.now().isBefore(until)) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        if (process.isAlive()) {
            process.destroyForcibly();
        }
    }
}
