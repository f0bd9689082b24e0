package cn.exchange.ejb.auction;

import cn.exchange.core.auction.AuctionCommand;
import cn.exchange.core.auction.AuctionEngine;
import cn.exchange.core.auction.AuctionEvent;
import cn.exchange.core.calendar.ExchangeTime;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code auction} row and the append-only {@code bid_log} (rule 21), in plain JDBC: the bid path is the hottest
 * write of the exchange and commits many bids in one transaction (group commit), which JPA would only slow down.
 * Every method runs on the caller's connection, inside the caller's transaction.
 */
final class BidLog {

    private BidLog() {
    }

    /** One stored command with what the engine answered. */
    record Entry(long seq, AuctionCommand command, String result, Integer acceptedNo, Long closesAtMs, String requestId,
                 Long accountId, String clientIp) {
    }

    /** Bidder codes of the lot and the parties they stand for (never shown to other bidders: rule 23). */
    static Map<Long, String> codesByParty(Connection c, long lotId) throws SQLException {
        Map<Long, String> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(
                "select bidder_party_id, bidder_code from application where lot_id = ? and bidder_code is not null")) {
            ps.setLong(1, lotId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getLong(1), rs.getString(2));
                }
            }
        }
        return out;
    }

    /**
     * Locks the lot's row — the one writer at a time, across servers — and returns {last_seq, last_at_ms, terms_version,
     * session_no, awaiting_rerun (1 or 0)}.
     */
    static long[] lock(Connection c, long lotId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select last_seq, last_at_ms, terms_version, session_no, awaiting_rerun from auction"
                + " where lot_id = ? for update")) {
            ps.setLong(1, lotId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("no auction for lot " + lotId);
                }
                return new long[]{rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getBoolean(5) ? 1 : 0};
            }
        }
    }

    /** The stored commands of a session after {@code seq}, in order: to build or catch up an engine, or to replay. */
    static List<Entry> after(Connection c, long lotId, int session, long seq) throws SQLException {
        List<Entry> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("select seq, kind, at_ms, bidder_code, amount, note, result, accepted_no,"
                + " closes_at_ms, request_id, account_id, client_ip from bid_log where lot_id = ? and session_no = ? and seq > ?"
                + " order by seq")) {
            ps.setLong(1, lotId);
            ps.setInt(2, session);
            ps.setLong(3, seq);
            ps.setFetchSize(5000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Instant at = Instant.ofEpochMilli(rs.getLong("at_ms"));
                    AuctionCommand command = switch (rs.getString("kind")) {
                        case "BID" -> new AuctionCommand.PlaceBid(rs.getString("bidder_code"), rs.getBigDecimal("amount"), at);
                        case "PAUSE" -> new AuctionCommand.Pause(rs.getString("note"), at);
                        case "RESUME" -> new AuctionCommand.Resume(at);
                        default -> new AuctionCommand.Tick(at);
                    };
                    out.add(new Entry(rs.getLong("seq"), command, rs.getString("result"), (Integer) rs.getObject("accepted_no"),
                            (Long) rs.getObject("closes_at_ms"), rs.getString("request_id"), (Long) rs.getObject("account_id"),
                            rs.getString("client_ip")));
                }
            }
        }
        return out;
    }

    /** Earlier answers to retried bids of this batch: "bidderCode/requestId" → stored entry. */
    static Map<String, Entry> answered(Connection c, long lotId, int session, List<String> requestIds) throws SQLException {
        Map<String, Entry> out = new HashMap<>();
        if (requestIds.isEmpty()) {
            return out;
        }
        Array ids = c.createArrayOf("varchar", requestIds.toArray());
        try (PreparedStatement ps = c.prepareStatement("select seq, at_ms, bidder_code, amount, result, accepted_no, closes_at_ms,"
                + " request_id from bid_log where lot_id = ? and session_no = ? and request_id = any(?)")) {
            ps.setLong(1, lotId);
            ps.setInt(2, session);
            ps.setArray(3, ids);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String code = rs.getString("bidder_code");
                    var cmd = new AuctionCommand.PlaceBid(code, rs.getBigDecimal("amount"), Instant.ofEpochMilli(rs.getLong("at_ms")));
                    out.put(code + "/" + rs.getString("request_id"), new Entry(rs.getLong("seq"), cmd, rs.getString("result"),
                            (Integer) rs.getObject("accepted_no"), (Long) rs.getObject("closes_at_ms"), rs.getString("request_id"),
                            null, null));
                }
            }
        }
        return out;
    }

    static void append(Connection c, long lotId, int session, List<Entry> entries) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("insert into bid_log(lot_id, seq, kind, at_ms, bidder_code, amount, request_id,"
                + " account_id, client_ip, result, accepted_no, closes_at_ms, note, session_no) values (?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
            for (Entry e : entries) {
                ps.setLong(1, lotId);
                ps.setLong(2, e.seq());
                ps.setString(3, kind(e.command()));
                ps.setLong(4, e.command().at().toEpochMilli());
                if (e.command() instanceof AuctionCommand.PlaceBid b) {
                    ps.setString(5, b.bidderCode());
                    ps.setBigDecimal(6, b.amount());
                } else {
                    ps.setNull(5, Types.VARCHAR);
                    ps.setNull(6, Types.NUMERIC);
                }
                ps.setString(7, e.requestId());
                setLong(ps, 8, e.accountId());
                ps.setString(9, e.clientIp());
                ps.setString(10, e.result());
                if (e.acceptedNo() == null) {
                    ps.setNull(11, Types.INTEGER);
                } else {
                    ps.setInt(11, e.acceptedNo());
                }
                setLong(ps, 12, e.closesAtMs());
                ps.setString(13, e.command() instanceof AuctionCommand.Pause p ? p.reason() : null);
                ps.setInt(14, session);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /**
     * Bids received after the session closed (rules 21, 22: the record of a closed session is final): kept for the
     * trail only, outside the session's log and sequence. A retried late bid is kept once.
     */
    static void appendLate(Connection c, long lotId, int session, List<Entry> entries) throws SQLException {
        if (entries.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("insert into late_bid(lot_id, at_ms, bidder_code, amount, request_id, account_id,"
                + " client_ip, result, session_no) values (?,?,?,?,?,?,?,?,?) on conflict do nothing")) {
            for (Entry e : entries) {
                AuctionCommand.PlaceBid b = (AuctionCommand.PlaceBid) e.command();
                ps.setLong(1, lotId);
                ps.setLong(2, b.at().toEpochMilli());
                ps.setString(3, b.bidderCode());
                ps.setBigDecimal(4, b.amount());
                ps.setString(5, e.requestId());
                setLong(ps, 6, e.accountId());
                ps.setString(7, e.clientIp());
                ps.setString(8, e.result());
                ps.setInt(9, session);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Writes the engine's state after the batch into the lot's row (a cache of the log: the log is the record). */
    static void saveState(Connection c, long lotId, AuctionEngine engine, long lastSeq, long lastAtMs, int acceptedBids)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("update auction set phase = ?, price = ?, leader = ?, accepted_bids = ?,"
                + " last_seq = ?, last_at_ms = ?, closes_at = ?, next_check_at = ?, outcome = ?, winner = ?, final_price = ?,"
                + " failure_reason = ?, closed_at = ? where lot_id = ?")) {
            boolean sealedOpen = engine.phase() != AuctionEngine.Phase.CLOSED;
            ps.setString(1, engine.phase().name());
            ps.setBigDecimal(2, engine.price());
            ps.setString(3, engine.leader().orElse(null));
            ps.setInt(4, acceptedBids);
            ps.setLong(5, lastSeq);
            ps.setLong(6, lastAtMs);
            ps.setObject(7, ts(engine.closesAt()));
            ps.setObject(8, ts(engine.nextTimeEvent()));
            AuctionEvent outcome = engine.outcome().orElse(null);
            if (outcome instanceof AuctionEvent.LotAwarded a) {
                ps.setString(9, "AWARDED");
                ps.setString(10, a.bidderCode());
                ps.setBigDecimal(11, a.price());
                ps.setNull(12, Types.VARCHAR);
                ps.setObject(13, ts(a.at()));
            } else if (outcome instanceof AuctionEvent.LotFailed f) {
                ps.setString(9, "FAILED");
                ps.setNull(10, Types.VARCHAR);
                ps.setNull(11, Types.NUMERIC);
                ps.setString(12, f.reason().name());
                ps.setObject(13, ts(f.at()));
            } else {
                ps.setNull(9, Types.VARCHAR);
                ps.setNull(10, Types.VARCHAR);
                ps.setNull(11, Types.NUMERIC);
                ps.setNull(12, Types.VARCHAR);
                ps.setNull(13, Types.TIMESTAMP_WITH_TIMEZONE);
            }
            ps.setLong(14, lotId);
            if (!sealedOpen && outcome == null) {
                throw new IllegalStateException("closed without outcome");
            }
            ps.executeUpdate();
        }
    }

    /** The phase saved on the lot's row (null when it has no auction). */
    static String phase(Connection c, long lotId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select phase from auction where lot_id = ?")) {
            ps.setLong(1, lotId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    /** Lots whose time has come (start, end of a period, close, a Dutch step) at {@code now}, the exchange's clock. */
    static List<Long> due(Connection c, Instant now, int limit) throws SQLException {
        List<Long> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "select lot_id from auction where next_check_at <= ? order by next_check_at limit ?")) {
            ps.setObject(1, ExchangeTime.toOffset(now));
            ps.setInt(2, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getLong(1));
                }
            }
        }
        return out;
    }

    static String kind(AuctionCommand c) {
        if (c instanceof AuctionCommand.PlaceBid) {
            return "BID";
        }
        if (c instanceof AuctionCommand.Pause) {
            return "PAUSE";
        }
        return c instanceof AuctionCommand.Resume ? "RESUME" : "TICK";
    }

    private static void setLong(PreparedStatement ps, int i, Long v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.BIGINT);
        } else {
            ps.setLong(i, v);
        }
    }

    static java.time.OffsetDateTime ts(Instant i) {
        return i == null ? null : i.atOffset(java.time.ZoneOffset.UTC);
    }
}
