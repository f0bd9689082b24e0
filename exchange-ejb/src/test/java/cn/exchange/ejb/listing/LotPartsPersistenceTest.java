package cn.exchange.ejb.listing;

import cn.exchange.core.listing.ListingStatus;
import cn.exchange.core.listing.Lot;
import cn.exchange.ejb.persistence.TestPersistenceUnit;
import cn.exchange.ejb.persistence.TestSchema;
import cn.exchange.testkit.TestPostgres;
import cn.exchange.ejb.settlement.DealPartsPersistenceTest;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lot's round of listing ({@code ListingRound}, with the announcement's period embedded in it) on the real schema:
 * the same columns as before, the JPQL paths through it, a lot relisting a forfeited sale read back whole, and an
 * unpublished lot — its period columns all null — loaded and committed without a write.
 */
class LotPartsPersistenceTest {

    static final DataSource ds = TestSchema.dataSource();
    static final EntityManagerFactory emf = TestPersistenceUnit.shared();
    static final OffsetDateTime ENDS = OffsetDateTime.parse("2026-12-30T17:00:00+08:00");

    @Test
    void aRelistingLotReadsItsRoundPeriodAndOriginAndTheQueriesFindItThroughTheRound() throws Exception {
        long deal = DealPartsPersistenceTest.persisted(DealPartsPersistenceTest.newDeal(ENDS));
        long sold = (Long) value("select lot_id from deal where id = " + deal);
        long project = (Long) value("select project_id from lot where id = " + sold);
        long relisting = insertLot(project, 2, "PUBLISHED", ", round, disclosure_start, ends_at, period_wd, first_published_on,"
                + " relisted_from_lot_id, relisted_after_deal_id", ", 2, date '2026-12-02', timestamptz '2026-12-30 17:00+08', 20,"
                + " date '2026-12-02', " + sold + ", " + deal);
        EntityManager em = emf.createEntityManager();
        try {
            Lot l = em.find(Lot.class, relisting);
            assertThat(l.getRound()).isEqualTo(2);
            assertThat(l.getDisclosureStart()).isEqualTo(LocalDate.of(2026, 12, 2));
            assertThat(l.getEndsAt().toInstant()).isEqualTo(ENDS.toInstant());
            assertThat(l.getPeriodWd()).isEqualTo(20);
            assertThat(l.isPeriodInCalendarDays()).isFalse();
            assertThat(l.getFirstPublishedOn()).isEqualTo(LocalDate.of(2026, 12, 2));
            assertThat(l.getRelistedFromLotId()).isEqualTo(sold);
            assertThat(l.getRelistedAfterDealId()).isEqualTo(deal);
            assertThat(l.getPriceApprovalId()).isNull();
            assertThat(em.createNamedQuery("Lot.relistingOfDeal", Lot.class).setParameter("d", deal).getResultList())
                    .extracting(Lot::getId).containsExactly(relisting);
            assertThat(em.createNamedQuery("Lot.openInStatus", Lot.class).setParameter("s", ListingStatus.PUBLISHED)
                    .setParameter("now", ENDS.minusDays(1)).getResultList()).extracting(Lot::getId).contains(relisting);
            assertThat(em.createNamedQuery("Lot.openInStatus", Lot.class).setParameter("s", ListingStatus.PUBLISHED)
                    .setParameter("now", ENDS.plusDays(1)).getResultList()).extracting(Lot::getId).doesNotContain(relisting);
        } finally {
            em.close();
        }
    }

    @Test
    void anUnpublishedLotHasNoPeriodAndReadingItWritesNothing() throws Exception {
        long deal = DealPartsPersistenceTest.persisted(DealPartsPersistenceTest.newDeal(ENDS));
        long project = (Long) value("select project_id from deal where id = " + deal);
        long draft = insertLot(project, 2, "DRAFT", "", "");
        long version = (Long) value("select version from lot where id = " + draft);
        TestPersistenceUnit.inTransaction(em -> {
            Lot l = em.find(Lot.class, draft);
            assertThat(l.getRound()).isEqualTo(1);
            assertThat(l.getEndsAt()).isNull();
            assertThat(l.getDisclosureStart()).isNull();
            assertThat(l.getPeriodWd()).isNull();
            assertThat(l.isPeriodInCalendarDays()).isFalse();
            assertThat(l.getFirstPublishedOn()).isNull();
            assertThat(l.staleAt(ENDS)).isFalse();
        });
        assertThat(value("select version from lot where id = " + draft)).as("reading wrote nothing").isEqualTo(version);
        TestPersistenceUnit.inTransaction(em -> em.find(Lot.class, draft).submit());
        assertThat(value("select status from lot where id = " + draft)).isEqualTo("SUBMITTED");
        assertThat(value("select round from lot where id = " + draft)).isEqualTo(1);
    }

    static long insertLot(long project, int lotNo, String status, String columns, String values) throws SQLException {
        try (Connection c = ds.getConnection()) {
            return TestPostgres.insert(c, "insert into lot(project_id, lot_no, title, region, appraiser, valuation_base_date, appraised_value,"
                    + " listing_price, deposit, increment, bidding_method, status" + columns + ") values (" + project + ", " + lotNo
                    + ", 'lot', '北京', 'a', date '2026-01-01', 100000.00, 100000.00, 1000.00, 1000.00, ?, '" + status + "'" + values
                    + ") returning id", "ONLINE_ASCENDING");
        }
    }

    static Object value(String sql) throws SQLException {
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getObject(1);
        }
    }
}
