package cn.exchange.web.qualification;

import cn.exchange.core.listing.DocumentRules;
import cn.exchange.core.qualification.ApplicationDocumentKind;
import cn.exchange.core.qualification.ApplicationDocumentRules;
import cn.exchange.core.security.Permission;
import cn.exchange.core.shared.DomainException;
import cn.exchange.ejb.qualification.ApplicationDocumentService;
import cn.exchange.ejb.qualification.ApplicationDocumentView;
import cn.exchange.ejb.qualification.ApplicationDocumentsView;
import cn.exchange.web.api.Uploads;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The documents of an application (rule 38): the bidder uploads its business licence or ID document, power of
 * attorney and signed commitment letter, as lot documents are uploaded (the body is the file; PDF, JPEG, PNG checked
 * on their bytes; ≤ 10 MB); the bidder reads its own, staff and supervisors every application's. Anyone else: 403
 * (a role that reads no application) or 404 (another bidder's application).
 */
@Path("qualification/applications/{id}/documents")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ApplicationDocumentResource {

    @EJB
    ApplicationDocumentService documents;

    @Context
    HttpHeaders headers;

    @POST
    @Consumes(MediaType.WILDCARD)
    @Allowed(Permission.APPLICATION_SUBMIT)
    @Operation(summary = "Attach a document to the bidder's own application while it is under review: kind = BUSINESS_LICENCE, "
            + "ID_DOCUMENT, POWER_OF_ATTORNEY or COMMITMENT_LETTER, filename = its name; the body is the file (PDF, JPEG, PNG; ≤ 10 MB)")
    public Response upload(@PathParam("id") long id, @QueryParam("kind") String kind, @QueryParam("filename") String filename,
                           InputStream body) throws IOException {
        ApplicationDocumentKind k = ApplicationDocumentKind.parse(kind);
        byte[] content;
        try {
            content = Uploads.read(headers, body, DocumentRules.MAX_BYTES, "document.tooLarge");
        } catch (DomainException e) {
            throw ApplicationDocumentRules.about(k, e);
        }
        ApplicationDocumentView v = documents.upload(id, k, filename, content);
        return Response.status(201).entity(v).build();
    }

    @GET
    @SignedIn
    @Operation(summary = "An application's documents, the kinds it requires and those missing (its bidder; staff, supervisors)")
    public ApplicationDocumentsView list(@PathParam("id") long id) {
        return documents.list(id);
    }

    @GET
    @Path("{documentId}")
    @SignedIn
    @Produces({"application/pdf", "image/jpeg", "image/png", MediaType.APPLICATION_JSON})
    @Operation(summary = "One document of an application, its bytes as uploaded (its bidder; staff, supervisors)")
    public Response download(@PathParam("id") long id, @PathParam("documentId") long documentId) {
        var d = documents.download(id, documentId);
        String name = URLEncoder.encode(d.getName(), StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(d.getContent(), d.getContentType())
                .header("Content-Disposition", "attachment; filename*=UTF-8''" + name)
                .header("Cache-Control", "private, no-store")
                .header("X-Content-SHA256", d.getSha256()).build();
    }
}
