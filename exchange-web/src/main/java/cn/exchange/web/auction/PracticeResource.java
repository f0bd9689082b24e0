package cn.exchange.web.auction;

import cn.exchange.core.security.Permission;
import cn.exchange.ejb.auction.PracticeService;
import cn.exchange.web.security.Allowed;
import cn.exchange.web.base.Languages;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * 模拟竞价: the caller's own practice session against two simulated bidders, on a made-up lot that is
 * no lot of the exchange (lot id 0). The same JSON and answers as the real hall ({@link AuctionResource}); the practice
 * page polls {@code GET /api/practice}.
 */
@Path("practice")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PracticeResource {

    @EJB
    PracticeService practice;

    @jakarta.inject.Inject
    java.time.Clock clock;

    @Context
    HttpServletRequest request;

    @GET
    @Allowed(Permission.PRACTICE)
    @Operation(summary = "The caller's practice session as the hall shows a session (a first call starts one)")
    public String state() {
        return StateJson.of(practice.state(), clock.millis());
    }

    @POST
    @Allowed(Permission.PRACTICE)
    @Operation(summary = "Start a new practice session (it opens in 5 s; the caller's earlier one is replaced)")
    public String start() {
        return StateJson.of(practice.start(), clock.millis());
    }

    @POST
    @Path("bids")
    @Allowed(Permission.PRACTICE)
    @Operation(summary = "A bid in the caller's practice session, answered as a real bid (accepted, or refused with the reason);"
            + " a retry with the same requestId returns the first answer (repeated=true)")
    public AuctionResource.BidAnswer bid(AuctionResource.BidRequest b) {
        return AuctionResource.BidAnswer.of(practice.bid(b == null ? null : b.amount(), b == null ? null : b.requestId()),
                Languages.ofApi(request));
    }
}
