package cn.exchange.ejb.auction;

import cn.exchange.core.auction.AuctionCommand;
import cn.exchange.core.auction.AuctionEngine;
import cn.exchange.core.auction.AuctionEvent;
import cn.exchange.core.auction.AuctionTerms;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Demo data only: a session that ran in the past, written exactly as the lot's writer would have written it — the
 * commands through the lot's engine, each with the result the engine gave, into the bid log, and the engine's final
 * state into the session row — so that the sweeper records its result and opens its deal as for any session, and a
 * supervisor's replay gives the same outcome.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class DemoSessions {

    @PersistenceContext(unitName = "exchange")
    EntityManager em;

    /** {@code startsAt}: when the session ran; {@code ipByCode}/{@code accountByCode}: where each bidder bid from. */
    public void ranAt(long lotId, Instant startsAt, List<AuctionCommand> commands, Map<String, String> ipByCode,
                      Map<String, Long> accountByCode) {
        em.flush();
        em.createNativeQuery("update auction set starts_at = ?1, next_check_at = ?1 where lot_id = ?2")
                .setParameter(1, java.time.OffsetDateTime.ofInstant(startsAt, java.time.ZoneOffset.ofHours(8))).setParameter(2, lotId)
                .executeUpdate();
        Connection c = em.unwrap(Connection.class);
        try {
            AuctionTerms terms = SessionTerms.terms(c, lotId);
            AuctionEngine engine = terms.newEngine();
            List<BidLog.Entry> entries = new ArrayList<>();
            long seq = 0;
            int accepted = 0;
            for (AuctionCommand cmd : commands) {
                List<AuctionEvent> events = engine.handle(cmd);
                String result = cn.exchange.core.auction.Replay.resultOf(events);
                Integer no = null;
                Long closes = null;
                for (AuctionEvent ev : events) {
                    if (ev instanceof AuctionEvent.BidAccepted a) {
                        no = (int) a.sequence();
                        closes = a.closesAt() == null ? null : a.closesAt().toEpochMilli();
                        accepted++;
                    }
                }
                String code = cmd instanceof AuctionCommand.PlaceBid b ? b.bidderCode() : null;
                entries.add(new BidLog.Entry(++seq, cmd, result, no, closes, code == null ? null : "demo-" + seq,
                        code == null ? null : accountByCode.get(code), code == null ? null : ipByCode.get(code)));
            }
            BidLog.append(c, lotId, SessionTerms.session(c, lotId), entries);
            BidLog.saveState(c, lotId, engine, seq, commands.get(commands.size() - 1).at().toEpochMilli(), accepted);
        } catch (SQLException e) {
            throw new IllegalStateException("demo session of lot " + lotId + " not written: " + e.getMessage(), e);
        }
    }
}
