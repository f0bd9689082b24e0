package cn.exchange.ejb.auction;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What the hall, the auction record and a bidder read of a lot's current session, as committed in {@code auction} and
 * {@code bid_log} (the writer's side is {@link BidLog}). Plain JDBC on the caller's connection.
 */
final class AuctionViews {

    private AuctionViews() {
    }

    /** The hall's view of a lot, as committed (or as written so far in the caller's transaction). */
    static AuctionState state(Connection c, long lotId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select * from auction where lot_id = ?")) {
            ps.setLong(1, lotId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                String mode = rs.getString("mode");
                String phase = rs.getString("phase");
                boolean hidden = "SEALED".equals(mode) && !"CLOSED".equals(phase);
                int session = rs.getInt("session_no");
                List<AuctionState.Bid> recent = hidden ? List.of() : recent(c, lotId, session);
                Instant starts = rs.getTimestamp("starts_at").toInstant();
                return new AuctionState(lotId, mode, phase, rs.getBigDecimal("start_price"), rs.getBigDecimal("increment"),
                        hidden ? rs.getBigDecimal("start_price") : rs.getBigDecimal("price"), hidden ? null : rs.getString("leader"),
                        starts, starts.plusSeconds(rs.getInt("free_seconds")), instant(rs, "closes_at"), rs.getInt("limited_seconds"),
                        rs.getInt("accepted_bids"), rs.getLong("last_seq"), rs.getString("outcome"), rs.getString("winner"),
                        rs.getBigDecimal("final_price"), rs.getString("failure_reason"), instant(rs, "closed_at"), recent, session,
                        rs.getBoolean("awaiting_rerun"), session > 1 ? endedReason(c, lotId, session - 1) : null,
                        rs.getString("priority_mode"));
            }
        }
    }

    /** Why the session before the current one was annulled (rule 25: published), or null when it was not annulled. */
    private static String endedReason(Connection c, long lotId, int session) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select reason from auction_session where lot_id = ? and session_no = ?"
                + " and ended_kind = 'ANNULLED'")) {
            ps.setLong(1, lotId);
            ps.setInt(2, session);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private static List<AuctionState.Bid> recent(Connection c, long lotId, int session) throws SQLException {
        List<AuctionState.Bid> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("select accepted_no, bidder_code, amount, at_ms from bid_log"
                + " where lot_id = ? and session_no = ? and kind = 'BID' and result = 'ACCEPTED' order by seq desc limit 10")) {
            ps.setLong(1, lotId);
            ps.setInt(2, session);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new AuctionState.Bid(rs.getInt(1), rs.getString(2), rs.getBigDecimal(3).setScale(2),
                            Instant.ofEpochMilli(rs.getLong(4))));
                }
            }
        }
        return out;
    }

    /** The whole log of a session, in order (the auction record). */
    static List<BidRecord> record(Connection c, long lotId, int session) throws SQLException {
        List<BidRecord> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("select seq, kind, bidder_code, amount, at_ms, result, accepted_no from bid_log"
                + " where lot_id = ? and session_no = ? order by seq")) {
            ps.setLong(1, lotId);
            ps.setInt(2, session);
            ps.setFetchSize(5000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new BidRecord(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBigDecimal(4),
                            Instant.ofEpochMilli(rs.getLong(5)), rs.getString(6), (Integer) rs.getObject(7)));
                }
            }
        }
        return out;
    }

    /**
     * A bidder's own bids on a lot, accepted or refused, newest first — with those received after the close (seq 0),
     * which its bidder still sees although they are not part of the session's record.
     */
    static List<BidOutcome> bidsOf(Connection c, long lotId, String bidderCode) throws SQLException {
        List<BidOutcome> out = new ArrayList<>();
        int session = SessionTerms.session(c, lotId);
        try (PreparedStatement ps = c.prepareStatement("select seq, amount, result, at_ms, accepted_no, closes_at_ms from bid_log"
                + " where lot_id = ? and session_no = ? and kind = 'BID' and bidder_code = ? order by seq desc limit 500")) {
            ps.setLong(1, lotId);
            ps.setInt(2, session);
            ps.setString(3, bidderCode);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    boolean accepted = cn.exchange.core.auction.Replay.ACCEPTED.equals(rs.getString("result"));
                    Long closes = (Long) rs.getObject("closes_at_ms");
                    out.add(new BidOutcome(lotId, rs.getLong("seq"), bidderCode, rs.getBigDecimal("amount"), accepted,
                            accepted ? null : rs.getString("result"), Instant.ofEpochMilli(rs.getLong("at_ms")),
                            (Integer) rs.getObject("accepted_no"), closes == null ? null : Instant.ofEpochMilli(closes), false));
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("select amount, result, at_ms from late_bid where lot_id = ? and session_no = ?"
                + " and bidder_code = ? order by id desc limit 100")) {
            ps.setLong(1, lotId);
            ps.setInt(2, session);
            ps.setString(3, bidderCode);
            try (ResultSet rs = ps.executeQuery()) {
                List<BidOutcome> late = new ArrayList<>();
                while (rs.next()) {
                    late.add(new BidOutcome(lotId, 0, bidderCode, rs.getBigDecimal("amount"), false, rs.getString("result"),
                            Instant.ofEpochMilli(rs.getLong("at_ms")), null, null, false));
                }
                // received after everything in the log: newest first, ahead of the session's own bids
                out.addAll(0, late);
            }
        }
        return out;
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        java.sql.Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
