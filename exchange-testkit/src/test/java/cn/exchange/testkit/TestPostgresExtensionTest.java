package cn.exchange.testkit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ExtendWith(TestPostgresExtension.class)
class TestPostgresExtensionTest {

    @BeforeAll
    static void table(DataSource ds) throws Exception {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("create table if not exists kit_probe(id bigserial primary key, name text)");
        }
    }

    @Test
    void oneServerPerJvm(DataSource ds) throws Exception {
        assertThat(TestPostgres.running()).isTrue();
        assertThat(TestPostgres.start()).isSameAs(ds).isSameAs(TestPostgres.dataSource());
        assertThat(TestPostgres.jdbcUrl()).isEqualTo("jdbc:postgresql://localhost:" + TestPostgres.port() + "/postgres");
        assertThatThrownBy(() -> TestPostgres.start(TestPostgres.port() == 1 ? 2 : 1)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void insertAnswersTheNewIdAndCountCounts(DataSource ds) throws Exception {
        long before = TestPostgres.count("select count(*) from kit_probe");
        try (Connection c = ds.getConnection()) {
            long id = TestPostgres.insert(c, "insert into kit_probe(name) values (?) returning id", "甲");
            assertThat(id).isPositive();
        }
        assertThat(TestPostgres.count("select count(*) from kit_probe")).isEqualTo(before + 1);
    }
}
