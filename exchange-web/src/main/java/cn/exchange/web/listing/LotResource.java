package cn.exchange.web.listing;

import cn.exchange.core.security.Permission;
import cn.exchange.core.shared.DomainException;
import cn.exchange.ejb.listing.ListingService;
import cn.exchange.ejb.listing.LotView;
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

/** The life of a published listing (staff): each change publishes its notice (rules 7–12). */
@Path("lots")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Allowed(Permission.LISTING_CHANGE)
public class LotResource {

    /** The text of an amendment, or the reason of a suspension or termination: published as the notice's body. */
    public record Text(@cn.exchange.web.base.Fills(entity = cn.exchange.core.listing.Notice.class, field = "body") String text) {
    }

    public record Extension(Integer workingDays) {
    }

    /**
     * Rules 7, 8: the new price; whether only the price changed (5 WD instead of 20); below 90 % of the valuation the
     * id of this relisting's approval, attached with {@code POST /api/lots/{id}/price-approvals}.
     */
    public record Relisting(BigDecimal price, boolean onlyPriceChanged, Long priceApprovalId) {
    }

    /** Rule 34: a court lot's re-auction — the new start price (≥ 80 % of the previous) and optionally a new deposit. */
    public record Reauction(BigDecimal price, BigDecimal deposit) {
    }

    /**
     * Rule 12: a locked lot's new audit and valuation — appraiser, base date (YYYY-MM-DD, within a year), value — and
     * its new listing price, at least the new valuation (rule 6).
     */
    public record Revaluation(String appraiser, java.time.LocalDate valuationBaseDate, BigDecimal appraisedValue,
                              BigDecimal listingPrice) {
    }

    @EJB
    ListingService listings;

    @POST
    @Path("{id}/amend")
    @Operation(summary = "Publish an amendment; the end date moves by the configured working days (rule 10)")
    public LotView amend(@PathParam("id") long id, Text t) {
        return asText(() -> listings.amend(id, t == null ? null : t.text()));
    }

    @POST
    @Path("{id}/extend")
    @Operation(summary = "Extend an ended announcement that allowed it, by at least 5 working days (rule 9)")
    public LotView extend(@PathParam("id") long id, Extension e) {
        if (e == null || e.workingDays() == null) {
            throw new DomainException("workingDays", "common.required");
        }
        return listings.extend(id, e.workingDays());
    }

    @POST
    @Path("{id}/relist")
    @Operation(summary = "Relist at a new price (rules 7, 8)")
    public LotView relist(@PathParam("id") long id, Relisting r) {
        return listings.relist(id, r == null ? null : r.price(), r != null && r.onlyPriceChanged(), r == null ? null : r.priceApprovalId());
    }

    @POST
    @Path("{id}/reauction")
    @Operation(summary = "Re-auction a court-entrusted lot whose auction failed (rule 34, SPC 2016 Art. 26): once, announced "
            + "within 30 days of the failure for 7 (movables) / 15 (real estate, rights) calendar days, start cut by at most 20 %")
    public LotView reauction(@PathParam("id") long id, Reauction r) {
        return listings.reauction(id, r == null ? null : r.price(), r == null ? null : r.deposit());
    }

    @POST
    @Path("{id}/sell-off")
    @Operation(summary = "Offer a court-entrusted lot by 变卖 after its re-auction failed too (rule 34): 60 calendar days at the "
            + "last start price")
    public LotView sellOff(@PathParam("id") long id) {
        return listings.sellOff(id);
    }

    @POST
    @Path("{id}/revalue")
    @Operation(summary = "Attach a locked lot's new audit and valuation and its new listing price (rule 12): the lot returns "
            + "to SUBMITTED, to be published as a first listing whose twelve months count afresh")
    public LotView revalue(@PathParam("id") long id, Revaluation r) {
        if (r == null || r.valuationBaseDate() == null) {
            throw new DomainException("valuationBaseDate", "common.required");
        }
        return listings.revalue(id, r.appraiser(), r.valuationBaseDate(), r.appraisedValue(), r.listingPrice());
    }

    @jakarta.ws.rs.core.Context
    jakarta.ws.rs.core.HttpHeaders headers;

