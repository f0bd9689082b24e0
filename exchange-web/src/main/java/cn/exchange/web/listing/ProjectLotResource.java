package cn.exchange.web.listing;

import cn.exchange.core.listing.DocumentRules;
import cn.exchange.core.security.Permission;
import cn.exchange.ejb.listing.BatchImport;
import cn.exchange.ejb.listing.ImportReport;
import cn.exchange.ejb.listing.ListingService;
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
 * Files an agency sends for a project's lots before publication: a CSV or XLSX of lots to import, a lot's photos and
 * documents. Under {@code /api/projects} with {@link ProjectResource}.
 */
@Path("projects")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProjectLotResource {

    @EJB
    ListingService listings;

    @Context
    HttpServletRequest request;

    @Context
    HttpHeaders headers;

    @POST
    @Path("{id}/lots/import")
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
    @Path("{id}/lots/{lotId}/documents")
    @Consumes(MediaType.WILDCARD)
    @Allowed(Permission.PROJECT_EDIT)
    @Operation(summary = "Attach a photo or document (PDF, JPEG, PNG; ≤ 10 MB) to a lot before publication; the body is the file")
    public Response attach(@PathParam("id") long id, @PathParam("lotId") long lotId, @QueryParam("filename") String filename,
                           InputStream body) throws IOException {
        byte[] content = Uploads.read(headers, body, DocumentRules.MAX_BYTES, "document.tooLarge");
        return Response.status(201).entity(listings.attach(id, lotId, filename, content)).build();
    }
}
