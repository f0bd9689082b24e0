package cn.exchange.ejb.settlement;

import cn.exchange.core.settlement.Deal;
import cn.exchange.core.settlement.FeeTable;
import cn.exchange.ejb.persistence.TestPersistenceUnit;
import cn.exchange.ejb.persistence.TestSchema;
import cn.exchange.testkit.TestPostgres;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The deal's embedded parts on the real schema: the same columns as before, the JPQL paths through them, and a deal
 * whose contract columns are all null (its signing deadline awaiting its year's calendar) loaded, read and committed
 * without a write — EclipseLink loads the embedded contract as null, and reading it must not create one.
 */
public class DealPartsPersistenceTest {

    static final OffsetDateTime DETERMINED = OffsetDateTime.parse("2026-11-02T10:00:00+08:00");
    static final BigDecimal PRICE = new BigDecimal("1250000.00");

    static final DataSource ds = TestSchema.dataSource();
    static final EntityManagerFactory emf = TestPersistenceUnit.shared();

    @Test
    void aDealAwaitingItsSigningDeadlineLoadsWithoutAContractAndReadingItWritesNothing() throws Exception {
        long id = persisted(newDeal(null));
        assertThat(row(id, "sign_deadline")).isNull();
        long version = version(id);
        TestPersistenceUnit.inTransaction(em -> {
            Deal d = em.find(Deal.class, id);
            assertThat(embedded(d, "contract")).as("all-null columns load as a null contract").isNull();
            assertThat(d.getSignDeadline()).isNull();
            assertThat(d.getContractSha256()).isNull();
            assertThat(d.mayPrepare()).isTrue();
            assertThat(d.maySign(Deal.Party.BUYER, DETERMINED)).isFalse();
            assertThat(d.overdue(DETERMINED.plusYears(1))).isNull();
            assertThat(d.getStatus()).isEqualTo(Deal.Status.SIGNING);
            assertThat(d.getPrice()).isEqualByComparingTo(PRICE);
            assertThat(d.getInterest()).isEqualByComparingTo("0");
        });
        assertThat(version(id)).as("reading wrote nothing").isEqualTo(version);
        TestPersistenceUnit.inTransaction(em -> em.find(Deal.class, id).signBy(DETERMINED.plusDays(7)));
        assertThat(version(id)).isEqualTo(version + 1);
        assertThat(((java.sql.Timestamp) row(id, "sign_deadline")).toInstant()).isEqualTo(DETERMINED.plusDays(7).toInstant());
    }

    @Test
    void theQueriesFindDealsThroughTheirParts() throws Exception {
        long id = persisted(newDeal(DETERMINED.plusDays(7)));
        long lot = (Long) row(id, "lot_id");
        long buyer = (Long) row(id, "buyer_party_id");
        EntityManager em = emf.createEntityManager();
        try {
            assertThat(em.createQuery("select d.id from Deal d where d.sale.lotId = :l", Long.class).setParameter("l", lot)
                    .getResultList()).containsExactly(id);
            assertThat(em.createQuery("select d from Deal d where d.sale.buyerPartyId = :p order by d.id desc", Deal.class)
                    .setParameter("p", buyer).getResultList()).extracting(Deal::getId).containsExactly(id);
            List<Long> signing = em.createQuery("select d.id from Deal d where (d.standing.status = :s and d.contract.signDeadline < :now)"
                    + " or (d.standing.status = :p and d.terms.firstDueOn is not null)", Long.class)
                    .setParameter("s", Deal.Status.SIGNING).setParameter("p", Deal.Status.PAYING)
                    .setParameter("now", DETERMINED.plusDays(8)).getResultList();
            assertThat(signing).contains(id);
            Deal d = em.find(Deal.class, id);
            assertThat(d.getLotId()).isEqualTo(lot);
            assertThat(d.getSignDeadline().toInstant()).isEqualTo(DETERMINED.plusDays(7).toInstant());
            assertThat(d.getFeeTable()).isEqualTo("CHANGSHA");
        } finally {
            em.close();
        }
    }

    public static Deal newDeal(OffsetDateTime signDeadline) throws SQLException {
        long n = System.nanoTime() % 1_000_000_000L;
        try (Connection c = ds.getConnection()) {
            long agency = TestPostgres.insert(c, "insert into party(kind, name, credit_code, status, created_at) values ('AGENCY', 'agency', ?, 'APPROVED', now())"
                    + " returning id", "DA" + n);
            long bidder = TestPostgres.insert(c, "insert into party(kind, name, credit_code, status, created_at) values ('ENTERPRISE_BIDDER', 'b', ?,"
                    + " 'APPROVED', now()) returning id", "DB" + n);
            long project = TestPostgres.insert(c, "insert into project(number, agency_party_id, title, category, created_at) values (?, " + agency
                    + ", 'p', 'ENTERPRISE_ASSET', now()) returning id", "DP" + n);
            long lot = TestPostgres.insert(c, "insert into lot(project_id, lot_no, title, region, appraiser, valuation_base_date, appraised_value, listing_price,"
                    + " deposit, increment, bidding_method, status) values (" + project + ", 1, 'lot', '北京', 'a', date '2026-01-01',"
                    + " 100000.00, 100000.00, 1000.00, 1000.00, ?, 'AUCTION_SOLD') returning id", "ONLINE_ASCENDING");
            long application = TestPostgres.insert(c, "insert into application(lot_id, bidder_party_id, status, submitted_at, commitment_accepted,"
                    + " deposit_amount, deposit_deadline, bidder_code) values (" + lot + ", " + bidder + ", 'QUALIFIED', now(), true,"
                    + " 1000.00, now(), ?) returning id", "1001");
            FeeTable fees = FeeTable.named("CHANGSHA");
            return new Deal(lot, project, FeeTable.Method.BIDDING, bidder, application, agency, PRICE, new BigDecimal("1000.00"),
                    fees.fee(FeeTable.Method.BIDDING, FeeTable.Side.BUYER, PRICE, PRICE),
                    fees.fee(FeeTable.Method.BIDDING, FeeTable.Side.SELLER, PRICE, PRICE), "CHANGSHA", DETERMINED, signDeadline);
        }
    }

    public static long persisted(Deal deal) {
        TestPersistenceUnit.inTransaction(em -> em.persist(deal));
        return deal.getId();
    }

    static long version(long dealId) throws SQLException {
        return (Long) row(dealId, "version");
    }

    static Object row(long dealId, String column) throws SQLException {
        try (Connection c = ds.getConnection();
             PreparedStatement ps = c.prepareStatement("select " + column + " from deal where id = ?")) {
            ps.setLong(1, dealId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getObject(1);
            }
        }
    }

    static Object embedded(Deal deal, String field) {
        try {
            var f = Deal.class.getDeclaredField(field);
            f.setAccessible(true);
            return f.get(deal);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
