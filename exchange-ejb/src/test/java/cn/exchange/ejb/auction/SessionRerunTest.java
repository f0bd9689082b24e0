package cn.exchange.ejb.auction;

import cn.exchange.core.auction.Replay;
import cn.exchange.core.auction.AuctionCommand;
import cn.exchange.core.auction.AuctionEvent;
import cn.exchange.core.listing.Notice;
import cn.exchange.core.shared.DomainException;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Rule 25 (docs/rules.md): a session annulled for a technical fault keeps its log; the re-run, for the
 * same qualified bidders, is a new session of the lot with its own log from seq 1, and runs to a result. A lot relisted
 * after a closed session bids in a new session too (before, the second round's session was refused as "started", and its
 * engine would have replayed the first round's log).
 */
class SessionRerunTest {

    static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");
    static final Instant OPENS = NOW.plusSeconds(3600);
    static final String FAULT = "交易系统行情推送中断 12 分钟（故障单 F-0302-01）";

    @Test
    void anAnnulledSessionIsKeptAndItsReRunBidsAfreshToAResult() throws Exception {
        AuctionRows rows = new AuctionRows("ONLINE_ASCENDING");
        rows.open(NOW, OPENS);
        assertThat(rows.bid("1001", "100000.00", OPENS.plusSeconds(10)).accepted()).isTrue();
        assertThat(rows.bid("1002", "101000.00", OPENS.plusSeconds(20)).accepted()).isTrue();
        rows.run(new AuctionCommand.Pause("推送中断", Instant.EPOCH), OPENS.plusSeconds(30));

        Notice notice = rows.annul(OPENS.plusSeconds(600), FAULT);

        assertThat(notice.getBody()).contains("第1场", FAULT);
        AuctionState waiting = rows.state();
        assertThat(waiting.session()).isEqualTo(2);
        assertThat(waiting.awaitingRerun()).isTrue();
        assertThat(waiting.annulledReason()).isEqualTo(FAULT);
        assertThat(waiting.phase()).isEqualTo("NOT_STARTED");
        assertThat(waiting.price()).isEqualByComparingTo("100000.00");
        assertThat(waiting.leader()).isNull();
        assertThat(waiting.lastSeq()).isZero();
        assertThat(waiting.recent()).isEmpty();
        assertThat(due(rows, OPENS.plus(Duration.ofDays(30)))).as("nothing due until the re-run is scheduled").doesNotContain(rows.lotId);
        // until the re-run is scheduled nothing runs: a stale page's bid and a queued tick are refused and not logged
        assertThat(rows.bid("1001", "102000.00", OPENS.plusSeconds(700)).reason()).isEqualTo("NOT_STARTED");
        rows.run(new AuctionCommand.Tick(Instant.EPOCH), OPENS.plus(Duration.ofHours(3)));
        assertThat(rows.state().lastSeq()).isZero();
        assertThat(rows.state().phase()).isEqualTo("NOT_STARTED");
        assertThat(rows.state().outcome()).isNull();
        try (Connection c = rows.ds.getConnection()) {
            assertThat(AuctionViews.record(c, rows.lotId, 1)).extracting(BidRecord::kind).containsExactly("BID", "BID", "PAUSE");
        }

        Instant rerun = OPENS.plus(Duration.ofDays(1));
        rows.open(OPENS.plusSeconds(900), rerun);
        assertThat(rows.state().awaitingRerun()).isFalse();
        assertThat(rows.state().startsAt()).isEqualTo(rerun);
        // the re-run starts again at the start price: nothing of the annulled session carries over
        BidOutcome first = rows.bid("1002", "100000.00", rerun.plusSeconds(5));
        assertThat(first.accepted()).isTrue();
        assertThat(first.seq()).isEqualTo(1);
        assertThat(first.acceptedNo()).isEqualTo(1);
        assertThat(rows.bid("1001", "101000.00", rerun.plusSeconds(6)).accepted()).isTrue();
        rows.run(new AuctionCommand.Tick(Instant.EPOCH), rerun.plusSeconds(3600 + 300).plusMillis(1));

        AuctionState done = rows.state();
        assertThat(done.session()).isEqualTo(2);
        assertThat(done.outcome()).isEqualTo("AWARDED");
        assertThat(done.winner()).isEqualTo("1001");
        assertThat(done.finalPrice()).isEqualByComparingTo("101000.00");
        assertThat(rows.record()).extracting(BidRecord::kind).containsExactly("BID", "BID", "TICK");
        // each session replays on its own terms and log: the annulled one to no result, the re-run to the recorded one
        try (Connection c = rows.ds.getConnection()) {
            List<AuctionEvent> annulled = Replay.events(SessionTerms.endedTerms(c, rows.lotId, 1),
                    BidLog.after(c, rows.lotId, 1, 0).stream().map(BidLog.Entry::command).toList());
            assertThat(annulled).noneMatch(e -> e instanceof AuctionEvent.LotAwarded || e instanceof AuctionEvent.LotFailed);
            List<AuctionEvent> reRun = Replay.events(SessionTerms.terms(c, rows.lotId),
                    BidLog.after(c, rows.lotId, 2, 0).stream().map(BidLog.Entry::command).toList());
            assertThat(reRun).filteredOn(e -> e instanceof AuctionEvent.LotAwarded).singleElement()
                    .satisfies(e -> assertThat(((AuctionEvent.LotAwarded) e).bidderCode()).isEqualTo("1001"));
        }
    }

    @Test
    void onlyARunningOrPausedSessionMayBeAnnulledAndOnlyWithAReason() throws Exception {
        AuctionRows rows = new AuctionRows("ONLINE_ASCENDING");
        rows.open(NOW, OPENS);
        assertThatThrownBy(() -> rows.annul(NOW.plusSeconds(60), FAULT))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("auction.annulNotStarted"));
        assertThat(rows.bid("1001", "100000.00", OPENS.plusSeconds(10)).accepted()).isTrue();
        assertThatThrownBy(() -> rows.annul(OPENS.plusSeconds(20), "  "))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.problems().get(0).field()).isEqualTo("reason"));
        assertThat(rows.state().session()).as("a refused annulment changes nothing").isEqualTo(1);

        // the countdown ran out before any tick closed the session: its result is decided, it cannot be annulled
        rows.run(new AuctionCommand.Tick(Instant.EPOCH), OPENS.plusSeconds(3600).plusMillis(1));
        assertThat(rows.state().phase()).isEqualTo("LIMITED");
        assertThatThrownBy(() -> rows.annul(OPENS.plusSeconds(3600 + 301), FAULT))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("auction.annulClosed"));

        rows.run(new AuctionCommand.Tick(Instant.EPOCH), OPENS.plusSeconds(3600 + 300).plusMillis(1));
        assertThat(rows.state().outcome()).isEqualTo("AWARDED");
        assertThatThrownBy(() -> rows.annul(OPENS.plusSeconds(4000), FAULT))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("auction.annulClosed"));
        assertThat(rows.state().session()).isEqualTo(1);
    }

    @Test
    void aLotRelistedAfterItsSessionClosedBidsInANewSession() throws Exception {
        AuctionRows rows = new AuctionRows("ONLINE_ASCENDING");
        rows.open(NOW, OPENS);
        rows.run(new AuctionCommand.Tick(Instant.EPOCH), OPENS.plusSeconds(3600 + 300).plusMillis(1));
        assertThat(rows.state().outcome()).isEqualTo("FAILED");
        rows.resultRecorded();

        Instant next = OPENS.plus(Duration.ofDays(40));
        rows.open(next.minus(Duration.ofDays(1)), next);

        AuctionState s = rows.state();
        assertThat(s.session()).isEqualTo(2);
        assertThat(s.phase()).isEqualTo("NOT_STARTED");
        assertThat(s.outcome()).isNull();
        assertThat(s.awaitingRerun()).isFalse();
        assertThat(s.annulledReason()).as("ended by the relisting, not annulled").isNull();
        assertThat(endedKind(rows, 1)).isEqualTo("RELISTED");
        BidOutcome bid = rows.bid("1001", "100000.00", next.plusSeconds(1));
        assertThat(bid.accepted()).isTrue();
        assertThat(bid.seq()).isEqualTo(1);
        assertThat(bid.acceptedNo()).isEqualTo(1);
    }

    static List<Long> due(AuctionRows rows, Instant at) throws Exception {
        try (Connection c = rows.ds.getConnection()) {
            return BidLog.due(c, at, 100_000);
        }
    }

    static String endedKind(AuctionRows rows, int session) throws Exception {
        try (Connection c = rows.ds.getConnection();
             PreparedStatement ps = c.prepareStatement("select ended_kind from auction_session where lot_id = ? and session_no = ?")) {
            ps.setLong(1, rows.lotId);
            ps.setInt(2, session);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }
}
