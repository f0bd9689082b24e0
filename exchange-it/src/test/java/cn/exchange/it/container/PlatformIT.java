package cn.exchange.it.container;

import cn.exchange.ejb.auction.AuctionDesk;
import cn.exchange.ejb.platform.DatabaseMigrator;
import cn.exchange.ejb.platform.SystemService;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManageableThread;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Inside Payara Micro: Flyway migrated the database the configuration named, and the services see it; the lots' writers
 * have their managed executor, sixteen threads wide.
 */
@ExtendWith(ArquillianExtension.class)
class PlatformIT {

    @EJB
    DatabaseMigrator migrator;

    @EJB
    SystemService system;

    @Resource(lookup = DatabaseMigrator.DATASOURCE)
    DataSource dataSource;

    @Test
    void flywayMigratedTheConfiguredDatabase() throws Exception {
        assertThat(migrator.schemaVersion()).isNotEqualTo("none");
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select count(*) from flyway_schema_history where success")) {
            rs.next();
            assertThat(rs.getInt(1)).isGreaterThanOrEqualTo(1);
        }
    }

    @Inject
    AuctionDesk desk;

    /**
     * Sixteen lots' batches are in flight at once on the writers' threads, made by the application's managed thread
     * factory (a pool that grew no thread beyond its first would run one).
     */
    @Test
    void theWritersRunSixteenBatchesAtOnceOnManagedThreads() throws Exception {
        CountDownLatch running = new CountDownLatch(AuctionDesk.THREADS);
        CountDownLatch release = new CountDownLatch(1);
        List<Future<Boolean>> tasks = new ArrayList<>();
        try {
            for (int i = 0; i < AuctionDesk.THREADS; i++) {
                tasks.add(desk.onWriterThread(() -> {
                    assertThat(Thread.currentThread()).as("a thread of the container's managed thread factory")
                            .isInstanceOf(ManageableThread.class);
                    running.countDown();
                    return release.await(30, TimeUnit.SECONDS);
                }));
            }
            assertThat(running.await(20, TimeUnit.SECONDS)).as("16 tasks running at the same time").isTrue();
        } finally {
            release.countDown();
        }
        for (Future<Boolean> t : tasks) {
            assertThat(t.get(30, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void serverTimeIsBeijingTime() {
        assertThat(system.info().serverTime()).endsWith("+08:00");
        assertThat(system.info().installedAt()).isNotBlank();
    }
}
