package cn.exchange.web.settlement;

import cn.exchange.core.security.Permission;
import cn.exchange.core.shared.DomainException;
import cn.exchange.ejb.settlement.DepositForfeitures;
import cn.exchange.web.security.Allowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;
import java.util.Map;

/**
 * Deposits forfeited outside a contract default (docs/rules.md §1.4): the decision with its ground, the release of a
 * deposit held for it, a lot's decisions and the payment of its forfeited deposits to the transferor. Under
 * {@code /api/settlement} with {@link SettlementResource}.
 */
@Path("settlement")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DepositForfeitureResource {

    @EJB
    DepositForfeitures forfeitures;

    @POST
    @Path("applications/{applicationId}/forfeiture")
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
    @Path("applications/{applicationId}/release")
    @Allowed(Permission.FORFEITURE_DECIDE)
    @Operation(summary = "Release a deposit held for a no-bid decision: it is refunded like any other (reason required)")
    public Map<String, Object> release(@PathParam("applicationId") long applicationId, SettlementRequests.Reason r) {
        return Map.of("refunds", forfeitures.release(applicationId, r == null ? null : r.reason()));
    }

    @GET
    @Path("lots/{lotId}/forfeitures")
    @Allowed(Permission.LEDGER_READ)
    @Operation(summary = "The forfeiture decisions on a lot's deposits (staff, supervisors)")
    public List<DepositForfeitures.DecisionView> forfeitures(@PathParam("lotId") long lotId) {
        return forfeitures.decisions(lotId);
    }

    @POST
    @Path("lots/{lotId}/forfeitures/payout")
    @Allowed(Permission.SETTLEMENT_BOOK)
    @Operation(summary = "Pay the lot's forfeited deposits to its transferor, to the account it named in writing")
    public Response payForfeited(@PathParam("lotId") long lotId, SettlementRequests.Payee p) {
        return Response.status(201).entity(forfeitures.payToTransferor(lotId, p == null ? null : p.payeeAccount())).build();
    }
}
