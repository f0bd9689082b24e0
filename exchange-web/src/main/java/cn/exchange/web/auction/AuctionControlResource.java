package cn.exchange.web.auction;

import cn.exchange.core.security.Permission;
import cn.exchange.ejb.auction.AuctionService;
import cn.exchange.web.security.Allowed;
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
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.time.Clock;

/**
 * The staff's operator console over REST (rule 25): the running sessions, and pause, annul and resume with a reason
 * (audited). Under {@code /api/auctions} with the bidding API ({@link AuctionResource}).
 */
@Path("auctions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AuctionControlResource {

    public record Reason(String reason) {
    }

    @Inject
    Clock clock;

    @EJB
    AuctionService auctions;

    @jakarta.ejb.EJB
    cn.exchange.ejb.auction.AuctionRecords records;

    @GET
    @Allowed(Permission.AUCTION_CONSOLE_READ)
    @Operation(summary = "The operator console: every running session and those closed within a day")
    public String console() {
        JsonArrayBuilder all = Json.createArrayBuilder();
        records.console().forEach(s -> all.add(StateJson.builder(s, clock.millis())));
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
