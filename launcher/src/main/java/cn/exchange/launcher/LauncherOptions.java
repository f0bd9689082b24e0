package cn.exchange.launcher;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The launcher's options. Each can be given as a command-line flag, a system property or an environment variable,
 * in that order of precedence:
 *
 * <pre>
 * --home DIR          -Dexchange.home      EXCHANGE_HOME       data, logs and generated passwords (default ./exchange-data)
 * --port N            -Dexchange.http.port EXCHANGE_HTTP_PORT  HTTP port of the exchange (default 8080)
 * --pg-port N         -Dexchange.pg.port   EXCHANGE_PG_PORT    port of the embedded PostgreSQL (default 15432)
 * --db-url URL        -Dexchange.db.url    EXCHANGE_DB_URL     use this external PostgreSQL instead of the embedded one
 * --db-user U         -Dexchange.db.user   EXCHANGE_DB_USER
 * --db-password P     -Dexchange.db.password EXCHANGE_DB_PASSWORD
 * --instances N       -Dexchange.instances EXCHANGE_INSTANCES  N clustered Payara Micro instances on port+1 .. port+N
 * --pg-only                                                    start only the database
 * --no-demo           -Dexchange.demo=false EXCHANGE_DEMO=false  no demo data on the first start
 * --no-restart                                                 do not restart an instance that died
 * --jvm-opts "..."    -Dexchange.jvm.opts  EXCHANGE_JVM_OPTS   JVM options for the server processes
 * --training          -Dexchange.environment=training EXCHANGE_ENVIRONMENT=training  a training environment (演练环境)
 * --training-clock T  -Dexchange.clock.start EXCHANGE_CLOCK_START  a training environment whose clock starts at T
 *                                                              (Beijing time, e.g. 2027-01-15T10:00) and runs on
 * </pre>
 */
record LauncherOptions(Path home, int httpPort, int pgPort, String dbUrl, String dbUser, String dbPassword,
                       int instances, boolean pgOnly, boolean demo, boolean restart, List<String> jvmOptions,
                       boolean training, String clockStart) {

    static LauncherOptions parse(String[] args, Map<String, String> env) {
        Map<String, String> flags = new java.util.HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--pg-only", "--no-demo", "--no-restart", "--training" -> flags.put(a, "true");
                case "--help", "-h" -> {
                    usage();
                    System.exit(0);
                }
                default -> {
                    if (!a.startsWith("--") || i + 1 >= args.length) {
                        throw new IllegalArgumentException("Unknown or incomplete option: " + a + " (try --help)");
                    }
                    flags.put(a, args[++i]);
                }
            }
        }
        Path home = Path.of(pick(flags, env, "--home", "exchange.home", "EXCHANGE_HOME", "exchange-data")).toAbsolutePath().normalize();
        int port = Integer.parseInt(pick(flags, env, "--port", "exchange.http.port", "EXCHANGE_HTTP_PORT", "8080"));
        int pgPort = Integer.parseInt(pick(flags, env, "--pg-port", "exchange.pg.port", "EXCHANGE_PG_PORT", "15432"));
        String dbUrl = pick(flags, env, "--db-url", "exchange.db.url", "EXCHANGE_DB_URL", null);
        String dbUser = pick(flags, env, "--db-user", "exchange.db.user", "EXCHANGE_DB_USER", "exchange");
        String dbPassword = pick(flags, env, "--db-password", "exchange.db.password", "EXCHANGE_DB_PASSWORD", "exchange");
        int instances = Integer.parseInt(pick(flags, env, "--instances", "exchange.instances", "EXCHANGE_INSTANCES", "1"));
        boolean demo = !flags.containsKey("--no-demo")
                && Boolean.parseBoolean(pick(flags, env, "--demo", "exchange.demo", "EXCHANGE_DEMO", "true"));
        String jvm = pick(flags, env, "--jvm-opts", "exchange.jvm.opts", "EXCHANGE_JVM_OPTS", "-Xms256m -Xmx1g");
        List<String> jvmOptions = new ArrayList<>();
        for (String o : jvm.trim().split("\\s+")) {
            if (!o.isEmpty()) {
                jvmOptions.add(o);
            }
        }
        if (instances < 1 || instances > 8) {
            throw new IllegalArgumentException("--instances must be between 1 and 8");
        }
        String clockStart = pick(flags, env, "--training-clock", "exchange.clock.start", "EXCHANGE_CLOCK_START", null);
        String environment = pick(flags, env, "--environment", "exchange.environment", "EXCHANGE_ENVIRONMENT", "production");
        boolean training = flags.containsKey("--training") || flags.containsKey("--training-clock")
                || "training".equalsIgnoreCase(environment.strip());
        if (clockStart != null && !clockStart.isBlank() && !training) {
            throw new IllegalArgumentException("A clock start (" + clockStart + ") is refused in production: only a training environment"
                    + " may set the exchange's clock (--training-clock, or EXCHANGE_ENVIRONMENT=training).");
        }
        return new LauncherOptions(home, port, pgPort, dbUrl, dbUser, dbPassword, instances,
                flags.containsKey("--pg-only"), demo, !flags.containsKey("--no-restart"), List.copyOf(jvmOptions), training,
                clockStart == null || clockStart.isBlank() ? null : clockStart.strip());
    }

    boolean embeddedDatabase() {
        return dbUrl == null || dbUrl.isBlank();
    }

    boolean clustered() {
        return instances > 1;
    }

    /** The HTTP port of instance {@code n} (1-based): the main port alone, or port+n in a cluster. */
    int instancePort(int n) {
        return clustered() ? httpPort + n : httpPort;
    }

    private static String pick(Map<String, String> flags, Map<String, String> env, String flag, String property,
                               String variable, String fallback) {
        if (flags.containsKey(flag)) {
            return flags.get(flag);
        }
        String p = System.getProperty(property);
        if (p != null && !p.isBlank()) {
            return p;
        }
        String e = env.get(variable);
        if (e != null && !e.isBlank()) {
            return e;
        }
        return fallback;
    }

    private static void usage() {
        System.out.println("""
                java -jar launcher/target/exchange-launcher.jar [options]
                  --home DIR        data, logs and generated passwords (default ./exchange-data)
                  --port N          HTTP port (default 8080)
                  --pg-port N       embedded PostgreSQL port (default 15432)
                  --db-url URL      use an external PostgreSQL (also --db-user, --db-password; or EXCHANGE_DB_*)
                  --instances N     run N clustered instances on ports port+1..port+N (put a load balancer on port)
                  --pg-only         start only the embedded database
                  --no-demo         do not load demo data on the first start
                  --no-restart      do not restart an instance that dies
                  --jvm-opts "..."  JVM options for the server processes (default "-Xms256m -Xmx1g")
                  --training        a training environment (演练环境): every page says so; transactions have no legal effect
                  --training-clock T  a training environment whose clock starts at T (Beijing time, e.g. 2027-01-15T10:00)
                                    and runs on; every instance of a cluster reads the same time""");
    }
}
