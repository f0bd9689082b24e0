package cn.exchange.web.listing;

import cn.exchange.core.listing.DocumentRules;
import cn.exchange.core.security.Permission;
import cn.exchange.ejb.listing.BatchImport;
import cn.exchange.ejb.listing.ImportReport;
import cn.exchange.ejb.listing.ListingService;
import cn.exchange.ejb.listing.PriorityHolderService;
import cn.exchange.ejb.listing.PriorityHolderView;
import cn.exchange.web.security.SignedIn;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import java.util.List;
import java.util.Map;
import cn.exchange.web.api.Uploads;
import cn.exchange.web.base.Languages;
import cn.exchange.web.security.Allowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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

/**
 * A project's lots before publication: the CSV or XLSX of lots an agency imports, a lot's photos and documents, and the
 * holders of the priority purchase right on an equity transfer lot (rule 24) — the agency names them and chooses how they
 * exercise the right, the reviewer confirms each. The project itself is {@link ProjectResource}'s.
 */
@Path("projects/{id}/lots")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProjectLotResource {

    @EJB
    ListingService listings;

    @EJB
    PriorityHolderService priorityHolders;

    @Context
    HttpServletRequest request;

    @Context
    HttpHeaders headers;

    @POST
    @Path("import")
    @Consumes(MediaType.WILDCARD)
    @Allowed(Permission.PROJECT_EDIT)
    @Operation(summary = "Import lots from a CSV (UTF-8) or XLSX file sent as the request body. All or nothing, unless "
            + "acceptValidRows=true saves the good rows; the report lists every problem by row and field.")
    public Response importLots(@PathParam("id") long id, @QueryParam("filename") String filename,
                               @QueryParam("acceptValidRows") @DefaultValue("false") boolean acceptValidRows,
                               InputStream body) throws IOException {
        byte[] content = Uploads.read(headers, body, BatchImport.MAX_BYTES, "import.tooLarge");
        ImportReport r = listings.importLots(id, filename, content, acceptValidRows);
        return Response.status(r.saved() > 0 || r.problems().isEmpty() ? 200 : 422)
                .entity(ImportReportView.of(r, Languages.ofApi(request))).build();
    }

    @POST
    @Path("{lotId}/documents")
    @Consumes(MediaType.WILDCARD)
    @Allowed(Permission.PROJECT_EDIT)
    @Operation(summary = "Attach a photo or document (PDF, JPEG, PNG; ≤ 10 MB) to a lot before publication; the body is the file")
    public Response attach(@PathParam("id") long id, @PathParam("lotId") long lotId, @QueryParam("filename") String filename,
                           InputStream body) throws IOException {
        byte[] content = Uploads.read(headers, body, DocumentRules.MAX_BYTES, "document.tooLarge");
        return Response.status(201).entity(listings.attach(id, lotId, filename, content)).build();
    }

    @POST
    @Path("{lotId}/priority-holders")
    @Allowed(Permission.PROJECT_EDIT)
    @Operation(summary = "Name a holder of the priority purchase right on an equity transfer lot before publication (rule 24): "
            + "name, identifier (unified social credit code or resident ID), rank (1 first) and basisRef (the document the "
            + "right rests on); the reviewer confirms it")
    public Response nameHolder(@PathParam("id") long id, @PathParam("lotId") long lotId, PriorityHolderService.HolderForm form) {
        return Response.status(201).entity(priorityHolders.name(id, lotId, form)).build();
    }

    @PUT
    @Path("{lotId}/priority-exercise")
    @Allowed(Permission.PROJECT_EDIT)
    @Operation(summary = "How the lot's priority right holders exercise the right (rule 24), before publication: mode IN_AUCTION (they"
            + " bid and win at an equal price) or AFTER_AUCTION (事后行权: they do not bid and may match the outsiders' final price within"
            + " matchSeconds, default 300, 5 to 86400; ascending lots only)")
    public Map<String, Object> chooseExercise(@PathParam("id") long id, @PathParam("lotId") long lotId,
                                              PriorityHolderService.ExerciseForm form) {
        return priorityHolders.chooseExercise(id, lotId, form);
    }

    @GET
    @Path("{lotId}/priority-holders")
    @SignedIn
    @Operation(summary = "The priority right holders of a lot, by rank: its agency's own, or any for staff")
    public List<PriorityHolderView> holders(@PathParam("id") long id, @PathParam("lotId") long lotId) {
        return priorityHolders.list(id, lotId);
    }

    @POST
    @Path("{lotId}/priority-holders/{holderId}/confirm")
    @Allowed(Permission.PROJECT_REVIEW)
    @Operation(summary = "Confirm a named priority right holder against its basis document (reviewer, before publication)")
    public PriorityHolderView confirmHolder(@PathParam("id") long id, @PathParam("lotId") long lotId,
                                            @PathParam("holderId") long holderId) {
        return priorityHolders.confirm(id, lotId, holderId);
    }
}
