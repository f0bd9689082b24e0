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

    /** The text of an amendment, or the reason of a suspension or termination. */
    public record Text(String text) {
    }

    public record Extension(Integer workingDays) {
    }

    public record Relisting(BigDecimal price, boolean onlyPriceChanged) {
    }

    @EJB
    ListingService listings;

    @POST
    @Path("{id}/amend")
    @Operation(summary = "Publish an amendment; the end date moves by the configured working days (rule 10)")
    public LotView amend(@PathParam("id") long id, Text t) {
        return listings.amend(id, t == null ? null : t.text());
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
        return listings.relist(id, r == null ? null : r.price(), r != null && r.onlyPriceChanged());
    }

    @POST
    @Path("{id}/suspend")
    @Operation(summary = "Suspend a running announcement, with reason (rule 11)")
    public LotView suspend(@PathParam("id") long id, Text t) {
        return listings.suspend(id, t == null ? null : t.text());
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
        return listings.terminate(id, t == null ? null : t.text());
    }
}
