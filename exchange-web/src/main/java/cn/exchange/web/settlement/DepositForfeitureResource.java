package cn.exchange.web.settlement;

import cn.exchange.core.security.Permission;
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
 * A lot's deposits after its sale failed or its bidders forfeited (docs/rules.md §1.4): the forfeiture decisions on
 * them, the payment of the forfeited ones to the transferor, and the refund of the paid deposits of a lot that sold to
 * nobody. One bidder's forfeiture decision is {@link ApplicationDepositResource}'s.
 */
@Path("settlement/lots/{lotId}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DepositForfeitureResource {

    @EJB
    DepositForfeitures forfeitures;

    @EJB
    cn.exchange.ejb.settlement.MoneyService money;

    @GET
    @Path("forfeitures")
    @Allowed(Permission.LEDGER_READ)
    @Operation(summary = "The forfeiture decisions on a lot's deposits (staff, supervisors)")
    public List<DepositForfeitures.DecisionView> forfeitures(@PathParam("lotId") long lotId) {
        return forfeitures.decisions(lotId);
    }

    @POST
    @Path("forfeitures/payout")
    @Allowed(Permission.SETTLEMENT_BOOK)
    @Operation(summary = "Pay the lot's forfeited deposits to its transferor, to the account it named in writing")
    public Response payForfeited(@PathParam("lotId") long lotId, SettlementRequests.Payee p) {
        return Response.status(201).entity(forfeitures.payToTransferor(lotId, p == null ? null : p.payeeAccount())).build();
    }

    @POST
    @Path("refunds")
    @Allowed(Permission.SETTLEMENT_BOOK)
    @Operation(summary = "Refund the paid deposits of a lot that sold to nobody (failed, terminated, locked), with the reason")
    public Map<String, Object> refundLot(@PathParam("lotId") long lotId, SettlementRequests.Reason r) {
        return Map.of("lotId", lotId, "instructed", money.refundLot(lotId, r == null ? null : r.reason()));
    }
}
