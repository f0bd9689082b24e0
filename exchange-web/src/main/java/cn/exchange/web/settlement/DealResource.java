package cn.exchange.web.settlement;

import cn.exchange.core.security.Permission;
import cn.exchange.core.settlement.ContractTemplate;
import cn.exchange.core.settlement.Deal;
import cn.exchange.core.settlement.PaymentPlan;
import cn.exchange.core.shared.Amounts;
import cn.exchange.core.shared.DomainException;
import cn.exchange.ejb.settlement.DealService;
import cn.exchange.ejb.settlement.DealView;
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

import java.math.BigDecimal;
import java.util.List;

/**
 * Deals after the buyer is determined (docs/rules.md §1.6; rules 26–28): the deals to read, the contract to review,
 * prepare and sign. The money of a deal ({@link DealMoneyResource}) and its certificate ({@link DealCertificateResource})
 * share this address. Object-level checks (a bidder or agency reads and signs its own deals only) are the services'.
 */
@Path("deals")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DealResource {

    @EJB
    DealService deals;

    @GET
    @Allowed(Permission.PROJECT_READ_ALL)
    @Operation(summary = "Every deal, newest first (staff, supervisors); ?status=SIGNING|PAYING|PAID|CERTIFIED|DEFAULTED|FORFEITED")
    public List<DealView> all(@QueryParam("status") String status) {
        return deals.all(status == null || status.isBlank() ? null : parseStatus(status));
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
        ContractTemplate.Kind kind = null;
        if (f.kind() != null && !f.kind().isBlank()) {
            try {
                kind = ContractTemplate.Kind.valueOf(f.kind());
            } catch (IllegalArgumentException e) {
                throw new DomainException("kind", "common.invalid");
            }
        }
        int n = f.instalments() == null ? 0 : f.instalments();
        PaymentPlan plan = n == 0 ? PaymentPlan.lumpSum(BigDecimal.ONE)
                : new PaymentPlan(n, Amounts.cny("downPayment", f.downPayment(), true), f.lastDueOn(), f.loanRatePct(), f.guarantee());
        return deals.prepareContract(id, kind, plan);
    }

    @POST
    @Path("{id}/sign")
    @Allowed(Permission.CONTRACT_SIGN)
    @Operation(summary = "Confirm the contract for the caller's side, naming the SHA-256 of the text reviewed (rule 26)")
    public DealView sign(@PathParam("id") long id, DealRequests.Signature s) {
        return deals.sign(id, s == null ? null : s.sha256());
    }

    private static Deal.Status parseStatus(String s) {
        try {
            return Deal.Status.valueOf(s);
        } catch (IllegalArgumentException e) {
            throw new DomainException("status", "common.invalid");
        }
    }
}
