package cn.exchange.ejb.auction;

import cn.exchange.core.auction.AuctionTerms;
import cn.exchange.core.listing.Lot;
import cn.exchange.core.listing.Notice;
import cn.exchange.core.shared.NotFoundException;
import jakarta.persistence.EntityManager;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A lot's sessions (rule 25, docs/rules.md): ending the current one — annulled for a technical fault, or closed before a
 * relisting — copies it into {@code auction_session} and turns the {@code auction} row into the next session. Runs in
 * the caller's transaction ({@link AuctionService#annul}, {@link AuctionService#open}).
 */
final class AuctionSessions {

    private AuctionSessions() {
    }

    /**
     * {@link AuctionService#annul}'s work in the caller's transaction: {@code lot} is lot {@code lotId} as the caller locked
     * it (null when there is none), then its session is locked, the rule checked ({@link AuctionTerms#requireAnnullable}),
     * the session ended, the notice persisted.
     */
    static Notice annul(EntityManager em, long lotId, Lot lot, String reason, String by, OffsetDateTime now) {
        @SuppressWarnings("unchecked")
        List<Object[]> row = em.createNativeQuery("select phase, session_no, closes_at from auction where lot_id = ?1 for update")
                .setParameter(1, lotId).getResultList();
        if (lot == null || row.isEmpty()) {
            throw new NotFoundException("Auction", lotId);
        }
        java.sql.Timestamp closes = (java.sql.Timestamp) row.get(0)[2];
        AuctionTerms.requireAnnullable(cn.exchange.core.auction.AuctionEngine.Phase.valueOf((String) row.get(0)[0]),
                closes == null ? null : closes.toInstant(), now.toInstant());
        int session = ((Number) row.get(0)[1]).intValue();
        Notice n = lot.annulSession(session, reason, now);
        end(em, lotId, "ANNULLED", reason.strip(), by, now);
        em.persist(n);
        return n;
    }

    /**
     * Ends the lot's current session (rule 25: annulled; or closed before a relisting): a copy of its terms and state goes
     * to {@code auction_session}, and the row becomes the next session — not started, nothing due, an empty log. The
     * writers rebuild (new session number, new terms version). In the caller's transaction, the row locked.
     */
    static void end(EntityManager em, long lotId, String kind, String reason, String by, OffsetDateTime at) {
        em.createNativeQuery("insert into auction_session (lot_id, session_no, mode, start_price, increment, reserve_price, cap_price,"
                        + " starts_at, free_seconds, limited_seconds, dutch_step, dutch_interval_seconds, dutch_floor, qualified, priority_ranks,"
                        + " priority_mode, match_seconds, phase, price, leader, accepted_bids, last_seq, outcome, winner, final_price, failure_reason, closed_at,"
                        + " ended_kind, ended_at, ended_by, reason)"
                        + " select lot_id, session_no, mode, start_price, increment, reserve_price, cap_price, starts_at, free_seconds,"
                        + " limited_seconds, dutch_step, dutch_interval_seconds, dutch_floor, qualified, priority_ranks, priority_mode, match_seconds, phase,"
                        + " price, leader, accepted_bids, last_seq, outcome, winner, final_price, failure_reason, closed_at, ?2, ?3, ?4, ?5"
                        + " from auction where lot_id = ?1")
                .setParameter(1, lotId).setParameter(2, kind).setParameter(3, at).setParameter(4, by).setParameter(5, reason)
                .executeUpdate();
        em.createNativeQuery("update auction set session_no = session_no + 1, phase = 'NOT_STARTED', price = start_price, leader = null,"
                        + " accepted_bids = 0, last_seq = 0, last_at_ms = 0, closes_at = null, next_check_at = null, outcome = null,"
                        + " winner = null, final_price = null, failure_reason = null, closed_at = null, result_recorded = false,"
                        + " terms_version = terms_version + 1, awaiting_rerun = ?2 where lot_id = ?1")
                .setParameter(1, lotId).setParameter(2, "ANNULLED".equals(kind)).executeUpdate();
    }
}
