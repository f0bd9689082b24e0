package cn.exchange.web.settlement;

import cn.exchange.core.security.Permission;
import cn.exchange.core.shared.DomainException;
import cn.exchange.ejb.settlement.DepositForfeitures;
import cn.exchange.web.security.Allowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.Map;

/**
 * A bidder's deposit forfeited outside a contract default (docs/rules.md §1.4): the decision with its ground, and the
 * release of a deposit held for one. A lot's decisions and their payment are {@link DepositForfeitureResource}'s.
 */
@Path("settlement/applications/{applicationId}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ApplicationDepositResource {

    @EJB
    DepositForfeitures forfeitures;

    @POST
    @Path("forfeiture")
    @Allowed(Permission.FORFEITURE_DECIDE)
    @Operation(summary = "Forfeit a bidder's deposit outside a contract default (docs/rules.md §1.4): ground NO_VALID_BID (only where"
            + " the announcement says so, after the session, for a qualified bidder with no accepted bid), FALSE_DOCUMENTS or"
            + " COLLUSION, with the reason; the buyer's deposit is its deal's case")
    public Response forfeit(@PathParam("applicationId") long applicationId, SettlementRequests.Forfeiture f) {
        if (f == null) {
            throw new DomainException("ground", "common.required");
        }
        return Response.status(201).entity(forfeitures.forfeit(applicationId, f.ground(), f.reason())).build();
    }

    @POST
    @Path("release")
    @Allowed(Permission.FORFEITURE_DECIDE)
    @Operation(summary = "Release a deposit held for a no-bid decision: it is refunded like any other (reason required)")
    public Map<String, Object> release(@PathParam("applicationId") long applicationId, SettlementRequests.Reason r) {
        return Map.of("refunds", forfeitures.release(applicationId, r == null ? null : r.reason()));
    }
}
