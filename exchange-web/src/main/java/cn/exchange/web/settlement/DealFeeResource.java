package cn.exchange.web.settlement;

import cn.exchange.core.settlement.FeeTable;
import cn.exchange.core.shared.Amounts;
import cn.exchange.core.shared.DomainException;
import cn.exchange.web.security.Public;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The service fees both sides would pay on a deal (rule 32), from the configured tier table: public, so that a bidder
 * knows the cost before it applies. The deals themselves are {@link DealResource}'s.
 */
@Path("deals/fees")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DealFeeResource {

    @jakarta.inject.Inject
    cn.exchange.ejb.settlement.SettlementSettings settings;

    @GET
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
