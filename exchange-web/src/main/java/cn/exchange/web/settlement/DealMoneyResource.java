package cn.exchange.web.settlement;

import cn.exchange.core.security.Permission;
import cn.exchange.core.settlement.FeeTable;
import cn.exchange.core.shared.Amounts;
import cn.exchange.core.shared.DomainException;
import cn.exchange.ejb.listing.LotView;
import cn.exchange.ejb.settlement.DealView;
import cn.exchange.ejb.settlement.DefaultRelistings;
import cn.exchange.ejb.settlement.DisbursementView;
import cn.exchange.ejb.settlement.MoneyService;
import cn.exchange.web.security.Allowed;
import cn.exchange.web.security.Public;
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
import java.util.Map;

/**
 * The money of a deal (rules 32, 33): the fees both sides would pay, the payout to the transferor, the refund of what the
 * buyer overpaid, the forfeiture decision and the relisting of a forfeited deal's lot. Under {@code /api/deals} with
 * {@link DealResource}.
 */
@Path("deals")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DealMoneyResource {

    @jakarta.inject.Inject
    cn.exchange.ejb.settlement.SettlementSettings settings;
    @EJB
    MoneyService money;
    @EJB
    DefaultRelistings relistings;

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
    public Response relist(@PathParam("id") long id, DealRequests.Relisting r) {
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
        FeeTable table = settings.feeTable();
        return Map.of("table", table.name(), "buyer", table.fee(sub, m, FeeTable.Side.BUYER, p, l, termYears),
                "seller", table.fee(sub, m, FeeTable.Side.SELLER, p, l, termYears));
    }
}
