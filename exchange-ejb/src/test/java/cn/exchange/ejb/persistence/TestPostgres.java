package cn.exchange.ejb.persistence;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * One embedded PostgreSQL for the module's persistence tests, migrated by the application's own Flyway migrations.
 * Started on first use, stopped when the JVM ends.
 */
public final class TestPostgres {

    private static EmbeddedPostgres postgres;

    private TestPostgres() {
    }

    public static synchronized DataSource dataSource() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder().setServerConfig("timezone", "Asia/Shanghai").start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Flyway.configure().dataSource(postgres.getPostgresDatabase()).locations("classpath:db/migration").load().migrate();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException ignored) {
                    // the JVM is ending
                }
            }));
        }
        return postgres.getPostgresDatabase();
    }
}
