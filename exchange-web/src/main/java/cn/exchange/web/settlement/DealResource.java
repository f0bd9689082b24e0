package cn.exchange.web.settlement;

import cn.exchange.core.security.Permission;
import cn.exchange.core.shared.DomainException;
import cn.exchange.ejb.listing.LotView;
import cn.exchange.ejb.settlement.DealService;
import cn.exchange.ejb.settlement.DealView;
import cn.exchange.ejb.settlement.DefaultRelistings;
import cn.exchange.ejb.settlement.DisbursementView;
import cn.exchange.ejb.settlement.MoneyService;
import cn.exchange.web.security.Allowed;
import cn.exchange.web.security.SignedIn;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;

/**
 * Deals after the buyer is determined (docs/rules.md §1.6; rules 26–33): the deals to read, the contract to review,
 * prepare and sign, and the deal's money — the payout to the transferor, the refund of what the buyer overpaid, the
 * forfeiture decision and the relisting of a forfeited deal's lot. The fee table ({@link DealFeeResource}) and the
 * certificate ({@link DealCertificateResource}) have addresses of their own below this one. Object-level checks (a bidder
 * or agency reads and signs its own deals only) are the services'.
 */
@Path("deals")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DealResource {

    @EJB
    DealService deals;

    @EJB
    MoneyService money;

    @EJB
    DefaultRelistings relistings;

    @GET
    @Allowed(Permission.PROJECT_READ_ALL)
    @Operation(summary = "Every deal, newest first (staff, supervisors); ?status=SIGNING|PAYING|PAID|CERTIFIED|DEFAULTED|FORFEITED")
    public List<DealView> all(@QueryParam("status") String status) {
        return deals.all(status == null || status.isBlank() ? null : DealRequests.status(status));
    }

    @GET
    @Path("mine")
    @Allowed(Permission.CONTRACT_READ_OWN)
    @Operation(summary = "The caller's own deals: a bidder's purchases, an agency's sales")
    public List<DealView> mine() {
        return deals.mine();
    }

    @GET
    @Path("{id}")
    @SignedIn
    @Operation(summary = "One deal with its contract state, amounts, payment schedule and instructions, refunds and certificate"
            + " (its buyer, its transferor, staff and supervisors)")
    public DealView one(@PathParam("id") long id) {
        return deals.view(id);
    }

    @GET
    @Path("{id}/contract.pdf")
    @SignedIn
    @Produces("application/pdf")
    @Operation(summary = "The contract text to review (its SHA-256 is what a signature confirms)")
    public Response contract(@PathParam("id") long id) {
        return PdfAnswer.inline(deals.document(id, "CONTRACT"), "contract-" + id + ".pdf");
    }

    @GET
    @Path("{id}/signed-contract.pdf")
    @SignedIn
    @Produces("application/pdf")
    @Operation(summary = "The signed original with both confirmations (its SHA-256 is recorded on the deal)")
    public Response signedContract(@PathParam("id") long id) {
        return PdfAnswer.inline(deals.document(id, "SIGNED_CONTRACT"), "contract-signed-" + id + ".pdf");
    }

    @POST
    @Path("{id}/contract")
    @Allowed(Permission.CONTRACT_PREPARE)
    @Operation(summary = "Prepare the contract again (another template kind, or instalments per rule 28) before anyone signed")
    public DealView prepare(@PathParam("id") long id, DealRequests.ContractForm f) {
        if (f == null) {
            throw new DomainException("kind", "common.required");
        }
        return deals.prepareContract(id, f.templateKind(), f.plan());
    }

    @POST
    @Path("{id}/sign")
    @Allowed(Permission.CONTRACT_SIGN)
    @Operation(summary = "Confirm the contract for the caller's side, naming the SHA-256 of the text reviewed (rule 26)")
    public DealView sign(@PathParam("id") long id, DealRequests.Signature s) {
        return deals.sign(id, s == null ? null : s.sha256());
    }

    @POST
    @Path("{id}/payout")
    @Allowed(Permission.SETTLEMENT_BOOK)
    @Operation(summary = "Instruct the payout of the price (net of the seller's fee) to the transferor's account, after the certificate")
    public DisbursementView payout(@PathParam("id") long id, DealRequests.Payout p) {
        return money.payout(id, p == null ? null : p.payeeAccount());
    }

    @POST
    @Path("{id}/buyer-refund")
    @Allowed(Permission.SETTLEMENT_BOOK)
    @Operation(summary = "Refund what the buyer paid beyond what it owed (or beyond a forfeited deposit)")
    public DisbursementView buyerRefund(@PathParam("id") long id) {
        return money.refundBuyer(id);
    }

    @POST
    @Path("{id}/default-decision")
    @Allowed(Permission.FORFEITURE_DECIDE)
    @Operation(summary = "Decide a forfeiture case (rule 33): forfeit=true forfeits the deposit (fees first, the rest to the"
            + " transferor; the buyer is barred from the relisting), false dismisses it with a reason and an optional new deadline")
    public DealView decide(@PathParam("id") long id, DealRequests.Decision d) {
        return money.decideDefault(id, DealRequests.Decision.forfeit(d), d.reason(), d.newSignDeadline());
    }

    @POST
    @Path("{id}/relisting")
    @Allowed(Permission.LISTING_CHANGE)
    @Operation(summary = "Relist the lot of a forfeited deal (docs/rules.md §1.4, rules 7, 8, 33): a new lot of the same project at"
            + " price (below 90 % of the valuation with priceApprovalId, attached to the sold lot), published at once for 20 WD"
            + " (5 WD when only the price changed); the defaulter is barred; when its deal opens, the defaulter's shortfall is"
            + " assessed and shown on both deals. Once per deal")
    public Response relist(@PathParam("id") long id, DealRequests.Relisting r) {
        LotView lot = relistings.relist(id, r == null ? null : r.price(), r != null && r.onlyPriceChanged(),
                r == null ? null : r.priceApprovalId());
        return Response.status(Response.Status.CREATED).entity(lot).build();
    }
}
