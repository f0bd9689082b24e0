package cn.exchange.web.listing;

import cn.exchange.core.security.Permission;
import cn.exchange.core.shared.DomainException;
import cn.exchange.ejb.listing.LotChanges;
import cn.exchange.ejb.listing.LotView;
import cn.exchange.web.base.ErrorMappers;
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

import java.util.function.Supplier;

/**
 * The life of a published listing (staff): each change publishes its notice (rules 9–11) — amend, extend, suspend,
 * resume, terminate — and a lot offered again: relisted at a new price (rules 7, 8), a court lot's re-auction and
 * sell-off (rule 34), a locked lot's revaluation (rule 12). The relisting-price approvals are
 * {@link LotPriceApprovalResource}'s, under {@code /api/lots/{id}/price-approvals}.
 */
@Path("lots")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Allowed(Permission.LISTING_CHANGE)
public class LotResource {

    @EJB
    LotChanges changes;

    @POST
    @Path("{id}/amend")
    @Operation(summary = "Publish an amendment; the end date moves by the configured working days (rule 10)")
    public LotView amend(@PathParam("id") long id, LotRequests.Text t) {
        return asText(() -> changes.amend(id, t == null ? null : t.text()));
    }

    @POST
    @Path("{id}/extend")
    @Operation(summary = "Extend an ended announcement that allowed it, by at least 5 working days (rule 9)")
    public LotView extend(@PathParam("id") long id, LotRequests.Extension e) {
        if (e == null || e.workingDays() == null) {
            throw new DomainException("workingDays", "common.required");
        }
        return changes.extend(id, e.workingDays());
    }

    @POST
    @Path("{id}/suspend")
    @Operation(summary = "Suspend a running announcement, with reason (rule 11)")
    public LotView suspend(@PathParam("id") long id, LotRequests.Text t) {
        return asText(() -> changes.suspend(id, t == null ? null : t.text()));
    }

    @POST
    @Path("{id}/resume")
    @Operation(summary = "Resume a suspended announcement (rule 11: ≥ 10 of ≥ 20 working days remain)")
    public LotView resume(@PathParam("id") long id) {
        return changes.resume(id);
    }

    @POST
    @Path("{id}/terminate")
    @Operation(summary = "Terminate a listing, with reason (rule 11)")
    public LotView terminate(@PathParam("id") long id, LotRequests.Text t) {
        return asText(() -> changes.terminate(id, t == null ? null : t.text()));
    }

    /**
     * The text is published as the notice's body inside the kind's template (Chinese and English): when the column
     * cannot hold the result, the refusal names the field the caller sent, {@code text}.
     */
    @POST
    @Path("{id}/relist")
    @Operation(summary = "Relist at a new price (rules 7, 8)")
    public LotView relist(@PathParam("id") long id, LotRequests.Relisting r) {
        return changes.relist(id, r == null ? null : r.price(), r != null && r.onlyPriceChanged(), r == null ? null : r.priceApprovalId());
    }

    @POST
    @Path("{id}/reauction")
    @Operation(summary = "Re-auction a court-entrusted lot whose auction failed (rule 34, SPC 2016 Art. 26): once, announced "
            + "within 30 days of the failure for 7 (movables) / 15 (real estate, rights) calendar days, start cut by at most 20 %")
    public LotView reauction(@PathParam("id") long id, LotRequests.Reauction r) {
        return changes.reauction(id, r == null ? null : r.price(), r == null ? null : r.deposit());
    }

    @POST
    @Path("{id}/sell-off")
    @Operation(summary = "Offer a court-entrusted lot by 变卖 after its re-auction failed too (rule 34): 60 calendar days at the "
            + "last start price")
    public LotView sellOff(@PathParam("id") long id) {
        return changes.sellOff(id);
    }

    @POST
    @Path("{id}/revalue")
    @Operation(summary = "Attach a locked lot's new audit and valuation and its new listing price (rule 12): the lot returns "
            + "to SUBMITTED, to be published as a first listing whose twelve months count afresh")
    public LotView revalue(@PathParam("id") long id, LotRequests.Revaluation r) {
        if (r == null || r.valuationBaseDate() == null) {
            throw new DomainException("valuationBaseDate", "common.required");
        }
        return changes.revalue(id, r.appraiser(), r.valuationBaseDate(), r.appraisedValue(), r.listingPrice());
    }

    private static <T> T asText(Supplier<T> change) {
        try {
            return change.get();
        } catch (RuntimeException e) {
            DomainException d = ErrorMappers.domainCause(e);
            if (d == null || d.problems().stream().noneMatch(p -> "body".equals(p.field()) || "bodyEn".equals(p.field()))) {
                throw e;
            }
            throw new DomainException(d.problems().stream()
                    .map(p -> "body".equals(p.field()) || "bodyEn".equals(p.field()) ? p.withField("text") : p).distinct().toList());
        }
    }
}
