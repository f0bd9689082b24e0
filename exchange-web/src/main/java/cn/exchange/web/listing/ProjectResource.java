package cn.exchange.web.listing;

import cn.exchange.core.listing.ListingStatus;
import cn.exchange.core.security.Permission;
import cn.exchange.ejb.listing.ImportReport;
import cn.exchange.ejb.listing.ListingService;
import cn.exchange.ejb.listing.ProjectForm;
import cn.exchange.ejb.listing.ProjectView;
import cn.exchange.web.security.Allowed;
import cn.exchange.web.security.SignedIn;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/** Projects: an agency registers and imports lots; staff read and publish. */
@Path("projects")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProjectResource {

    @EJB
    ListingService listings;

    @Context
    HttpServletRequest request;

    @Context
    jakarta.ws.rs.core.HttpHeaders headers;

    @POST
    @Allowed(Permission.PROJECT_EDIT)
    @Operation(summary = "Register a project with its lots and submit it to the exchange (agency)")
    public Response register(ProjectForm form) {
        if (form == null) {
            throw new cn.exchange.core.shared.DomainException("title", "common.required");
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
    @Path("{id}/lots/import")
    @Consumes(MediaType.WILDCARD)
    @Allowed(Permission.PROJECT_EDIT)
    @Operation(summary = "Import lots from a CSV (UTF-8) or XLSX file sent as the request body. All or nothing, unless "
            + "acceptValidRows=true saves the good rows; the report lists every problem by row and field.")
    public Response importLots(@PathParam("id") long id, @QueryParam("filename") String filename,
                               @QueryParam("acceptValidRows") @DefaultValue("false") boolean acceptValidRows,
                               InputStream body) throws IOException {
        byte[] content = cn.exchange.web.api.Uploads.read(headers, body, cn.exchange.ejb.listing.BatchImport.MAX_BYTES, "import.tooLarge");
        ImportReport r = listings.importLots(id, filename, content, acceptValidRows);
        return Response.status(r.saved() > 0 || r.problems().isEmpty() ? 200 : 422)
                .entity(ImportReportView.of(r, cn.exchange.web.base.Languages.ofApi(request))).build();
    }

    @POST
    @Path("{id}/lots/{lotId}/documents")
    @Consumes(MediaType.WILDCARD)
    @Allowed(Permission.PROJECT_EDIT)
    @Operation(summary = "Attach a photo or document (PDF, JPEG, PNG; ≤ 10 MB) to a lot before publication; the body is the file")
    public Response attach(@PathParam("id") long id, @PathParam("lotId") long lotId, @QueryParam("filename") String filename,
                           InputStream body) throws IOException {
        byte[] content = cn.exchange.web.api.Uploads.read(headers, body, cn.exchange.core.listing.DocumentRules.MAX_BYTES, "document.tooLarge");
        return Response.status(201).entity(listings.attach(id, lotId, filename, content)).build();
    }

    @EJB
    cn.exchange.ejb.listing.PriorityHolderService priorityHolders;

    @POST
    @Path("{id}/lots/{lotId}/priority-holders")
    @Allowed(Permission.PROJECT_EDIT)
    @Operation(summary = "Name a holder of the priority purchase right on an equity transfer lot before publication (rule 24): "
            + "name, identifier (unified social credit code or resident ID), rank (1 first) and basisRef (the document the "
            + "right rests on); the reviewer confirms it")
    public Response nameHolder(@PathParam("id") long id, @PathParam("lotId") long lotId,
                               cn.exchange.ejb.listing.PriorityHolderService.HolderForm form) {
        return Response.status(201).entity(priorityHolders.name(id, lotId, form)).build();
    }

    @PUT
    @Path("{id}/lots/{lotId}/priority-exercise")
    @Allowed(Permission.PROJECT_EDIT)
    @Operation(summary = "How the lot's priority right holders exercise the right (rule 24), before publication: mode IN_AUCTION (they"
            + " bid and win at an equal price) or AFTER_AUCTION (事后行权: they do not bid and may match the outsiders' final price within"
            + " matchSeconds, default 300, 5 to 86400; ascending lots only)")
    public java.util.Map<String, Object> chooseExercise(@PathParam("id") long id, @PathParam("lotId") long lotId,
                                                        cn.exchange.ejb.listing.PriorityHolderService.ExerciseForm form) {
        return priorityHolders.chooseExercise(id, lotId, form);
    }

    @GET
    @Path("{id}/lots/{lotId}/priority-holders")
    @SignedIn
    @Operation(summary = "The priority right holders of a lot, by rank: its agency's own, or any for staff")
    public List<cn.exchange.ejb.listing.PriorityHolderView> holders(@PathParam("id") long id, @PathParam("lotId") long lotId) {
        return priorityHolders.list(id, lotId);
    }

    @POST
    @Path("{id}/lots/{lotId}/priority-holders/{holderId}/confirm")
    @Allowed(Permission.PROJECT_REVIEW)
    @Operation(summary = "Confirm a named priority right holder against its basis document (reviewer, before publication)")
    public cn.exchange.ejb.listing.PriorityHolderView confirmHolder(@PathParam("id") long id, @PathParam("lotId") long lotId,
                                                                    @PathParam("holderId") long holderId) {
        return priorityHolders.confirm(id, lotId, holderId);
    }

    /** Rules 3, 4: a pre-disclosure's terms; the working days default to the minimum, 20. */
    public record PreDisclosureRequest(java.time.LocalDate basisDate, Boolean approvalPending, Integer workingDays) {
    }

    @POST
    @Path("{id}/pre-disclosure")
    @Allowed(Permission.ANNOUNCEMENT_PUBLISH)
    @Operation(summary = "Publish a project's pre-disclosure (rules 3, 4: a change of control within 10 WD of the approval, or a"
            + " capital increase; at least 20 WD; before the formal announcement) (reviewer)")
    public Response preDisclose(@PathParam("id") long id, PreDisclosureRequest body) {
        if (body == null || body.basisDate() == null) {
            throw new cn.exchange.core.shared.DomainException("basisDate", "common.required");
        }
        int wd = body.workingDays() == null ? cn.exchange.core.listing.DisclosureRules.PRE_DISCLOSURE_MIN_WD : body.workingDays();
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
