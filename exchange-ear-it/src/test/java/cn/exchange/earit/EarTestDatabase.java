package cn.exchange.earit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The EAR test's PostgreSQL, on the fixed port the failsafe environment (EXCHANGE_DB_URL) names, started before the
 * managed Payara Server that inherits that environment.
 */
public class EarTestDatabase implements LauncherSessionListener {

    private static EmbeddedPostgres postgres;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (!Boolean.getBoolean("exchange.ear.testdb") || postgres != null) {
            return;
        }
        try {
            postgres = EmbeddedPostgres.builder().setPort(Integer.getInteger("exchange.ear.pg.port", 25432)).start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the EAR test's PostgreSQL", e);
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException ignored) {
                // the JVM is ending
            }
        }
    }
}
