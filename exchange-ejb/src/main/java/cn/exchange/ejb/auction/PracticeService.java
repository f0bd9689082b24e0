package cn.exchange.ejb.auction;

import cn.exchange.core.auction.AuctionEngine;
import cn.exchange.core.auction.AuctionEvent;
import cn.exchange.core.auction.Practice;
import cn.exchange.core.security.Permission;
import cn.exchange.core.shared.DomainException;
import cn.exchange.ejb.identity.Caller;
import cn.exchange.ejb.identity.CallerResolver;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * 模拟竞价: a bidder's practice session, at any time, on a made-up lot against two simulated bidders
 * ({@link Practice}). It lives in its own two tables and never touches a lot, an auction, the bid log, the audit trail or
 * a notice: a practice is nobody's business but the bidder's. Its state is computed from the stored session (seed,
 * opening time, the bidder's own bids) on every request, so every instance of a cluster answers the same.
 * Bids are answered in the hall's own words ({@link BidOutcome}) after they are stored; a retried request id gets the
 * stored answer again.
 */
@Stateless
public class PracticeService {

    private static final SecureRandom SEEDS = new SecureRandom();

    @PersistenceContext(unitName = "exchange")
    EntityManager em;

    @Inject
    CallerResolver callers;

    @Inject
    Clock clock;

    /** A new practice session for the caller, opening {@link Practice#LEAD_IN} from now; one that ran is replaced. */
    public AuctionState start() {
        Caller c = callers.require(Permission.PRACTICE);
        Instant now = clock.instant();
        // one statement that also settles two first visits at once (two tabs): the later one's session replaces the earlier
        em.createNativeQuery("insert into practice_session (account_id, seed, opens_at, created_at) values (?1, ?2, ?3, ?4)"
                        + " on conflict (account_id) do update set seed = excluded.seed, opens_at = excluded.opens_at,"
                        + " created_at = excluded.created_at")
                .setParameter(1, c.accountId()).setParameter(2, SEEDS.nextLong())
                .setParameter(3, OffsetDateTime.ofInstant(now.plus(Practice.LEAD_IN), clock.getZone()))
                .setParameter(4, OffsetDateTime.now(clock)).executeUpdate();
        em.createNativeQuery("delete from practice_bid where account_id = ?1").setParameter(1, c.accountId()).executeUpdate();
        return state();
    }

    /** The caller's practice session as the hall shows it; a first visit starts one. */
    public AuctionState state() {
        Caller c = callers.require(Permission.PRACTICE);
        Session s = session(c.accountId(), false);
        if (s == null) {
            return start();
        }
        Instant now = clock.instant();
        return view(s, s.practice.run(s.bids, later(now, s.bids)));
    }

    /**
     * The caller's bid in its practice session, answered once stored: accepted, or refused with the hall's reason
     * ({@code auction.reason.*}). The same request id again gets the same answer, marked repeated, and adds nothing.
     */
    public BidOutcome bid(BigDecimal amount, String requestId) {
        Caller c = callers.require(Permission.PRACTICE);
        BigDecimal a = cn.exchange.core.shared.Amounts.cny("amount", amount, true);
        if (requestId == null) {
            requestId = java.util.UUID.randomUUID().toString();
        } else if (!Bidding.REQUEST_ID.matcher(requestId).matches()) {
            throw new DomainException("requestId", "auction.requestId");
        }
        Session s = session(c.accountId(), true);
        if (s == null) {
            throw new DomainException("practice", "practice.none");
        }
        int earlier = s.requestIds.indexOf(requestId);
        if (earlier >= 0) {
            Practice.Run run = s.practice.run(s.bids, later(clock.instant(), s.bids));
            return outcome(run.answers().get(earlier), earlier + 1, true);
        }
        if (s.bids.size() >= Practice.MAX_BIDS) {
            throw new DomainException("amount", "practice.tooManyBids", Practice.MAX_BIDS);
        }
        Instant now = later(clock.instant(), s.bids);
        Practice.Bid bid = new Practice.Bid(a, now);
        List<Practice.Bid> all = new ArrayList<>(s.bids);
        all.add(bid);
        Practice.Run run = s.practice.run(all, now);
        em.createNativeQuery("insert into practice_bid (account_id, no, amount, at_ms, request_id) values (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, c.accountId()).setParameter(2, all.size()).setParameter(3, bid.amount())
                .setParameter(4, now.toEpochMilli()).setParameter(5, requestId).executeUpdate();
        return outcome(run.answers().get(all.size() - 1), all.size(), false);
    }

    /** Time never runs backwards in a session: a bid is received no earlier than the one before it. */
    private static Instant later(Instant now, List<Practice.Bid> bids) {
        Instant last = bids.isEmpty() ? null : bids.get(bids.size() - 1).at();
        return last != null && last.isAfter(now) ? last : now;
    }

    private record Session(Practice practice, List<Practice.Bid> bids, List<String> requestIds) {
    }

    private Session session(long accountId, boolean lock) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select seed, opens_at from practice_session where account_id = ?1"
                + (lock ? " for update" : "")).setParameter(1, accountId).getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        Object[] r = rows.get(0);
        Instant opens = r[1] instanceof OffsetDateTime o ? o.toInstant() : ((java.sql.Timestamp) r[1]).toInstant();
        @SuppressWarnings("unchecked")
        List<Object[]> bidRows = em.createNativeQuery("select amount, at_ms, request_id from practice_bid where account_id = ?1 order by no")
                .setParameter(1, accountId).getResultList();
        List<Practice.Bid> bids = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (Object[] b : bidRows) {
            bids.add(new Practice.Bid(((BigDecimal) b[0]).setScale(2), Instant.ofEpochMilli(((Number) b[1]).longValue())));
            ids.add((String) b[2]);
        }
        return new Session(Practice.of(((Number) r[0]).longValue(), opens), bids, ids);
    }

    private static BidOutcome outcome(AuctionEvent answer, int no, boolean repeated) {
        if (answer instanceof AuctionEvent.BidAccepted a) {
            return new BidOutcome(0, no, a.bidderCode(), a.amount(), true, null, a.at(), (int) a.sequence(), a.closesAt(), repeated);
        }
        AuctionEvent.BidRejected r = (AuctionEvent.BidRejected) answer;
        return new BidOutcome(0, no, r.bidderCode(), r.amount(), false, r.reason().name(), r.at(), null, null, repeated);
    }

    /** The practice as the hall shows a session (lot id 0: no lot of the exchange). */
    private static AuctionState view(Session s, Practice.Run run) {
        AuctionEngine e = run.engine();
        List<AuctionState.Bid> recent = new ArrayList<>();
        for (int i = run.accepted().size() - 1; i >= 0 && recent.size() < 10; i--) {
            AuctionEvent.BidAccepted a = run.accepted().get(i);
            recent.add(new AuctionState.Bid(i + 1, a.bidderCode(), a.amount(), a.at()));
        }
        String outcome = null;
        String winner = null;
        BigDecimal finalPrice = null;
        String failure = null;
        Instant closedAt = null;
        if (e.outcome().orElse(null) instanceof AuctionEvent.LotAwarded w) {
            outcome = "AWARDED";
            winner = w.bidderCode();
            finalPrice = w.price();
            closedAt = w.at();
        } else if (e.outcome().orElse(null) instanceof AuctionEvent.LotFailed f) {
            outcome = "FAILED";
            failure = f.reason().name();
            closedAt = f.at();
        }
        var terms = s.practice().terms();
        return new AuctionState(0, terms.mode().name(), e.phase().name(), terms.startPrice(), terms.increment(), e.price(),
                e.leader().orElse(null), terms.start(), terms.freeEnd(), e.closesAt(), (int) terms.limited().toSeconds(),
                run.accepted().size(), run.accepted().size(), outcome, winner, finalPrice, failure, closedAt, recent, 1, false, null,
                terms.priorityMode().name());
    }
}
