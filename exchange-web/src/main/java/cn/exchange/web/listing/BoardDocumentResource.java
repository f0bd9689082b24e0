package cn.exchange.web.listing;

import cn.exchange.ejb.listing.BoardService;
import cn.exchange.web.security.Public;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The photos and documents of public lots, one by one: the file itself, and a photo's thumbnail (cacheable for good,
 * named by the photo's hash). A lot's list of them is {@link BoardResource}'s.
 */
@Path("board/documents")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Public
public class BoardDocumentResource {

    @EJB
    BoardService board;

    @jakarta.inject.Inject
    cn.exchange.ejb.listing.Thumbnails thumbnails;

    @GET
    @Path("{id}")
    @Produces({"application/pdf", "image/jpeg", "image/png"})
    @Operation(summary = "One photo or document of a public lot")
    public jakarta.ws.rs.core.Response document(@PathParam("id") long id) {
        var d = board.document(id);
        String name = java.net.URLEncoder.encode(d.getName(), java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
        return jakarta.ws.rs.core.Response.ok(d.getContent(), d.getContentType())
                .header("Content-Disposition", (d.isPhoto() ? "inline" : "attachment") + "; filename*=UTF-8''" + name)
                .header("X-Content-SHA256", d.getSha256()).build();
    }

    @GET
    @Path("{id}/thumbnail")
    @Produces("image/jpeg")
    @Operation(summary = "A photo of a public lot scaled to at most 480 pixels wide (JPEG; cacheable for good)")
    public jakarta.ws.rs.core.Response thumbnail(@PathParam("id") long id, @jakarta.ws.rs.HeaderParam("If-None-Match") String seen) {
        var d = board.document(id);
        if (!d.isPhoto()) {
            throw new cn.exchange.core.shared.NotFoundException("LotDocument", id);
        }
        String tag = "\"" + d.getSha256() + "-" + cn.exchange.ejb.listing.Thumbnails.WIDTH + "\"";
        String cache = "public, max-age=31536000, immutable";
        if (tag.equals(seen)) {
            return jakarta.ws.rs.core.Response.notModified().header("ETag", tag).header("Cache-Control", cache).build();
        }
        byte[] bytes;
        try {
            bytes = thumbnails.of(d.getSha256(), d.getContent());
        } catch (java.io.IOException e) {
            // a photo this server cannot scale (checked as a JPEG or PNG at upload all the same): the photo itself
            return jakarta.ws.rs.core.Response.ok(d.getContent(), d.getContentType()).header("X-Content-SHA256", d.getSha256()).build();
        }
        return jakarta.ws.rs.core.Response.ok(bytes, "image/jpeg").header("ETag", tag).header("Cache-Control", cache).build();
    }
}
