package cn.exchange.web.auction;

import cn.exchange.core.security.Permission;
import cn.exchange.core.shared.DomainMessages;
import cn.exchange.ejb.auction.AuctionService;
import cn.exchange.ejb.auction.BidOutcome;
import cn.exchange.ejb.auction.Bidding;
import cn.exchange.ejb.identity.CallerResolver;
import cn.exchange.web.base.Languages;
import cn.exchange.web.security.Allowed;
import cn.exchange.web.security.Public;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

/**
 * The bidding API (rules 20–25) for programmatic clients and load tests: a bid with a client request id (a retry with
 * the same id is answered once), and the bidder's own bids. The session itself — its state, records and the staff's
 * console — is {@link AuctionSessionResource}'s, under {@code /api/auctions}.
 */
@Path("auctions/{lotId}/bids")
@ApplicationScoped  // one instance: a bid pays no resource creation and injection (the bid profile, issue 22)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AuctionResource {

    /** A bid: the amount in yuan (two decimals at most) and the client's id for this bid, reused on retries. */
    public record BidRequest(BigDecimal amount, String requestId) {
    }

    /**
     * The answer to a bid: {@code accepted}, or the refusal {@code reason} with its {@code message} in the caller's
     * language. Given only after the bid is durable. {@code repeated}: the stored answer to a retried request id.
     */
    public record BidAnswer(long lotId, long seq, String bidderCode, BigDecimal amount, boolean accepted, String reason,
                            String message, long at, Integer acceptedNo, Long closesAt, boolean repeated) {

        static BidAnswer of(BidOutcome o, Locale locale) {
            return new BidAnswer(o.lotId(), o.seq(), o.bidderCode(), o.amount(), o.accepted(), o.reason(),
                    o.reason() == null ? null : DomainMessages.format(locale, "auction.reason." + o.reason()), o.at().toEpochMilli(),
                    o.acceptedNo(), o.closesAt() == null ? null : o.closesAt().toEpochMilli(), o.repeated());
        }
    }

    @EJB
    AuctionService auctions;

    @Inject
    Bidding bidding;

    @Inject
    CallerResolver callers;

    @POST
    @Allowed(Permission.BID)
    @Operation(summary = "Place a bid (qualified bidder of the lot). The answer comes after the bid is committed; a retry with"
            + " the same requestId returns the first answer (repeated=true). 503 = not recorded, retry with the same requestId")
    public BidAnswer bid(@PathParam("lotId") long lotId, BidRequest b, @Context HttpServletRequest request) {
        // straight to the bid path, as the hall's socket goes (SocketBids): the session bean's container (its pool and a
        // transaction the bid does not use — the lot's writer commits it) took a fifth of a REST bid's time
        BidOutcome o = Bidding.await(bidding.place(callers.require(Permission.BID), lotId, b == null ? null : b.amount(),
                b == null ? null : b.requestId()));
        return BidAnswer.of(o, Languages.ofApi(request));
    }

    @GET
    @Path("mine")
    @Allowed(Permission.BID)
    @Operation(summary = "The caller's own bids on the lot, accepted and refused, newest first")
    public List<BidAnswer> myBids(@PathParam("lotId") long lotId, @Context HttpServletRequest request) {
        Locale l = Languages.ofApi(request);
        return auctions.myBids(lotId).stream().map(o -> BidAnswer.of(o, l)).toList();
    }
}
