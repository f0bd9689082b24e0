package cn.exchange.web.listing;

import cn.exchange.core.listing.DocumentRules;
import cn.exchange.core.security.Permission;
import cn.exchange.core.shared.DomainException;
import cn.exchange.core.shared.FieldProblem;
import cn.exchange.ejb.listing.LotChanges;
import cn.exchange.ejb.listing.PriceApprovalView;
import cn.exchange.web.api.Uploads;
import cn.exchange.web.security.Allowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The approving body's consent to a relisting price below 90 % of the valuation (rule 7): staff attach it, and read a
 * lot's approvals and their files, under {@code /api/lots/{id}/price-approvals} (the lot itself: {@link LotResource}).
 */
@Path("lots/{id}/price-approvals")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Allowed(Permission.LISTING_CHANGE)
public class LotPriceApprovalResource {

    @EJB
    LotChanges changes;

    @Context
    HttpHeaders headers;

    @POST
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Attach the approving body's consent to a relisting price below 90 % of the valuation (rule 7): issuer, "
            + "number, date (YYYY-MM-DD) and the lowest approved price as query parameters, the file (PDF, JPEG, PNG; ≤ 10 MB) "
            + "as the body. Give its id to the relisting; one approval serves one relisting.")
    public Response attachPriceApproval(@PathParam("id") long id, @QueryParam("issuer") String issuer,
            @QueryParam("number") String number, @QueryParam("date") String date,
            @QueryParam("approvedPrice") String approvedPrice, @QueryParam("filename") String filename,
            InputStream body) throws IOException {
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate on = null;
        if (date != null && !date.isBlank()) {
            try {
                on = LocalDate.parse(date.strip());
            } catch (DateTimeParseException e) {
                problems.add(FieldProblem.of("approvalDate", "calendar.badDate", date));
            }
        }
        BigDecimal floor = null;
        if (approvedPrice != null && !approvedPrice.isBlank()) {
            try {
                floor = new BigDecimal(approvedPrice.strip().replace(",", ""));
            } catch (NumberFormatException e) {
                problems.add(FieldProblem.of("approvedPrice", "common.invalid"));
            }
        }
        if (!problems.isEmpty()) {
            throw new DomainException(problems);
        }
        byte[] content = Uploads.read(headers, body, DocumentRules.MAX_BYTES, "document.tooLarge");
        return Response.status(201).entity(changes.attachPriceApproval(id, issuer, number, on, floor, filename, content)).build();
    }

    @GET
    @Allowed(Permission.PROJECT_READ_ALL)
    @Operation(summary = "The lot's relisting-price approvals (rule 7), newest first, with the round that used each")
    public List<PriceApprovalView> priceApprovals(@PathParam("id") long id) {
        return changes.priceApprovals(id);
    }

    @GET
    @Path("{approvalId}/file")
    @Allowed(Permission.PROJECT_READ_ALL)
    @Produces({"application/pdf", "image/jpeg", "image/png"})
    @Operation(summary = "The file of a relisting-price approval (rule 7)")
    public Response priceApprovalFile(@PathParam("id") long id, @PathParam("approvalId") long approvalId) {
        var a = changes.priceApprovalFile(id, approvalId);
        String name = URLEncoder.encode(a.getFileName(), StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(a.getContent(), a.getContentType())
                .header("Content-Disposition", "attachment; filename*=UTF-8''" + name)
                .header("X-Content-SHA256", a.getSha256()).build();
    }
}