    @POST
    @Path("{id}/price-approvals")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Attach the approving body's consent to a relisting price below 90 % of the valuation (rule 7): issuer, "
            + "number, date (YYYY-MM-DD) and the lowest approved price as query parameters, the file (PDF, JPEG, PNG; ≤ 10 MB) "
            + "as the body. Give its id to the relisting; one approval serves one relisting.")
    public jakarta.ws.rs.core.Response attachPriceApproval(@PathParam("id") long id, @jakarta.ws.rs.QueryParam("issuer") String issuer,
            @jakarta.ws.rs.QueryParam("number") String number, @jakarta.ws.rs.QueryParam("date") String date,
            @jakarta.ws.rs.QueryParam("approvedPrice") String approvedPrice, @jakarta.ws.rs.QueryParam("filename") String filename,
            java.io.InputStream body) throws java.io.IOException {
        java.util.List<cn.exchange.core.shared.FieldProblem> problems = new java.util.ArrayList<>();
        java.time.LocalDate on = null;
        if (date != null && !date.isBlank()) {
            try {
                on = java.time.LocalDate.parse(date.strip());
            } catch (java.time.format.DateTimeParseException e) {
                problems.add(cn.exchange.core.shared.FieldProblem.of("approvalDate", "calendar.badDate", date));
            }
        }
        BigDecimal floor = null;
        if (approvedPrice != null && !approvedPrice.isBlank()) {
            try {
                floor = new BigDecimal(approvedPrice.strip().replace(",", ""));
            } catch (NumberFormatException e) {
                problems.add(cn.exchange.core.shared.FieldProblem.of("approvedPrice", "common.invalid"));
            }
        }
        if (!problems.isEmpty()) {
            throw new DomainException(problems);
        }
        byte[] content = cn.exchange.web.api.Uploads.read(headers, body, cn.exchange.core.listing.DocumentRules.MAX_BYTES, "document.tooLarge");
        return jakarta.ws.rs.core.Response.status(201)
                .entity(listings.attachPriceApproval(id, issuer, number, on, floor, filename, content)).build();
    }

    @jakarta.ws.rs.GET
    @Path("{id}/price-approvals")
    @Allowed(Permission.PROJECT_READ_ALL)
    @Operation(summary = "The lot's relisting-price approvals (rule 7), newest first, with the round that used each")
    public java.util.List<cn.exchange.ejb.listing.PriceApprovalView> priceApprovals(@PathParam("id") long id) {
        return listings.priceApprovals(id);
    }

    @jakarta.ws.rs.GET
    @Path("{id}/price-approvals/{approvalId}/file")
    @Allowed(Permission.PROJECT_READ_ALL)
    @Produces({"application/pdf", "image/jpeg", "image/png"})
    @Operation(summary = "The file of a relisting-price approval (rule 7)")
    public jakarta.ws.rs.core.Response priceApprovalFile(@PathParam("id") long id, @PathParam("approvalId") long approvalId) {
        var a = listings.priceApprovalFile(id, approvalId);
        String name = java.net.URLEncoder.encode(a.getFileName(), java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
        return jakarta.ws.rs.core.Response.ok(a.getContent(), a.getContentType())
                .header("Content-Disposition", "attachment; filename*=UTF-8''" + name)
                .header("X-Content-SHA256", a.getSha256()).build();
    }

    @POST
    @Path("{id}/suspend")
    @Operation(summary = "Suspend a running announcement, with reason (rule 11)")
    public LotView suspend(@PathParam("id") long id, Text t) {
        return asText(() -> listings.suspend(id, t == null ? null : t.text()));
    }

    @POST
    @Path("{id}/resume")
    @Operation(summary = "Resume a suspended announcement (rule 11: ≥ 10 of ≥ 20 working days remain)")
    public LotView resume(@PathParam("id") long id) {
        return listings.resume(id);
    }

    @POST
    @Path("{id}/terminate")
    @Operation(summary = "Terminate a listing, with reason (rule 11)")
    public LotView terminate(@PathParam("id") long id, Text t) {
        return asText(() -> listings.terminate(id, t == null ? null : t.text()));
    }

    /**
     * The text is published as the notice's body inside the kind's template (Chinese and English): when the column
     * cannot hold the result, the refusal names the field the caller sent, {@code text}.
     */
    private static <T> T asText(java.util.function.Supplier<T> change) {
        try {
            return change.get();
        } catch (RuntimeException e) {
            cn.exchange.core.shared.DomainException d = cn.exchange.web.base.ErrorMappers.domainCause(e);
            if (d == null || d.problems().stream().noneMatch(p -> "body".equals(p.field()) || "bodyEn".equals(p.field()))) {
                throw e;
            }
            throw new cn.exchange.core.shared.DomainException(d.problems().stream()
                    .map(p -> "body".equals(p.field()) || "bodyEn".equals(p.field()) ? p.withField("text") : p).distinct().toList());
        }
    }
}
