package cn.exchange.ejb.auction;

import cn.exchange.core.security.Permission;
import cn.exchange.core.shared.NotFoundException;
import cn.exchange.core.shared.NotPermittedException;
import cn.exchange.ejb.identity.Caller;
import cn.exchange.ejb.identity.CallerResolver;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A session's documents (rule 21): the auction record — every command by bidder code and server time — and the result
 * confirmation naming the winner, each with who may read it; and the operators' console of the day's sessions.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AuctionRecords {

    @Inject
    AuctionDesk desk;

    @Inject
    CallerResolver callers;

    @EJB
    cn.exchange.ejb.listing.BoardService board;

    @PersistenceContext(unitName = "exchange")
    EntityManager em;

    @Inject
    java.time.Clock clock;

    /**
     * The auction record (rule 21: every command by bidder code and server time): public once the lot has closed
     * (codes only); while it runs, only for those who watch sessions or audit them.
     */
    public List<BidRecord> record(long lotId) {
        AuctionState s = AuctionService.requireSession(desk, lotId);
        Caller caller = callers.current();
        if (!s.closed() && !caller.can(Permission.AUCTION_CONSOLE_READ) && !caller.can(Permission.TRAIL_READ)) {
            throw new NotPermittedException("auction.recordAfterClose");
        }
        try {
            return desk.record(lotId);
        } catch (SQLException e) {
            throw new BidNotRecordedException(e);
        }
    }

    /**
     * The result confirmation of an awarded lot, naming the winner: for the winner itself, the lot's transferring
     * agency, and staff or supervisors who may see bidder identities.
     */
    public WinnerConfirmation confirmation(long lotId) {
        AuctionState s = AuctionService.requireSession(desk, lotId);
        if (!"AWARDED".equals(s.outcome())) {
            throw new NotFoundException("AuctionResult", lotId);
        }
        Caller caller = callers.current();
        Object[] winner = (Object[]) em.createNativeQuery("select p.id, p.name, p.credit_code, p.resident_id, pr.agency_party_id"
                        + " from application a join party p on p.id = a.bidder_party_id join lot l on l.id = a.lot_id"
                        + " join project pr on pr.id = l.project_id where a.lot_id = ?1 and a.bidder_code = ?2")
                .setParameter(1, lotId).setParameter(2, s.winner()).getSingleResult();
        long winnerParty = ((Number) winner[0]).longValue();
        long agencyParty = ((Number) winner[4]).longValue();
        boolean own = caller.partyId() != null && (caller.partyId() == winnerParty || caller.partyId() == agencyParty);
        if (!own && !caller.can(Permission.BIDDER_IDENTITY_READ)) {
            throw new NotPermittedException("auction.confirmation");
        }
        String id = winner[2] != null ? (String) winner[2] : cn.exchange.core.party.ResidentId.masked((String) winner[3]);
        return new WinnerConfirmation(board.lot(lotId), s, (String) winner[1], id);
    }

    /** The operator console: every session not yet recorded, and those closed today. */
    public List<AuctionState> console() {
        callers.require(Permission.AUCTION_CONSOLE_READ);
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("select lot_id from auction where closed_at is null or closed_at > ?1"
                + " order by starts_at, lot_id limit 1000").setParameter(1, cn.exchange.core.calendar.ExchangeTime.toOffset(clock.instant()).minusDays(1)).getResultList();
        return ids.stream().map(id -> AuctionService.requireSession(desk, id.longValue())).collect(Collectors.toList());
    }
}
