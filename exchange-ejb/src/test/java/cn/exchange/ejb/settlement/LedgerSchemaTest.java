package cn.exchange.ejb.settlement;

import cn.exchange.ejb.persistence.TestSchema;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The database keeps the ledger honest on its own, whatever the application does: a posting whose lines do not sum to
 * zero cannot commit, a posting or line cannot be changed or removed, and a certificate cannot be edited.
 */
class LedgerSchemaTest {

    final DataSource ds = TestSchema.dataSource();

    @Test
    void anUnbalancedPostingCannotCommit() throws Exception {
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            long id = posting(c, "TEST");
            line(c, id, 1, "BANK", "100.00");
            line(c, id, 2, "SUSPENSE", "-99.99");
            assertThatThrownBy(c::commit).isInstanceOf(SQLException.class).hasMessageContaining("does not balance");
        }
    }

    @Test
    void aBalancedPostingCommitsAndIsNeverChanged() throws Exception {
        long id;
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            id = posting(c, "TEST");
            line(c, id, 1, "BANK", "100.00");
            line(c, id, 2, "SUSPENSE", "-100.00");
            c.commit();
        }
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate("update ledger_line set amount = 1 where posting_id = " + id))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> s.executeUpdate("delete from ledger_posting where id = " + id))
                    .hasMessageContaining("append-only");
            try (ResultSet rs = s.executeQuery("select sum(amount) from ledger_line where posting_id = " + id)) {
                rs.next();
                assertThat(rs.getBigDecimal(1)).isZero();
            }
        }
    }

    private static long posting(Connection c, String kind) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("insert into ledger_posting (kind, memo, posted_at, posted_by)"
                + " values ('" + kind + "', 'test', now(), 'test') returning id")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void line(Connection c, long posting, int no, String account, String amount) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate("insert into ledger_line values (" + posting + ", " + no + ", '" + account + "', " + amount + ")");
        }
    }
}
