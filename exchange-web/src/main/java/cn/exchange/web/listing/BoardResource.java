package cn.exchange.web.listing;

import cn.exchange.core.listing.Category;
import cn.exchange.core.listing.ListingStatus;
import cn.exchange.ejb.listing.BoardFilter;
import cn.exchange.ejb.listing.BoardPage;
import cn.exchange.ejb.listing.BoardService;
import cn.exchange.ejb.listing.LotView;
import cn.exchange.ejb.listing.NoticeView;
import cn.exchange.web.security.Public;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The public listing board and its open-data feed: no sign-in. Newspapers, aggregators and auditors mirror the
 * board by polling {@code /api/board/notices?after=<last id seen>}.
 */
@Path("board")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Public
public class BoardResource {

    /** A lot with its notices. */
    public record LotDetail(LotView lot, List<NoticeView> notices) {
    }

    @EJB
    BoardService board;

    @jakarta.inject.Inject
    cn.exchange.ejb.listing.Thumbnails thumbnails;

    @jakarta.inject.Inject
    cn.exchange.web.shell.ShellBean shell;

    @GET
    @Path("lots")
    @Operation(summary = "Search the board: keyword (Chinese), category, region, price range, status, announcement end; "
            + "sort endsAt|price|-price|newest; paged by offset and limit (≤ 100)")
    public BoardPage lots(@QueryParam("q") String keyword, @QueryParam("category") Category category,
                          @QueryParam("region") String region, @QueryParam("minPrice") BigDecimal minPrice,
                          @QueryParam("maxPrice") BigDecimal maxPrice, @QueryParam("status") ListingStatus status,
                          @QueryParam("endsFrom") String endsFrom, @QueryParam("endsTo") String endsTo,
                          @QueryParam("sort") String sort, @QueryParam("offset") @DefaultValue("0") int offset,
                          @QueryParam("limit") @DefaultValue("20") int limit) {
        return board.search(new BoardFilter(keyword, category, region, minPrice, maxPrice, status, date("endsFrom", endsFrom),
                date("endsTo", endsTo), sort), offset, limit);
    }

    /** A YYYY-MM-DD parameter; anything else is a 400 naming the parameter. */
    private static LocalDate date(String name, String s) {
        try {
            return s == null || s.isBlank() ? null : LocalDate.parse(s.trim());
        } catch (java.time.format.DateTimeParseException e) {
            throw new cn.exchange.core.shared.DomainException(name, "request.badParameter", name, "request.expected.date");
        }
    }

    @GET
    @Path("lots/{id}")
    @Operation(summary = "One public lot with its notices")
    public LotDetail lot(@PathParam("id") long id) {
        return new LotDetail(board.lot(id), board.notices(id));
    }

    @GET
    @Path("lots/{id}/announcement.pdf")
    @Produces("application/pdf")
    @Operation(summary = "The listing announcement of a public lot as a PDF (Chinese, embedded font)")
    public jakarta.ws.rs.core.Response announcement(@PathParam("id") long id) {
        byte[] pdf = cn.exchange.ejb.documents.AnnouncementPdf.render(shell.getNameZh(), board.lot(id), board.notices(id));
        return jakarta.ws.rs.core.Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "inline; filename=\"announcement-" + id + ".pdf\"").build();
    }

    @GET
    @Path("lots/{id}/documents")
    @Operation(summary = "The photos and documents of a public lot, with their SHA-256")
    public List<cn.exchange.ejb.listing.DocumentView> documents(@PathParam("id") long id) {
        return board.documents(id);
    }

    @GET
    @Path("documents/{id}")
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
    @Path("documents/{id}/thumbnail")
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

    @GET
    @Path("notices")
    @Operation(summary = "The feed of announcements and notices, oldest first, after the given id (≤ 500 per page)")
    public List<NoticeView> notices(@QueryParam("after") @DefaultValue("0") long after,
                                    @QueryParam("limit") @DefaultValue("100") int limit) {
        return board.feed(after, limit);
    }
}
