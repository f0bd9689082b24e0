package cn.exchange.ejb.auction;

import cn.exchange.core.listing.ListingStatus;
import cn.exchange.core.listing.Lot;
import cn.exchange.core.listing.Notice;
import cn.exchange.ejb.command.CommandExecutor;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A closed session's result carried onto its lot (status, sale outcome, result notice, audit), exactly once in a
 * cluster and also after a crash between the close and the recording: {@link AuctionSweeper} finds the sessions whose
 * result is not on the lot yet and records each in its own transaction.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AuctionResults {

    @Inject
    CommandExecutor executor;

    @Inject
    cn.exchange.core.listing.LotRepository lots;

    @PersistenceContext(unitName = "exchange")
    EntityManager em;

    /** The winner, the other bidders and the agency hear a sale in the recording's transaction (issue 23). */
    @jakarta.ejb.EJB
    AuctionNotices notices;

    /**
     * Carries a closed session's result onto the lot (status, sale outcome, result notice, audit) — exactly once: the lot
     * is locked and must still be scheduled, and the session is marked recorded in the same transaction.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean recordResult(long lotId) {
        return executor.executeAsSystem(ctx -> {
            if (!cn.exchange.ejb.platform.RowLocks.tryLockLot(em, lotId)) {
                ctx.nothingToRecord();   // another server is recording it
                return false;
            }
            Lot lot = lots.getForUpdate(lotId);
            Object[] row = (Object[]) em.createNativeQuery("select outcome, winner, final_price, failure_reason, closed_at,"
                    + " result_recorded, session_no from auction where lot_id = ?1 for update").setParameter(1, lotId).getSingleResult();
            if (row[0] == null || Boolean.TRUE.equals(row[5]) || lot.getStatus() != ListingStatus.AUCTION_SCHEDULED) {
                ctx.nothingToRecord();
                return false;
            }
            OffsetDateTime closedAt = ((java.sql.Timestamp) row[4]).toInstant().atOffset(ZoneOffset.ofHours(8));
            Notice n = lot.recordAuctionResult((String) row[1], (BigDecimal) row[2], (String) row[3], closedAt, ctx.nowAt());
            em.persist(n);
            em.createNativeQuery("update auction set result_recorded = true where lot_id = ?1").setParameter(1, lotId).executeUpdate();
            ctx.record("Lot", lotId, "auction.closed", n.getBody());
            if (row[1] != null) {
                notices.sold(ctx.now(), lotId, ((Number) row[6]).intValue(), lot.getTitle(), (String) row[1], (BigDecimal) row[2],
                        lot.getProject().getAgencyPartyId());
            }
            return true;
        });
    }

    /** Closed sessions whose result is not yet on the lot (after a crash between the two, too). */
    public List<Long> unrecorded() {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("select lot_id from auction where outcome is not null and not result_recorded limit 200")
                .getResultList();
        return ids.stream().map(Number::longValue).collect(Collectors.toList());
    }
}
