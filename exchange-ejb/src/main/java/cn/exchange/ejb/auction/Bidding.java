package cn.exchange.ejb.auction;

import cn.exchange.core.security.Permission;
import cn.exchange.core.security.RateLimits;
import cn.exchange.core.shared.Amounts;
import cn.exchange.core.shared.DomainException;
import cn.exchange.core.shared.NotPermittedException;
import cn.exchange.ejb.identity.Caller;
import cn.exchange.ejb.platform.ExchangeMetrics;
import cn.exchange.ejb.platform.RateLimiter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;

/**
 * A bid, the same whichever way it comes (the REST API, the hall's page, the hall's WebSocket): the caller must hold
 * {@link Permission#BID}, stay within the bid rate limits, send an amount in yuan with two decimals at most and a
 * well-formed request id, and be qualified for the lot (it bids only under its own code). The lot's engine in
 * {@link AuctionDesk} decides the bid; the answer completes once the bid's record is committed (rule 21).
 *
 * <p>{@link #place} checks and hands the bid to the lot's writer without waiting, for callers that answer when the
 * commit comes (the WebSocket); {@link #await} waits for it, for callers that answer in the same thread (REST).
 */
@ApplicationScoped
public class Bidding {

    /** How long a caller waits for its batch's commit before being told to try again (with the same request id). */
    static final Duration ANSWER_WAIT = Duration.ofSeconds(10);
    static final Pattern REQUEST_ID = Pattern.compile("[A-Za-z0-9_.:-]{1,64}");

    @Inject
    RateLimiter rateLimiter;

    @Inject
    AuctionDesk desk;

    @Inject
    ExchangeMetrics metrics;

    /**
     * Checks the bid of {@code caller} and submits it to the lot's writer. A refusal before the engine (not permitted,
     * over the rate, a malformed amount or request id, not qualified, no session) is thrown here; the future completes
     * with the engine's answer after the commit, or with {@link BidNotRecordedException}.
     */
    public CompletableFuture<BidOutcome> place(Caller caller, long lotId, BigDecimal amount, String requestId) {
        if (!caller.can(Permission.BID)) {
            throw new NotPermittedException(Permission.BID.name());
        }
        rateLimiter.check(RateLimits.BID_PER_ACCOUNT, String.valueOf(caller.accountId()), caller.ip());
        rateLimiter.check(RateLimits.BID_PER_ADDRESS, caller.ip(), caller.ip());
        BigDecimal a = Amounts.cny("amount", amount, true);
        if (requestId != null && !REQUEST_ID.matcher(requestId).matches()) {
            throw new DomainException("requestId", "auction.requestId");
        }
        String code = codeOf(lotId, caller);
        long t0 = System.nanoTime();
        return desk.bid(lotId, code, a, requestId, caller.accountId(), caller.ip()).whenComplete((o, failure) -> {
            if (failure == null) {
                metrics.bid(o.accepted() ? "accepted" : "refused", o.reason(), System.nanoTime() - t0);
            } else {
                metrics.bid("not_recorded", null, System.nanoTime() - t0);
            }
        });
    }

    /** The caller's code on the lot; not qualified → 403, no session → 404. */
    String codeOf(long lotId, Caller caller) {
        String code;
        try {
            code = caller.partyId() == null ? null : desk.bidderCode(lotId, caller.partyId());
        } catch (SQLException e) {
            throw new BidNotRecordedException(e);
        }
        if (code == null) {
            AuctionService.requireSession(desk, lotId);
            throw new NotPermittedException("auction.notQualified");
        }
        return code;
    }

    /** Waits for a bid's (or a staff command's) committed answer, never longer than {@link #ANSWER_WAIT}. */
    public static BidOutcome await(CompletableFuture<BidOutcome> answer) {
        try {
            return answer.get(ANSWER_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw notRecorded(e.getCause());
        } catch (TimeoutException e) {
            // the batch may still commit: the client retries with the same request id and gets that answer
            throw new BidNotRecordedException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BidNotRecordedException(e);
        }
    }

    /** What a failed answer means for the bidder: not recorded (try again with the same request id). */
    public static BidNotRecordedException notRecorded(Throwable failure) {
        Throwable c = failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        return c instanceof BidNotRecordedException b ? b : new BidNotRecordedException(c);
    }
}
