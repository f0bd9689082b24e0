package cn.exchange.ejb.auction;

import cn.exchange.core.auction.AuctionEngine;
import cn.exchange.core.auction.AuctionEvent;
import cn.exchange.core.auction.AuctionTerms;
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
import java.util.Objects;

/**
 * The supervisors' replay (issue 8, rule 21): a lot's stored bid log is run through a fresh engine built from the
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

    /** The replay's verdict; {@code difference} is null when everything is equal. */
    public record Replay(long lotId, int session, int commands, int accepted, String recordedWinner, BigDecimal recordedPrice,
                         Instant recordedClose, String replayedWinner, BigDecimal replayedPrice, Instant replayedClose,
                         boolean equal, Long differsAtSeq, String difference) {
    }

    /** The lot's current session. */
    public Replay replay(long lotId) {
        return replay(lotId, null);
    }

    /** Session {@code session} of the lot (1 the first; null: the current one). */
    public Replay replay(long lotId, Integer session) {
        callers.require(Permission.REPLAY_RUN);
        try (Connection c = dataSource.getConnection()) {
            int current = BidLog.session(c, lotId);
            int n = session == null ? current : session;
            boolean ended = n != current;
            AuctionTerms terms = current == 0 ? null : ended ? BidLog.endedTerms(c, lotId, n) : BidLog.terms(c, lotId);
            if (terms == null) {
                throw new NotFoundException("Auction", lotId);
            }
            List<BidLog.Entry> log = BidLog.after(c, lotId, n, 0);
            AuctionEngine engine = terms.newEngine();
            Long differsAt = null;
            String difference = null;
            int accepted = 0;
            for (BidLog.Entry e : log) {
                String replayed = LotWriter.result(engine.handle(e.command()));
                accepted += "ACCEPTED".equals(replayed) ? 1 : 0;
                if (differsAt == null && !replayed.equals(e.result())) {
                    differsAt = e.seq();
                    difference = "seq " + e.seq() + ": recorded " + e.result() + ", replayed " + replayed;
                }
            }
            String winner = null;
            BigDecimal price = null;
            Instant closed = null;
            if (engine.outcome().isPresent()) {
                AuctionEvent o = engine.outcome().get();
                if (o instanceof AuctionEvent.LotAwarded a) {
                    winner = a.bidderCode();
                    price = a.price();
                    closed = a.at();
                } else if (o instanceof AuctionEvent.LotFailed f) {
                    closed = f.at();
                }
            }
            try (PreparedStatement ps = c.prepareStatement("select winner, final_price, closed_at from " + (ended ? "auction_session" : "auction")
                    + " where lot_id = ? and session_no = ?")) {
                ps.setLong(1, lotId);
                ps.setInt(2, n);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    String rw = rs.getString(1);
                    BigDecimal rp = rs.getBigDecimal(2);
                    Instant rc = rs.getTimestamp(3) == null ? null : rs.getTimestamp(3).toInstant();
                    boolean outcomeEqual = Objects.equals(rw, winner) && (rp == null ? price == null : price != null
                            && rp.compareTo(price) == 0) && Objects.equals(rc, closed);
                    if (difference == null && !outcomeEqual) {
                        difference = "outcome: recorded " + rw + " " + rp + " " + rc + ", replayed " + winner + " " + price + " " + closed;
                    }
                    return new Replay(lotId, n, log.size(), accepted, rw, rp, rc, winner, price, closed, difference == null,
                            differsAt, difference);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("replay of lot " + lotId + " failed: " + e.getMessage(), e);
        }
    }
}
