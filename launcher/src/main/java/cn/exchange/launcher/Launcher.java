package cn.exchange.launcher;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * The one command that runs the exchange: {@code java -jar launcher/target/exchange-launcher.jar}.
 *
 * <p>It starts the embedded PostgreSQL (or uses an external one), then Payara Micro with exchange.war as a child
 * process, waits until the exchange answers and prints its URL. Ctrl-C stops the server, then the database. A
 * server process that dies is restarted (the database and every acknowledged bid are still there).
 * See {@link LauncherOptions} for the options.
 */
public final class Launcher {

    private final LauncherOptions options;
    private final Path launcherDir;
    private final List<ServerProcess> servers = new ArrayList<>();
    private volatile boolean stopping;
    private EmbeddedDatabase database;

    private Launcher(LauncherOptions options, Path launcherDir) {
        this.options = options;
        this.launcherDir = launcherDir;
    }

    /**
     * The embedded PostgreSQL library logs through SLF4J, bound to java.util.logging (slf4j-jdk14): its warnings and
     * errors reach the console; its routine steps (initdb, start, stop) do not. Held here so the setting is not lost.
     */
    private static final java.util.logging.Logger EMBEDDED_PG_LOG = java.util.logging.Logger.getLogger("io.zonky");

    static {
        EMBEDDED_PG_LOG.setLevel(java.util.logging.Level.WARNING);
    }

    public static void main(String[] args) throws Exception {
        LauncherOptions options;
        try {
            options = LauncherOptions.parse(args, System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        new Launcher(options, launcherDirectory()).run();
    }

    private void run() throws Exception {
        Path home = options.home();
        Files.createDirectories(home);
        Files.createDirectories(home.resolve("run"));
        Files.writeString(home.resolve("run").resolve("launcher.pid"), Long.toString(ProcessHandle.current().pid()));
        Secrets secrets = Secrets.load(home);
        System.out.println("产权交易所 · Property Rights Exchange");
        System.out.println("  数据目录 data:   " + home);

        String dbUrl;
        String dbUser;
        String dbPassword;
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "exchange-shutdown"));
        if (options.embeddedDatabase()) {
            database = EmbeddedDatabase.start(home, options.pgPort(), secrets.get("db.password"));
            dbUrl = database.jdbcUrl();
            dbUser = EmbeddedDatabase.USER;
            dbPassword = secrets.get("db.password");
            System.out.println("  数据库 database: embedded PostgreSQL on port " + options.pgPort() + ", data in "
                    + database.dataDirectory() + " (" + String.join(", ", database.durability()) + ")");
        } else {
            dbUrl = options.dbUrl();
            dbUser = options.dbUser();
            dbPassword = options.dbPassword();
            System.out.println("  数据库 database: external " + dbUrl);
        }
        if (options.pgOnly()) {
            System.out.println("  仅数据库 database only: " + dbUrl + " (user " + dbUser + ")  Ctrl-C stops it.");
            new CountDownLatch(1).await();
            return;
        }

        Map<String, String> env = new HashMap<>();
        env.put("EXCHANGE_DB_URL", dbUrl);
        env.put("EXCHANGE_DB_USER", dbUser);
        env.put("EXCHANGE_DB_PASSWORD", dbPassword);
        env.put("EXCHANGE_DEMO", Boolean.toString(options.demo()));
        env.put("EXCHANGE_DEMO_PASSWORD", secrets.get("demo.password"));
        if (options.training()) {
            env.put("EXCHANGE_ENVIRONMENT", "training");
            if (options.clockStart() != null) {
                // one anchor for every instance and every restart: they all read the same exchange time
                env.put("EXCHANGE_CLOCK_START", options.clockStart());
                env.put("EXCHANGE_CLOCK_ANCHOR", Long.toString(System.currentTimeMillis()));
            }
            System.out.println("  演练环境 training environment: transactions have no legal effect"
                    + (options.clockStart() == null ? "" : "; the exchange's clock starts at " + options.clockStart() + " (Beijing time)"));
        }
        boolean adminFromEnvironment = System.getenv("EXCHANGE_ADMIN_PASSWORD") != null;
        if (!adminFromEnvironment) {
            env.put("EXCHANGE_ADMIN_PASSWORD", secrets.get("admin.password"));
        }
        System.out.println("  日志 logs:       " + home.resolve("logs"));
        System.out.println("  管理员 admin:    user 'admin', password "
                + (adminFromEnvironment ? "from EXCHANGE_ADMIN_PASSWORD" : "in " + secrets.file() + " (admin.password)")
                + (options.demo() ? "; demo accounts use demo.password" : ""));

        for (int n = 1; n <= options.instances(); n++) {
            Map<String, String> instanceEnv = new HashMap<>(env);
            instanceEnv.put("EXCHANGE_INSTANCE_ID", "instance-" + n);
            servers.add(new ServerProcess(n, options.instancePort(n), home, launcherDir, options, instanceEnv));
        }
        long started = System.nanoTime();
        for (ServerProcess server : servers) {
            System.out.println("  启动中 starting instance " + server.number() + " on port " + server.port() + " ...");
            server.start();
        }
        for (ServerProcess server : servers) {
            if (!server.awaitReady(Duration.ofMinutes(4))) {
                System.err.println("The exchange did not start. Last lines of " + server.log() + ":");
                server.tail(60).forEach(System.err::println);
                System.exit(1);
            }
        }
        long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();
        if (options.clustered()) {
            for (ServerProcess server : servers) {
                System.out.println("  instance " + server.number() + ": http://localhost:" + server.port() + "/");
            }
            System.out.println("交易所集群已启动 The exchange cluster is running (" + seconds + " s); put the load balancer on port "
                    + options.httpPort() + " (config/cluster/run-cluster.sh does).");
        } else {
            System.out.println("交易所已启动 The exchange is running (" + seconds + " s):  http://localhost:" + options.httpPort() + "/");
        }
        System.out.println("按 Ctrl-C 停止 Press Ctrl-C to stop.");
        supervise();
    }

    /** Restarts a server process that died on its own (a crash, an OOM kill, kill -9). */
    private void supervise() throws InterruptedException {
        while (!stopping) {
            Thread.sleep(1000);
            for (ServerProcess server : servers) {
                if (!stopping && options.restart() && !server.isAlive()) {
                    System.out.println("  实例退出 instance " + server.number() + " exited (code " + server.process().exitValue()
                            + "); restarting it.");
                    try {
                        server.start();
                        if (server.awaitReady(Duration.ofMinutes(4))) {
                            System.out.println("  实例恢复 instance " + server.number() + " is running again: http://localhost:"
                                    + server.port() + "/");
                        }
                    } catch (Exception e) {
                        System.err.println("  Restart failed: " + e.getMessage());
                    }
                }
            }
        }
    }

    private void stop() {
        stopping = true;
        servers.forEach(ServerProcess::stop);
        if (database != null) {
            try {
                database.close();
            } catch (Exception e) {
                System.err.println("Database stop: " + e.getMessage());
            }
        }
        System.out.println("交易所已停止 The exchange has stopped.");
    }

    private static Path launcherDirectory() throws URISyntaxException {
        Path jar = Path.of(Launcher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        return Files.isDirectory(jar) ? jar.getParent() : jar.getParent();
    }
}
