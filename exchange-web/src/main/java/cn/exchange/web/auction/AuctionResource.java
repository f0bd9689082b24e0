package cn.exchange.web.auction;

import cn.exchange.core.security.Permission;
import cn.exchange.core.shared.DomainMessages;
import cn.exchange.ejb.auction.AuctionService;
import cn.exchange.ejb.auction.BidOutcome;
import cn.exchange.web.security.Allowed;
import cn.exchange.web.security.Public;
import cn.exchange.web.security.SignedIn;
import cn.exchange.web.base.Languages;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * The bidding API (rules 20–25) for programmatic clients and load tests: a lot's state, a bid with a client request id
 * (a retry with the same id is answered once), the bidder's own bids; and the staff's pause and resume.
 */
@Path("auctions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AuctionResource {

    /** A bid: the amount in yuan (two decimals at most) and the client's id for this bid, reused on retries. */
    public record BidRequest(BigDecimal amount, String requestId) {
    }

    public record Reason(String reason) {
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

    @jakarta.inject.Inject
    java.time.Clock clock;

    @EJB
    AuctionService auctions;

    @EJB
    cn.exchange.ejb.listing.BoardService board;

    @jakarta.inject.Inject
    cn.exchange.web.shell.ShellBean shell;

    @Context
    HttpServletRequest request;

    @GET
    @Path("{lotId}")
    @Public
    @Operation(summary = "A lot's session as the hall shows it (the same JSON as the WebSocket /ws/auctions/{lotId} sends):"
            + " phase, price, leader's bidder code, closesAt and serverTime in epoch ms, recent bids (codes only)")
    public String state(@PathParam("lotId") long lotId) {
        return StateJson.of(auctions.state(lotId), clock.millis());
    }

    @POST
    @Path("{lotId}/bids")
    @Allowed(Permission.BID)
    @Operation(summary = "Place a bid (qualified bidder of the lot). The answer comes after the bid is committed; a retry with"
            + " the same requestId returns the first answer (repeated=true). 503 = not recorded, retry with the same requestId")
    public BidAnswer bid(@PathParam("lotId") long lotId, BidRequest b) {
        BidOutcome o = auctions.bid(lotId, b == null ? null : b.amount(), b == null ? null : b.requestId());
        return BidAnswer.of(o, Languages.ofApi(request));
    }

    @GET
    @Path("{lotId}/bids/mine")
    @Allowed(Permission.BID)
    @Operation(summary = "The caller's own bids on the lot, accepted and refused, newest first")
    public List<BidAnswer> myBids(@PathParam("lotId") long lotId) {
        Locale l = Languages.ofApi(request);
        return auctions.myBids(lotId).stream().map(o -> BidAnswer.of(o, l)).toList();
    }

    @GET
    @Path("{lotId}/record.pdf")
    @Produces("application/pdf")
    @Public
    @Operation(summary = "The auction record (竞价记录): every bid by bidder code and server time, as PDF. Public after the close;"
            + " while the session runs, for staff and supervisors")
    public Response recordPdf(@PathParam("lotId") long lotId) {
        var log = auctions.record(lotId);
        byte[] pdf = cn.exchange.ejb.documents.AuctionPdf.record(shell.getNameZh(), board.lot(lotId), auctions.state(lotId), log);
        return Response.ok(pdf).header("Content-Disposition", "inline; filename=\"auction-record-" + lotId + ".pdf\"").build();
    }

    @GET
    @Path("{lotId}/confirmation.pdf")
    @Produces("application/pdf")
    @SignedIn
    @Operation(summary = "The result confirmation (竞价结果确认书) naming the winner, as PDF: for the winner, the lot's agency,"
            + " and staff or supervisors who may see identities")
    public Response confirmationPdf(@PathParam("lotId") long lotId) {
        byte[] pdf = cn.exchange.ejb.documents.AuctionPdf.confirmation(shell.getNameZh(), auctions.confirmation(lotId));
        return Response.ok(pdf).header("Content-Disposition", "inline; filename=\"auction-result-" + lotId + ".pdf\"").build();
    }

    @GET
    @Allowed(Permission.AUCTION_CONSOLE_READ)
    @Operation(summary = "The operator console: every running session and those closed within a day")
    public String console() {
        jakarta.json.JsonArrayBuilder all = jakarta.json.Json.createArrayBuilder();
        auctions.console().forEach(s -> all.add(StateJson.builder(s, clock.millis())));
        return all.build().toString();
    }

    @POST
    @Path("{lotId}/pause")
    @Allowed(Permission.AUCTION_CONTROL)
    @Operation(summary = "Pause a session for an outage, with a reason (rule 25; audited). Paused time does not count")
    public String pause(@PathParam("lotId") long lotId, Reason r) {
        auctions.pause(lotId, r == null ? null : r.reason());
        return StateJson.of(auctions.state(lotId), clock.millis());
    }

    @POST
    @Path("{lotId}/annul")
    @Allowed(Permission.AUCTION_CONTROL)
    @Operation(summary = "Annul a running or paused session for a recorded technical fault, with a reason (rule 25; audited and published)."
            + " Its bid log is kept in the trail and the replay; staff then schedule the re-run for the same qualified bidders"
            + " (POST /api/qualification/lots/{lotId}/schedule), whose session starts with an empty log")
    public String annul(@PathParam("lotId") long lotId, Reason r) {
        return StateJson.of(auctions.annul(lotId, r == null ? null : r.reason()), clock.millis());
    }

    @POST
    @Path("{lotId}/resume")
    @Allowed(Permission.AUCTION_CONTROL)
    @Operation(summary = "Resume a paused session, with a reason (rule 25; audited); its deadlines move by the paused time")
    public String resume(@PathParam("lotId") long lotId, Reason r) {
        auctions.resume(lotId, r == null ? null : r.reason());
        return StateJson.of(auctions.state(lotId), clock.millis());
    }
}
