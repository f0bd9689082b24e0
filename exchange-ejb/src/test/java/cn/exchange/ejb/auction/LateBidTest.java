package cn.exchange.ejb.auction;

import cn.exchange.core.auction.Replay;
import cn.exchange.core.auction.AuctionCommand;
import cn.exchange.core.auction.AuctionEvent;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rules 21, 22: a bid after the close is refused and kept for the trail only; the closed session's
 * public record, its state and its replay stay exactly as they were at the close.
 */
class LateBidTest {

    static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");

    @Test
    void aBidAfterTheCloseLeavesTheRecordStateAndReplayAsTheyWere() throws Exception {
        AuctionRows rows = new AuctionRows("ONLINE_ASCENDING");
        Instant closes = openWithOneAcceptedBid(rows);
        rows.run(new AuctionCommand.Tick(Instant.EPOCH), closes.plusMillis(500));
        List<BidRecord> record = rows.record();
        AuctionState state = rows.state();
        assertThat(state.outcome()).isEqualTo("AWARDED");

        BidOutcome late = rows.bid("1002", "101000.00", closes.plusSeconds(5));

        assertThat(late.accepted()).isFalse();
        assertThat(late.reason()).isEqualTo("CLOSED");
        assertThat(rows.record()).isEqualTo(record);
        assertThat(rows.state()).isEqualTo(state);
        assertThat(replay(rows)).last().isEqualTo(new AuctionEvent.LotAwarded("1001", new java.math.BigDecimal("100000.00"), closes));
        assertThat(lateBids(rows)).isEqualTo(1);
        // its bidder still sees it among its own bids
        try (Connection c = rows.ds.getConnection()) {
            assertThat(AuctionViews.bidsOf(c, rows.lotId, "1002")).singleElement().satisfies(o -> assertThat(o.reason()).isEqualTo("CLOSED"));
        }
    }

    @Test
    void aBidThatFindsTheTimeRunOutRecordsTheCloseAndIsItselfLate() throws Exception {
        AuctionRows rows = new AuctionRows("ONLINE_ASCENDING");
        Instant closes = openWithOneAcceptedBid(rows);

        BidOutcome late = rows.bid("1002", "101000.00", closes.plusSeconds(5));

        assertThat(late.reason()).isEqualTo("CLOSED");
        assertThat(rows.record()).extracting(BidRecord::kind).containsExactly("BID", "TICK");
        assertThat(rows.state().closedAt()).isEqualTo(closes);
        assertThat(lateBids(rows)).isEqualTo(1);
    }

    /**
     * The session opens an hour after {@link #NOW} and 1001's bid of 100,000.00 ten seconds in is accepted; returns when
     * the session closes if nobody outbids it (the free hour, then the limited period's 300 s).
     */
    private static Instant openWithOneAcceptedBid(AuctionRows rows) throws Exception {
        Instant opens = NOW.plusSeconds(3600);
        rows.open(NOW, opens);
        Instant closes = opens.plusSeconds(3600 + 300);
        assertThat(rows.bid("1001", "100000.00", opens.plusSeconds(10)).accepted()).isTrue();
        return closes;
    }

    static List<AuctionEvent> replay(AuctionRows rows) throws Exception {
        try (Connection c = rows.ds.getConnection()) {
            return Replay.events(SessionTerms.terms(c, rows.lotId), BidLog.after(c, rows.lotId, SessionTerms.session(c, rows.lotId), 0).stream().map(BidLog.Entry::command).toList());
        }
    }

    static int lateBids(AuctionRows rows) throws Exception {
        try (Connection c = rows.ds.getConnection();
             PreparedStatement ps = c.prepareStatement("select count(*) from late_bid where lot_id = ? and result = 'CLOSED'")) {
            ps.setLong(1, rows.lotId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
