package cn.exchange.web.listing;

import cn.exchange.core.listing.DisclosureRules;
import cn.exchange.core.listing.ListingStatus;
import cn.exchange.core.security.Permission;
import cn.exchange.core.shared.DomainException;
import cn.exchange.ejb.listing.ListingService;
import cn.exchange.ejb.listing.ProjectForm;
import cn.exchange.ejb.listing.ProjectView;
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

import java.time.LocalDate;
import java.util.List;

/**
 * Projects: an agency registers them; staff read, pre-disclose and publish. A project's lots before publication (files,
 * priority right holders) are {@link ProjectLotResource}'s, under {@code /api/projects/{id}/lots}.
 */
@Path("projects")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProjectResource {

    /** Rules 3, 4: a pre-disclosure's terms; the working days default to the minimum, 20. */
    public record PreDisclosureRequest(LocalDate basisDate, Boolean approvalPending, Integer workingDays) {
    }

    @EJB
    ListingService listings;

    @POST
    @Allowed(Permission.PROJECT_EDIT)
    @Operation(summary = "Register a project with its lots and submit it to the exchange (agency)")
    public Response register(ProjectForm form) {
        if (form == null) {
            throw new DomainException("title", "common.required");
        }
        ProjectView p = listings.register(form);
        return Response.status(201).entity(p).build();
    }

    @GET
    @Path("mine")
    @Allowed(Permission.PROJECT_READ_OWN)
    @Operation(summary = "The agency's own projects")
    public List<ProjectView> mine() {
        return listings.myProjects();
    }

    @GET
    @Allowed(Permission.PROJECT_READ_ALL)
    @Operation(summary = "All projects, optionally those with lots in one status (staff, supervisors)")
    public List<ProjectView> all(@QueryParam("status") ListingStatus status) {
        return listings.projects(status);
    }

    @GET
    @Path("{id}")
    @SignedIn
    @Operation(summary = "One project: its agency's own, or any for staff and supervisors")
    public ProjectView one(@PathParam("id") long id) {
        return listings.project(id);
    }

    @POST
    @Path("{id}/pre-disclosure")
    @Allowed(Permission.ANNOUNCEMENT_PUBLISH)
    @Operation(summary = "Publish a project's pre-disclosure (rules 3, 4: a change of control within 10 WD of the approval, or a"
            + " capital increase; at least 20 WD; before the formal announcement) (reviewer)")
    public Response preDisclose(@PathParam("id") long id, PreDisclosureRequest body) {
        if (body == null || body.basisDate() == null) {
            throw new DomainException("basisDate", "common.required");
        }
        int wd = body.workingDays() == null ? DisclosureRules.PRE_DISCLOSURE_MIN_WD : body.workingDays();
        ProjectView p = listings.preDisclose(id, body.basisDate(), Boolean.TRUE.equals(body.approvalPending()), wd);
        return Response.status(201).entity(p).build();
    }

    @POST
    @Path("{id}/publish")
    @Allowed(Permission.ANNOUNCEMENT_PUBLISH)
    @Operation(summary = "Publish the announcement of every submitted lot (reviewer)")
    public ProjectView publish(@PathParam("id") long id) {
        return listings.publish(id);
    }
}
