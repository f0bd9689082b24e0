package cn.exchange.web.settlement;

import cn.exchange.core.security.Permission;
import cn.exchange.core.settlement.ContractTemplate;
import cn.exchange.core.settlement.Deal;
import cn.exchange.core.settlement.FeeTable;
import cn.exchange.core.settlement.PaymentPlan;
import cn.exchange.core.shared.Amounts;
import cn.exchange.core.shared.DomainException;
import cn.exchange.ejb.settlement.CertificateService;
import cn.exchange.ejb.settlement.DealService;
import cn.exchange.ejb.settlement.DealView;
import cn.exchange.ejb.settlement.DefaultRelistings;
import cn.exchange.ejb.listing.LotView;
import cn.exchange.ejb.settlement.DisbursementView;
import cn.exchange.ejb.settlement.MoneyService;
import cn.exchange.web.security.Allowed;
import cn.exchange.web.security.Public;
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
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * Deals after the buyer is determined (docs/rules.md §1.6; rules 26–33): the contract to review and sign, payment
 * instructions, the certificate; the staff's contract preparation, certificate issue, payout and forfeiture decisions.
 * Object-level checks (a bidder or agency reads and signs its own deals only) are the services'.
 */
@Path("deals")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DealResource {

    /** Rule 28's terms; {@code instalments} 0 = lump sum. {@code loanRatePct} absent: the configured loan rate. */
    public record ContractForm(String kind, Integer instalments, BigDecimal downPayment, LocalDate lastDueOn, BigDecimal loanRatePct,
                               String guarantee) {
    }

    public record Signature(String sha256) {
    }

    public record Reason(String reason) {
    }

    public record Payout(String payeeAccount) {
    }

    public record Decision(Boolean forfeit, String reason, OffsetDateTime newSignDeadline) {
    }

    /** A forfeited deal's relisting: the new listing price, whether only the price changed, a price approval's id. */
    public record Relisting(BigDecimal price, boolean onlyPriceChanged, Long priceApprovalId) {
    }

    @EJB
    DealService deals;
    @EJB
    MoneyService money;
    @EJB
    CertificateService certificates;
    @EJB
    DefaultRelistings relistings;

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
        return pdf(deals.document(id, "CONTRACT"), "contract-" + id + ".pdf");
    }

    @GET
    @Path("{id}/signed-contract.pdf")
    @SignedIn
    @Produces("application/pdf")
    @Operation(summary = "The signed original with both confirmations (its SHA-256 is recorded on the deal)")
    public Response signedContract(@PathParam("id") long id) {
        return pdf(deals.document(id, "SIGNED_CONTRACT"), "contract-signed-" + id + ".pdf");
    }

    @POST
    @Path("{id}/contract")
    @Allowed(Permission.CONTRACT_PREPARE)
    @Operation(summary = "Prepare the contract again (another template kind, or instalments per rule 28) before anyone signed")
    public DealView prepare(@PathParam("id") long id, ContractForm f) {
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
    public DealView sign(@PathParam("id") long id, Signature s) {
        return deals.sign(id, s == null ? null : s.sha256());
    }

    @POST
    @Path("{id}/certificate")
    @Allowed(Permission.CERTIFICATE_ISSUE)
    @Operation(summary = "Issue the transaction certificate: only after the signed contract, the full price and both fees (rule 31)")
    public Response issue(@PathParam("id") long id) {
        return Response.status(201).entity(certificates.issue(id)).build();
    }

    @POST
    @Path("{id}/certificate/reissue")
    @Allowed(Permission.CERTIFICATE_ISSUE)
    @Operation(summary = "Reissue the certificate as a new version linked to the one it replaces, with the reason")
    public Response reissue(@PathParam("id") long id, Reason r) {
        return Response.status(201).entity(certificates.reissue(id, r == null ? null : r.reason())).build();
    }

    @POST
    @Path("{id}/payout")
    @Allowed(Permission.SETTLEMENT_BOOK)
    @Operation(summary = "Instruct the payout of the price (net of the seller's fee) to the transferor's account, after the certificate")
    public DisbursementView payout(@PathParam("id") long id, Payout p) {
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
    public DealView decide(@PathParam("id") long id, Decision d) {
        if (d == null || d.forfeit() == null) {
            throw new DomainException("forfeit", "common.required");
        }
        return money.decideDefault(id, d.forfeit(), d.reason(), d.newSignDeadline());
    }

    @POST
    @Path("{id}/relisting")
    @Allowed(Permission.LISTING_CHANGE)
    @Operation(summary = "Relist the lot of a forfeited deal (docs/rules.md §1.4, rules 7, 8, 33): a new lot of the same project at"
            + " price (below 90 % of the valuation with priceApprovalId, attached to the sold lot), published at once for 20 WD"
            + " (5 WD when only the price changed); the defaulter is barred; when its deal opens, the defaulter's shortfall is"
            + " assessed and shown on both deals. Once per deal")
    public Response relist(@PathParam("id") long id, Relisting r) {
        LotView lot = relistings.relist(id, r == null ? null : r.price(), r != null && r.onlyPriceChanged(),
                r == null ? null : r.priceApprovalId());
        return Response.status(Response.Status.CREATED).entity(lot).build();
    }

    @GET
    @Path("fees")
    @Public
    @Operation(summary = "The service fees both sides would pay on a deal (rule 32), from the configured tier table;"
            + " subject GENERAL (default), REAL_ESTATE, CAPITAL_INCREASE or LEASE (with termYears, price = annual rent)")
    public Map<String, Object> fees(@QueryParam("method") String method, @QueryParam("price") BigDecimal price,
                                    @QueryParam("listingPrice") BigDecimal listingPrice, @QueryParam("subject") String subject,
                                    @QueryParam("termYears") Integer termYears) {
        FeeTable.Method m;
        try {
            m = FeeTable.Method.valueOf(method == null ? "BIDDING" : method);
        } catch (IllegalArgumentException e) {
            throw new DomainException("method", "common.invalid");
        }
        FeeTable.Subject sub;
        try {
            sub = FeeTable.Subject.valueOf(subject == null ? "GENERAL" : subject);
        } catch (IllegalArgumentException e) {
            throw new DomainException("subject", "common.invalid");
        }
        if (sub == FeeTable.Subject.LEASE && (termYears == null || termYears < 1 || termYears > 100)) {
            throw new DomainException("termYears", "common.invalid");
        }
        BigDecimal p = Amounts.cny("price", price, true);
        BigDecimal l = Amounts.cny("listingPrice", listingPrice == null ? price : listingPrice, true);
        FeeTable table = deals.feeTable();
        return Map.of("table", table.name(), "buyer", table.fee(sub, m, FeeTable.Side.BUYER, p, l, termYears),
                "seller", table.fee(sub, m, FeeTable.Side.SELLER, p, l, termYears));
    }

    private static Deal.Status parseStatus(String s) {
        try {
            return Deal.Status.valueOf(s);
        } catch (IllegalArgumentException e) {
            throw new DomainException("status", "common.invalid");
        }
    }

    static Response pdf(byte[] pdf, String name) {
        return Response.ok(pdf, "application/pdf").header("Content-Disposition", "inline; filename=\"" + name + "\"").build();
    }
}
