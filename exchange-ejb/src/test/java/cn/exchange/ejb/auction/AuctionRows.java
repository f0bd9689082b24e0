package cn.exchange.ejb.auction;

import cn.exchange.core.auction.AuctionCommand;
import cn.exchange.ejb.persistence.TestSchema;
import cn.exchange.testkit.TestPostgres;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A lot awaiting its auction in the embedded database, with two qualified bidders (codes 1001 and 1002), and a lot
 * writer that runs commands at a given server time — the session's rows as the application writes them, without a
 * container.
 */
final class AuctionRows {

    private static final AtomicLong SERIAL = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    final DataSource ds = TestSchema.dataSource();
    final long lotId;

    AuctionRows(String method) throws SQLException {
        long n = SERIAL.incrementAndGet();
        try (Connection c = ds.getConnection()) {
            long agency = TestPostgres.insert(c, "insert into party(kind, name, credit_code, status, created_at) values ('AGENCY', 'agency', ?, 'APPROVED', now())"
                    + " returning id", "A" + n);
            long project = TestPostgres.insert(c, "insert into project(number, agency_party_id, title, category, created_at) values (?, " + agency
                    + ", 'p', 'ENTERPRISE_ASSET', now()) returning id", "T" + n);
            lotId = TestPostgres.insert(c, "insert into lot(project_id, lot_no, title, region, appraiser, valuation_base_date, appraised_value, listing_price,"
                    + " deposit, increment, bidding_method, status) values (" + project + ", 1, 'lot', '北京', 'a', date '2026-01-01',"
                    + " 100000.00, 100000.00, 1000.00, 1000.00, ?, 'AUCTION_SCHEDULED') returning id", method);
            for (String code : new String[] {"1001", "1002"}) {
                long bidder = TestPostgres.insert(c, "insert into party(kind, name, credit_code, status, created_at) values ('ENTERPRISE_BIDDER', 'b', ?,"
                        + " 'APPROVED', now()) returning id", code + "B" + n);
                TestPostgres.insert(c, "insert into application(lot_id, bidder_party_id, status, submitted_at, commitment_accepted, deposit_amount,"
                        + " deposit_deadline, bidder_code) values (" + lotId + ", " + bidder + ", 'QUALIFIED', now(), true, 1000.00, now(), ?)"
                        + " returning id", code);
            }
        }
    }

    /** Runs an update on the lot's rows (a test's own terms). */
    void sql(String statement) throws SQLException {
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(statement)) {
            ps.executeUpdate();
        }
    }

    /** Runs one command through a fresh writer (rebuilt from the log, as on any server) at {@code now}. */
    BidOutcome run(AuctionCommand command, Instant now) throws Exception {
        LotWriter w = new LotWriter(lotId);
        CompletableFuture<BidOutcome> answer = new CompletableFuture<>();
        w.offer(new LotWriter.Pending(command, null, null, "127.0.0.1", answer));
        w.drain(ds, Clock.fixed(now, ZoneOffset.UTC), new AuctionListener() {
            @Override
            public boolean watches(long lotId) {
                return false;
            }

            @Override
            public void changed(AuctionState state) {
            }
        });
        return answer.get();
    }

    BidOutcome bid(String code, String amount, Instant now) throws Exception {
        return run(new AuctionCommand.PlaceBid(code, new BigDecimal(amount), Instant.EPOCH), now);
    }

    AuctionState state() throws SQLException {
        try (Connection c = ds.getConnection()) {
            return AuctionViews.state(c, lotId);
        }
    }

    java.util.List<BidRecord> record() throws SQLException {
        try (Connection c = ds.getConnection()) {
            return AuctionViews.record(c, lotId, SessionTerms.session(c, lotId));
        }
    }

    private static jakarta.persistence.EntityManagerFactory emf;

    private static synchronized jakarta.persistence.EntityManagerFactory emf() {
        if (emf == null) {
            emf = cn.exchange.ejb.persistence.TestPersistenceUnit.create(TestSchema.dataSource());
        }
        return emf;
    }

    /** Staff annul the current session at {@code now} for a fault (rule 25), in one transaction. */
    cn.exchange.core.listing.Notice annul(Instant now, String reason) {
        return inTransaction(now, (em, s) -> AuctionSessions.annul(em, lotId,
                em.find(cn.exchange.core.listing.Lot.class, lotId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE), reason, "operator1",
                java.time.OffsetDateTime.ofInstant(now, ZoneOffset.ofHours(8))));
    }

    /** Marks the closed session's result as carried onto the lot (what the sweeper does after the close). */
    void resultRecorded() throws SQLException {
        sql("update auction set result_recorded = true where lot_id = " + lotId);
    }

    /** Staff schedule (or reschedule) the session at {@code now} to start at {@code startsAt}, in one transaction. */
    void open(Instant now, Instant startsAt) {
        inTransaction(now, (em, s) -> {
            s.open(em.find(cn.exchange.core.listing.Lot.class, lotId), java.time.OffsetDateTime.ofInstant(startsAt, ZoneOffset.ofHours(8)),
                    null, null);
            return null;
        });
    }

    /** Runs {@code work} in one transaction, with an AuctionService on that transaction's entity manager and clock {@code now}. */
    private static <T> T inTransaction(Instant now,
                                       java.util.function.BiFunction<jakarta.persistence.EntityManager, AuctionService, T> work) {
        jakarta.persistence.EntityManager em = emf().createEntityManager();
        try {
            em.getTransaction().begin();
            AuctionService s = new AuctionService();
            s.em = em;
            s.clock = Clock.fixed(now, ZoneOffset.UTC);
            T result = work.apply(em, s);
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }
}
