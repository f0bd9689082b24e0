package cn.exchange.web.settlement;

import cn.exchange.core.security.Permission;
import cn.exchange.ejb.qualification.QualificationConclusion;
import cn.exchange.ejb.settlement.DealService;
import cn.exchange.web.security.Allowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.math.BigDecimal;

/**
 * Rule 18: with one qualified bidder, staff record the negotiated transfer at no less than the listing price, and the
 * deal opens at once (the settlement scheduler catches up if it does not). The address stays under
 * {@code /api/qualification}, where clients have always called it.
 */
@Path("qualification/lots/{lotId}/negotiated-deal")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class NegotiatedDealResource {

    public record Price(BigDecimal price) {
    }

    /** The transfer recorded and the deal it opened ({@code "dealId": null} when the scheduler is to open it). */
    @jakarta.json.bind.annotation.JsonbNillable
    public record Recorded(long lotId, String status, BigDecimal price, Long dealId) {
    }

    @EJB
    QualificationConclusion conclusion;

    @EJB
    DealService deals;

    @POST
    @Allowed(Permission.NEGOTIATED_DEAL_RECORD)
    @Operation(summary = "Record the negotiated transfer with the one qualified bidder, at no less than the listing price")
    public Recorded deal(@PathParam("lotId") long lotId, Price p) {
        QualificationConclusion.NegotiatedDeal d = conclusion.recordNegotiatedDeal(lotId, p == null ? null : p.price());
        return new Recorded(d.lotId(), d.status(), d.price(), deals.openDeal(lotId));
    }
}
