package cn.exchange.web.auction;

import cn.exchange.core.security.Permission;
import cn.exchange.ejb.auction.AuctionService;
import cn.exchange.ejb.documents.AuctionPdf;
import cn.exchange.ejb.listing.BoardService;
import cn.exchange.web.security.Allowed;
import cn.exchange.web.security.Public;
import cn.exchange.web.security.SignedIn;
import cn.exchange.web.shell.ShellBean;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.time.Clock;

/**
 * A lot's session (rules 20–25): its state as the hall shows it, its documents as PDF — the auction record (竞价记录) and
 * the result confirmation (竞价结果确认书) — and the staff's operator console over REST: the running sessions, pause,
 * annul and resume with a reason (audited). Bids are {@link AuctionResource}'s, under {@code /api/auctions/{lotId}/bids}.
 */
@Path("auctions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AuctionSessionResource {

    public record Reason(String reason) {
    }

    @Inject
    Clock clock;

    @EJB
    AuctionService auctions;

    @jakarta.ejb.EJB
    cn.exchange.ejb.auction.AuctionRecords records;

    @EJB
    BoardService board;

    @EJB
    cn.exchange.ejb.documents.ExchangeSeal seal;

    @Inject
    ShellBean shell;

    @GET
    @Allowed(Permission.AUCTION_CONSOLE_READ)
    @Operation(summary = "The operator console: every running session and those closed within a day")
    public String console() {
        JsonArrayBuilder all = Json.createArrayBuilder();
        records.console().forEach(s -> all.add(StateJson.builder(s, clock.millis())));
        return all.build().toString();
    }

    @GET
    @Path("{lotId}")
    @Public
    @Operation(summary = "A lot's session as the hall shows it (the same JSON as the WebSocket /ws/auctions/{lotId} sends):"
            + " phase, price, leader's bidder code, closesAt and serverTime in epoch ms, recent bids (codes only)")
    public String state(@PathParam("lotId") long lotId) {
        return StateJson.of(auctions.state(lotId), clock.millis());
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

    @GET
    @Path("{lotId}/record.pdf")
    @Produces("application/pdf")
    @Public
    @Operation(summary = "The auction record (竞价记录): every bid by bidder code and server time, as PDF. Public after the close;"
            + " while the session runs, for staff and supervisors")
    public Response recordPdf(@PathParam("lotId") long lotId) {
        var log = records.record(lotId);
        var lot = board.lot(lotId);
        byte[] pdf = seal.seal(AuctionPdf.record(shell.getNameZh(), lot, auctions.state(lotId), log),
                "竞价记录 " + lot.projectNumber() + "-" + lot.lotNo());
        return Response.ok(pdf).header("Content-Disposition", "inline; filename=\"auction-record-" + lotId + ".pdf\"").build();
    }

    @GET
    @Path("{lotId}/confirmation.pdf")
    @Produces("application/pdf")
    @SignedIn
    @Operation(summary = "The result confirmation (竞价结果确认书) naming the winner, as PDF: for the winner, the lot's agency,"
            + " and staff or supervisors who may see identities")
    public Response confirmationPdf(@PathParam("lotId") long lotId) {
        var c = records.confirmation(lotId);
        byte[] pdf = seal.seal(AuctionPdf.confirmation(shell.getNameZh(), c), "竞价结果确认书 " + c.lot().projectNumber() + "-" + c.lot().lotNo());
        return Response.ok(pdf).header("Content-Disposition", "inline; filename=\"auction-result-" + lotId + ".pdf\"").build();
    }
}
