package cn.exchange.ejb.listing;

import cn.exchange.core.listing.Category;
import cn.exchange.core.listing.ListingStatus;
import cn.exchange.ejb.persistence.TestSchema;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The board's searches ({@link BoardQuery}) on 20,000 listings in the migrated schema: they answer what a visitor asks
 * (the count is the number of matching lots, a page comes in the board's order), and PostgreSQL plans them on the
 * indexes of V27 — the default order read from {@code lot_board_order}, a category's projects by
 * {@code project_category}, the count without the project when no filter reads it. All of it in one transaction that is
 * rolled back, so the module's other database tests never see the listings.
 */
@ExtendWith(TestSchema.class)
class BoardQueryPlanTest {

    private static Connection c;

    @BeforeAll
    static void seed(DataSource migrated) throws SQLException {
        c = migrated.getConnection();
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            s.execute("insert into party(kind, name, credit_code, status, created_at) values ('AGENCY', '某机关', 'PLAN-TEST', 'APPROVED', now())");
            s.execute("insert into project (number, agency_party_id, title, category, created_at) select 'PLAN' || lpad(g::text, 8, '0'),"
                    + " (select id from party where credit_code = 'PLAN-TEST'), '项目 ' || g,"
                    + " (array['ADMINISTRATIVE_ASSET','EQUITY_TRANSFER','ENTERPRISE_ASSET','LAND_USE_RIGHT','LICENCE_PLATE'])[1 + g % 5],"
                    + " now() from generate_series(1, 20000) g");
            s.execute("insert into lot (project_id, lot_no, title, region, appraiser, valuation_base_date, appraised_value, listing_price,"
                    + " deposit, bidding_method, status, round, period_wd, disclosure_start, ends_at, first_published_on)"
                    + " select p.id, 1, case when p.id % 7 = 0 then '帕萨特 ' || p.id else '办公楼 ' || p.id end, (array['北京','杭州'])[1 + p.id % 2],"
                    + " '某评估公司', current_date - 30, 10000 + (p.id * 7919) % 9000000, 10000 + (p.id * 7919) % 9000000, 1000,"
                    + " 'ONLINE_ASCENDING', (array['PUBLISHED','PUBLISHED','SUSPENDED','DISCLOSURE_ENDED','TERMINATED','DRAFT'])[1 + p.id % 6],"
                    + " 1, 20, current_date - 5, now() + ((1 + p.id % 40) || ' days')::interval, current_date - 5"
                    + " from project p where p.number like 'PLAN%'");
            s.execute("analyze project");
            s.execute("analyze lot");
        }
    }

    @AfterAll
    static void rollBack() throws SQLException {
        c.rollback();
        c.close();
    }

    @Test
    void theDefaultBoardIsReadInItsOrderFromTheIndex() throws SQLException {
        BoardQuery q = BoardQuery.of(BoardFilter.all(), 200, 30);
        assertThat(q.countSql()).as("no filter reads the project: the count leaves it out").doesNotContain("project");
        assertThat(count(q)).isEqualTo(single("select count(*) from lot l join project p on p.id = l.project_id"
                + " where p.number like 'PLAN%' and l.status <> 'DRAFT'") + single("select count(*) from lot l join project p"
                + " on p.id = l.project_id where p.number not like 'PLAN%' and l.status in " + BoardService.PUBLIC_SQL));
        assertThat(plan(q.rowsSql(), q.args())).contains("lot_board_order").doesNotContain("Sort Key");
        List<String> statuses = column(BoardQuery.of(BoardFilter.all(), 0, 100), 8);
        assertThat(statuses).as("running announcements first").allMatch(s -> s.equals("PUBLISHED"));
    }

    @Test
    void aCategoryIsFoundByItsIndexAndCountedExactly() throws SQLException {
        BoardFilter equity = new BoardFilter(null, Category.EQUITY_TRANSFER, null, null, null, null, null, null, null);
        BoardQuery q = BoardQuery.of(equity, 0, 30);
        assertThat(plan(q.countSql(), q.args())).contains("project_category");
        assertThat(count(q)).isEqualTo(single("select count(*) from lot l join project p on p.id = l.project_id"
                + " where p.category = 'EQUITY_TRANSFER' and l.status in " + BoardService.PUBLIC_SQL));
        assertThat(column(q, 4)).isNotEmpty().allMatch("EQUITY_TRANSFER"::equals);
    }

    @Test
    void filtersAndSortsAnswerWhatTheVisitorAsked() throws SQLException {
        BoardFilter cheap = new BoardFilter("帕萨特", null, "杭州", null, new BigDecimal("3000000"), ListingStatus.PUBLISHED, null, null,
                "price");
        BoardQuery q = BoardQuery.of(cheap, 0, 100);
        long expected = single("select count(*) from lot l where l.title like '%帕萨特%' and l.region = '杭州'"
                + " and l.listing_price <= 3000000 and l.status = 'PUBLISHED'");
        assertThat(expected).isGreaterThan(100);
        assertThat(count(q)).isEqualTo(expected);
        List<String> prices = column(q, 7);
        assertThat(prices).hasSize(100);
        for (int i = 1; i < prices.size(); i++) {
            assertThat(new BigDecimal(prices.get(i))).isGreaterThanOrEqualTo(new BigDecimal(prices.get(i - 1)));
        }
    }

    private static long count(BoardQuery q) throws SQLException {
        try (PreparedStatement st = prepared(q.countSql(), q.args()); ResultSet rs = st.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static List<String> column(BoardQuery q, int index) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement st = prepared(q.rowsSql(), q.args()); ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getString(index + 1));
            }
        }
        return out;
    }

    private static String plan(String sql, List<Object> args) throws SQLException {
        StringBuilder out = new StringBuilder();
        try (PreparedStatement st = prepared("explain " + sql, args); ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                out.append(rs.getString(1)).append('\n');
            }
        }
        return out.toString();
    }

    private static long single(String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static PreparedStatement prepared(String sql, List<Object> args) throws SQLException {
        PreparedStatement st = c.prepareStatement(sql);
        for (int i = 0; i < args.size(); i++) {
            st.setObject(i + 1, args.get(i));
        }
        return st;
    }
}
