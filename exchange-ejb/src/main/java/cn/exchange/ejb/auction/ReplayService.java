package cn.exchange.ejb.auction;

import cn.exchange.core.auction.AuctionTerms;
import cn.exchange.core.auction.Replay;
import cn.exchange.core.security.Permission;
import cn.exchange.core.shared.NotFoundException;
import cn.exchange.ejb.identity.CallerResolver;
import cn.exchange.ejb.platform.DatabaseMigrator;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/**
 * The supervisors' replay (rule 21): a lot's stored bid log is run through a fresh engine built from the
 * lot's stored terms, command by command; the replayed result of every command must equal the one the log recorded,
 * and the replayed outcome (winner, price, close time) the one recorded on the session. The first command where they
 * differ is named. Reads only. Each session of the lot replays on its own (rule 25: an annulled session's log, with the
 * terms it ran under, and the re-run's).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ReplayService {

    @Resource(lookup = DatabaseMigrator.DATASOURCE)
    DataSource dataSource;

    @Inject
    CallerResolver callers;

    /**
     * The replay of one session ({@link Replay}): the outcome recorded and the outcome replayed,
     * the verdict ({@code equal} when it is {@code MATCHES}), and the first difference in words (null when it matches).
     */
    public record Report(long lotId, int session, int commands, int accepted, String recordedWinner, BigDecimal recordedPrice,
                         Instant recordedClose, String replayedWinner, BigDecimal replayedPrice, Instant replayedClose,
                         boolean equal, Replay.Verdict verdict, Long differsAtSeq, String difference) {
    }

    /** The lot's current session. */
    public Report replay(long lotId) {
        return replay(lotId, null);
    }

    /** Session {@code session} of the lot (1 the first; null: the current one). */
    public Report replay(long lotId, Integer session) {
        callers.require(Permission.REPLAY_RUN);
        try (Connection c = dataSource.getConnection()) {
            int current = SessionTerms.session(c, lotId);
            int n = session == null ? current : session;
            boolean ended = n != current;
            AuctionTerms terms = current == 0 ? null : ended ? SessionTerms.endedTerms(c, lotId, n) : SessionTerms.terms(c, lotId);
            if (terms == null) {
                throw new NotFoundException("Auction", lotId);
            }
            List<BidLog.Entry> log = BidLog.after(c, lotId, n, 0);
            Replay replay = new Replay(terms);
            for (BidLog.Entry e : log) {
                replay.apply(e.seq(), e.command(), e.result());
            }
            Replay.Outcome recorded = recorded(c, lotId, n, ended);
            Replay.Outcome replayed = replay.outcome();
            Replay.Verdict verdict = replay.verdict(recorded);
            return new Report(lotId, n, replay.commands(), replay.accepted(), recorded.winner(), recorded.price(), recorded.closedAt(),
                    replayed.winner(), replayed.price(), replayed.closedAt(), verdict == Replay.Verdict.MATCHES, verdict,
                    replay.differsAtSeq(), replay.difference(recorded));
        } catch (SQLException e) {
            throw new IllegalStateException("replay of lot " + lotId + " failed: " + e.getMessage(), e);
        }
    }

    /** The outcome recorded on the running auction's row, or on an ended session's. */
    private static Replay.Outcome recorded(Connection c, long lotId, int session, boolean ended) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select winner, final_price, closed_at from " + (ended ? "auction_session" : "auction")
                + " where lot_id = ? and session_no = ?")) {
            ps.setLong(1, lotId);
            ps.setInt(2, session);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new Replay.Outcome(rs.getString(1), rs.getBigDecimal(2),
                        rs.getTimestamp(3) == null ? null : rs.getTimestamp(3).toInstant());
            }
        }
    }
}
