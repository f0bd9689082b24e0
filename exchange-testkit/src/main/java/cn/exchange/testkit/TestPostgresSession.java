package cn.exchange.testkit;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * The embedded PostgreSQL for a whole test run, started when the launcher session opens (before Arquillian starts its
 * server) and stopped when it closes. A suite registers a subclass in
 * {@code META-INF/services/org.junit.platform.launcher.LauncherSessionListener}; it starts the database only in a JVM
 * that sets the subclass's flag (failsafe's: surefire's would start one for nothing).
 */
public abstract class TestPostgresSession implements LauncherSessionListener {

    private final String flag;

    /** @param flag the system property that must be {@code true} for this JVM to start the database */
    protected TestPostgresSession(String flag) {
        this.flag = flag;
    }

    /** Starts the database: {@link TestPostgres#start()} unless a suite needs another port or settings. */
    protected void start() {
        TestPostgres.start();
    }

    /** Hands the running database over to what the suite starts next (system properties); nothing by default. */
    protected void started() {
    }

    @Override
    public final void launcherSessionOpened(LauncherSession session) {
        if (!Boolean.getBoolean(flag) || TestPostgres.running()) {
            return;
        }
        start();
        started();
    }

    @Override
    public final void launcherSessionClosed(LauncherSession session) {
        if (Boolean.getBoolean(flag)) {
            TestPostgres.stop();
        }
    }
}
