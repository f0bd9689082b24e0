package cn.exchange.ejb.auction;

import cn.exchange.core.auction.AuctionTerms;
import cn.exchange.core.listing.Lot;
import cn.exchange.core.listing.Notice;
import cn.exchange.core.security.Permission;
import cn.exchange.core.shared.DomainException;
import cn.exchange.core.shared.NotFoundException;
import cn.exchange.ejb.identity.Caller;
import cn.exchange.ejb.identity.CallerResolver;
import cn.exchange.ejb.command.CommandExecutor;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/**
 * The auction's application service: who may bid, pause or watch; the session opened when staff schedule it; the
 * result carried onto the lot. The bid itself is decided by the lot's engine in {@link AuctionDesk}.
 *
 * <p>Bids run outside any container transaction: the writer commits them in its own batches, and the caller waits for
 * that commit (never longer than {@link Bidding#ANSWER_WAIT}) before answering; what is checked before the engine is
 * {@link Bidding}'s, the same for the REST API and the hall's WebSocket.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AuctionService {

    @Inject
    Bidding bidding;

    @Inject
    AuctionDesk desk;

    @EJB
    cn.exchange.ejb.listing.BoardService board;

    @Inject
    CallerResolver callers;

    @Inject
    CommandExecutor executor;

    @PersistenceContext(unitName = "exchange")
    EntityManager em;

    @Inject
    java.time.Clock clock;
    @Inject
    cn.exchange.core.listing.LotRepository lots;

    /**
     * Rule 17: opens the lot's session when staff schedule it, with the announced method, the listing price as start (a
     * Dutch lot: its own start price, step, interval and floor)
     * and the qualified bidders' codes; periods per lot, rule 22's defaults when not given. Runs in the scheduling
     * command's transaction; a session that has started cannot be rescheduled ({@link AuctionTerms#requireNotStarted}: by
     * its phase, under the row's lock).
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void open(Lot lot, OffsetDateTime startsAt, Duration free, Duration limited) {
        Duration[] periods = AuctionTerms.periods(free, limited);
        Duration f = periods[0];
        Duration l = periods[1];
        em.flush();   // the codes just drawn in this transaction
        @SuppressWarnings("unchecked")
        List<String> codes = em.createNativeQuery("select bidder_code from application where lot_id = ?1 and bidder_code is not null"
                + " order by bidder_code").setParameter(1, lot.getId()).getResultList();
        boolean court = lot.getProject().getCategory().courtStyle();
        // rule 34: a court lot's auction runs with one qualified bidder (SPC 2016 Art. 11)
        AuctionTerms.requireCompetition(new java.util.HashSet<>(codes), lot.getId(), court);
        @SuppressWarnings("unchecked")
        List<Object[]> holders = em.createNativeQuery("select bidder_code, priority_rank from application where lot_id = ?1"
                + " and bidder_code is not null and priority_rank is not null order by bidder_code").setParameter(1, lot.getId())
                .getResultList();
        // docs/rules.md §1.7, rule 24: the bidders whose claim matched a confirmed holder of the lot, with that holder's rank
        // (1 first); they exercise the right in the auction (the courts' mode); at equal rank the earlier bid wins
        String ranks = holders.stream().map(h -> h[0] + ":" + ((Number) h[1]).intValue()).collect(Collectors.joining(","));
        @SuppressWarnings("unchecked")
        List<Object[]> session = em.createNativeQuery("select phase, starts_at, result_recorded, awaiting_rerun, session_no from auction"
                + " where lot_id = ?1 for update").setParameter(1, lot.getId()).getResultList();
        if (!session.isEmpty()) {
            Object[] row = session.get(0);
            var phase = cn.exchange.core.auction.AuctionEngine.Phase.valueOf((String) row[0]);
            if (phase == cn.exchange.core.auction.AuctionEngine.Phase.CLOSED && Boolean.TRUE.equals(row[2])) {
                // the lot was relisted after this session's round: the session stays as it closed, the new round bids in the next
                AuctionSessions.end(em, lot.getId(), "RELISTED", "第" + lot.getRound() + "轮挂牌的竞价另开一场 round " + lot.getRound() + " bids in a new session", "system",
                        cn.exchange.core.calendar.ExchangeTime.toOffset(clock.instant()));
            } else if (!Boolean.TRUE.equals(row[3])) {
                // rule 25: a re-run after an annulment is scheduled afresh; any other session only before it starts
                AuctionTerms.requireNotStarted(phase, ((java.sql.Timestamp) row[1]).toInstant(), clock.instant());
            }
        }
        AuctionTerms t = AuctionTerms.forLot(lot, startsAt.toInstant(), court ? free : f, l, new java.util.LinkedHashSet<>(codes));
        em.createNativeQuery("insert into auction(lot_id, mode, start_price, increment, reserve_price, cap_price, starts_at,"
                        + " free_seconds, limited_seconds, dutch_step, dutch_interval_seconds, dutch_floor, qualified, price, next_check_at,"
                        + " priority_ranks, priority_mode, match_seconds, scheduled_at)"
                        + " values (?1, ?2, ?3, cast(?4 as numeric), cast(?5 as numeric), cast(?6 as numeric), ?7, ?8, ?9,"
                        + " cast(?10 as numeric), cast(?11 as integer), cast(?12 as numeric), ?13, ?3, ?7, ?14, ?15, cast(?16 as integer), ?17)"
                        + " on conflict (lot_id) do update set mode = excluded.mode, start_price = excluded.start_price,"
                        + " increment = excluded.increment, reserve_price = excluded.reserve_price, cap_price = excluded.cap_price,"
                        + " starts_at = excluded.starts_at, free_seconds = excluded.free_seconds,"
                        + " limited_seconds = excluded.limited_seconds, dutch_step = excluded.dutch_step,"
                        + " dutch_interval_seconds = excluded.dutch_interval_seconds, dutch_floor = excluded.dutch_floor,"
                        + " qualified = excluded.qualified, next_check_at = excluded.next_check_at,"
                        + " priority_ranks = excluded.priority_ranks, priority_mode = excluded.priority_mode,"
                        + " match_seconds = excluded.match_seconds, terms_version = auction.terms_version + 1,"
                        + " phase = 'NOT_STARTED', price = excluded.price, awaiting_rerun = false,"
                        // when the start was fixed (the reminders' test, issue 23): kept when the same start is scheduled again
                        + " scheduled_at = case when auction.starts_at = excluded.starts_at and not auction.awaiting_rerun"
                        + " then auction.scheduled_at else excluded.scheduled_at end")
                .setParameter(1, lot.getId()).setParameter(2, t.mode().name()).setParameter(3, t.startPrice())
                .setParameter(4, t.increment()).setParameter(5, t.reserve()).setParameter(6, t.cap())
                .setParameter(7, startsAt.withOffsetSameInstant(ZoneOffset.UTC))
                .setParameter(8, t.freeEnd() == null ? 0 : (int) Duration.between(t.start(), t.freeEnd()).getSeconds()).setParameter(9, (int) t.limited().getSeconds()).setParameter(10, t.dutchStep())
                .setParameter(11, t.dutchInterval() == null ? null : (int) t.dutchInterval().getSeconds())
                .setParameter(12, t.dutchFloor()).setParameter(13, String.join(",", codes)).setParameter(14, ranks)
                .setParameter(15, t.priorityMode().name())
                .setParameter(16, t.priorityMode() == cn.exchange.core.listing.PriorityExercise.AFTER_AUCTION
                        ? (int) t.matchWindow().getSeconds() : null)
                .setParameter(17, cn.exchange.core.calendar.ExchangeTime.toOffset(clock.instant())).executeUpdate();
    }

    /**
     * Places a bid for the caller, who must hold {@link Permission#BID} and be qualified for the lot (the object-level
     * check: a bidder bids only under its own code). Answers once the bid is durable; a retry with the same request id
     * gets the first answer again.
     */
    public BidOutcome bid(long lotId, BigDecimal amount, String requestId) {
        return Bidding.await(bidding.place(callers.require(Permission.BID), lotId, amount, requestId));
    }

    /** Rule 25: staff pause a session for an outage, with a reason; the pause is logged and audited. */
    public BidOutcome pause(long lotId, String reason) {
        return control(lotId, reason, "auction.paused", (caller, why) -> desk.pause(lotId, why, caller.accountId(), caller.ip()));
    }

    /** Rule 25: the session resumes, with a reason; paused time did not count. */
    public BidOutcome resume(long lotId, String reason) {
        return control(lotId, reason, "auction.resumed", (caller, why) -> desk.resume(lotId, caller.accountId(), caller.ip()));
    }

    /**
     * Rule 25: staff annul the running session for a recorded technical fault (reason required, audited, published as a
     * notice). The session's bid log stays as it is, in the trail and the replay; the lot's next session — the re-run,
     * for the same qualified bidders — starts with an empty log when staff schedule it
     * ({@link SessionScheduler#scheduleAuction}). Whether the session may be annulled:
     * {@link AuctionTerms#requireAnnullable}.
     */
    public AuctionState annul(long lotId, String reason) {
        if (reason != null && reason.strip().length() > 500) {
            throw new DomainException("reason", "auction.reasonRequired");
        }
        executor.execute(Permission.AUCTION_CONTROL, ctx -> {
            Notice n = AuctionSessions.annul(em, lotId, lots.findForUpdate(lotId).orElse(null), reason, ctx.caller().username(), ctx.nowAt());
            ctx.record("Lot", lotId, "auction.annulled", n.getBody());
            return n;
        });
        desk.announce(lotId);
        return requireSession(lotId);
    }

    /** A staff action on a running session: the command goes through the lot's writer, then into the audit trail. */
    private BidOutcome control(long lotId, String reason, String action,
                               java.util.function.BiFunction<Caller, String, CompletableFuture<BidOutcome>> command) {
        Caller caller = callers.require(Permission.AUCTION_CONTROL);
        if (reason == null || reason.isBlank() || reason.length() > 500) {
            throw new DomainException("reason", "auction.reasonRequired");
        }
        if (requireSession(lotId).awaitingRerun()) {
            throw new DomainException("lotId", "auction.awaitingRerun");
        }
        String why = reason.strip();
        BidOutcome o = Bidding.await(command.apply(caller, why));
        executor.execute(Permission.AUCTION_CONTROL, ctx -> {
            ctx.record("Lot", lotId, action, why);
            return null;
        });
        return o;
    }

    /** The hall's state of a lot: public (bidder codes only). */
    public AuctionState state(long lotId) {
        return requireSession(lotId);
    }

    /** The caller's own code on the lot, or null when the caller does not bid on it. */
    public String myCode(long lotId) {
        Caller caller = callers.current();
        if (caller.partyId() == null || !caller.can(Permission.BID)) {
            return null;
        }
        try {
            return desk.bidderCode(lotId, caller.partyId());
        } catch (SQLException e) {
            throw new BidNotRecordedException(e);
        }
    }

    /** Whether the caller holds a priority purchase right on the lot (it may match the highest price, rule 24). */
    public boolean isPriorityHolder(long lotId) {
        Caller caller = callers.current();
        if (caller.partyId() == null) {
            return false;
        }
        return !em.createNativeQuery("select 1 from application where lot_id = ?1 and bidder_party_id = ?2"
                + " and priority_rank is not null and bidder_code is not null").setParameter(1, lotId).setParameter(2, caller.partyId()).getResultList().isEmpty();
    }

    /** The caller's own bids on the lot, newest first (object level: only the caller's code). */
    public List<BidOutcome> myBids(long lotId) {
        Caller caller = callers.require(Permission.BID);
        String code = bidding.codeOf(lotId, caller);
        try {
            return desk.bidsOf(lotId, code);
        } catch (SQLException e) {
            throw new BidNotRecordedException(e);
        }
    }

    private AuctionState requireSession(long lotId) {
        return requireSession(desk, lotId);
    }

    /** The lot's session as the desk reads it, or 404 when the lot has none. */
    static AuctionState requireSession(AuctionDesk desk, long lotId) {
        try {
            AuctionState s = desk.state(lotId);
            if (s == null) {
                throw new NotFoundException("Auction", lotId);
            }
            return s;
        } catch (SQLException e) {
            throw new BidNotRecordedException(e);
        }
    }
}
