package cn.exchange.it.container;

import cn.exchange.ejb.platform.DatabaseMigrator;
import cn.exchange.ejb.platform.SystemService;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/** Inside Payara Micro: Flyway migrated the database the configuration named, and the services see it. */
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

    @Test
    void serverTimeIsBeijingTime() {
        assertThat(system.info().serverTime()).endsWith("+08:00");
        assertThat(system.info().installedAt()).isNotBlank();
    }
}
