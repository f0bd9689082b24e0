package cn.exchange.ejb.auction;

import cn.exchange.core.auction.AuctionTerms;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * A lot's sessions and the terms each ran under, read from the {@code auction} row (the current session) and
 * {@code auction_session} (ended ones, rule 25), in plain JDBC on the caller's connection: what an engine is built from
 * ({@link LotWriter}, the supervisors' replay).
 */
final class SessionTerms {

    private SessionTerms() {
    }

    /** The current session's terms, read once when a writer builds its engine. */
    static AuctionTerms terms(Connection c, long lotId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select * from auction where lot_id = ?")) {
            ps.setLong(1, lotId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? terms(rs) : null;
            }
        }
    }

    /** The terms of an ended session of the lot (rule 25: annulled, or before a relisting), to replay it. */
    static AuctionTerms endedTerms(Connection c, long lotId, int session) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select * from auction_session where lot_id = ? and session_no = ?")) {
            ps.setLong(1, lotId);
            ps.setInt(2, session);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? terms(rs) : null;
            }
        }
    }

    /** The number of the lot's current session (1 the first), or 0 when it has none. */
    static int session(Connection c, long lotId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select session_no from auction where lot_id = ?")) {
            ps.setLong(1, lotId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        }
    }

    private static AuctionTerms terms(ResultSet rs) throws SQLException {
        Instant start = rs.getTimestamp("starts_at").toInstant();
        Set<String> qualified = new LinkedHashSet<>(Arrays.asList(rs.getString("qualified").split(",")));
        AuctionTerms.Mode mode = AuctionTerms.Mode.valueOf(rs.getString("mode"));
        Integer dutchInterval = (Integer) rs.getObject("dutch_interval_seconds");
        return new AuctionTerms(mode, rs.getBigDecimal("start_price"), rs.getBigDecimal("increment"),
                rs.getBigDecimal("reserve_price"), rs.getBigDecimal("cap_price"), start,
                start.plusSeconds(rs.getInt("free_seconds")), Duration.ofSeconds(rs.getInt("limited_seconds")),
                rs.getBigDecimal("dutch_step"), dutchInterval == null ? null : Duration.ofSeconds(dutchInterval),
                rs.getBigDecimal("dutch_floor"), qualified, ranks(rs.getString("priority_ranks")),
                cn.exchange.core.listing.PriorityExercise.valueOf(rs.getString("priority_mode")),
                rs.getObject("match_seconds") == null ? null : Duration.ofSeconds(rs.getInt("match_seconds")));
    }

    /** "code:rank,code:rank" → map (the holders of a priority purchase right and their ranks). */
    static Map<String, Integer> ranks(String text) {
        Map<String, Integer> out = new HashMap<>();
        if (text != null && !text.isBlank()) {
            for (String pair : text.split(",")) {
                String[] kv = pair.split(":");
                out.put(kv[0], Integer.parseInt(kv[1]));
            }
        }
        return out;
    }
}
