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
    cn.exchange.web.shell.ShellBean shell;

    @jakarta.ws.rs.core.Context
    jakarta.ws.rs.core.Request request;

    /** How long a browser or a proxy may reuse a board answer without asking: short, the ETag does the rest. */
    static final String CACHE_CONTROL = "public, max-age=5";

    /**
     * A board answer with the board's version as its ETag ({@link BoardService#version()}, read before the answer so
     * that an answer is never older than its tag): 304 without a body when the caller already holds it.
     */
    private jakarta.ws.rs.core.Response tagged(java.util.function.Supplier<Object> answer) {
        var tag = new jakarta.ws.rs.core.EntityTag("b" + board.version());
        var unchanged = request.evaluatePreconditions(tag);
        var out = unchanged != null ? unchanged : jakarta.ws.rs.core.Response.ok(answer.get());
        return out.tag(tag).header("Cache-Control", CACHE_CONTROL).build();
    }

    @GET
    @Path("lots")
    @Operation(summary = "Search the board: keyword (Chinese), category, region, price range, status, announcement end; "
            + "sort endsAt|price|-price|newest; paged by offset and limit (≤ 100). ETag: the board's version (If-None-Match → 304)")
    @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(responseCode = "200", description = "A page of public lots",
            content = @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(implementation = BoardPage.class)))
    public jakarta.ws.rs.core.Response lots(@QueryParam("q") String keyword, @QueryParam("category") Category category,
                          @QueryParam("region") String region, @QueryParam("minPrice") BigDecimal minPrice,
                          @QueryParam("maxPrice") BigDecimal maxPrice, @QueryParam("status") ListingStatus status,
                          @QueryParam("endsFrom") String endsFrom, @QueryParam("endsTo") String endsTo,
                          @QueryParam("sort") String sort, @QueryParam("offset") @DefaultValue("0") int offset,
                          @QueryParam("limit") @DefaultValue("20") int limit) {
        BoardFilter filter = new BoardFilter(keyword, category, region, minPrice, maxPrice, status, date("endsFrom", endsFrom),
                date("endsTo", endsTo), sort);
        return tagged(() -> board.search(filter, offset, limit));
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
    @Operation(summary = "One public lot with its notices. ETag: the board's version (If-None-Match → 304)")
    @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(responseCode = "200", description = "The lot and its notices",
            content = @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(implementation = LotDetail.class)))
    public jakarta.ws.rs.core.Response lot(@PathParam("id") long id) {
        return tagged(() -> new LotDetail(board.lot(id), board.notices(id)));
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
    @Path("notices")
    @Operation(summary = "The feed of announcements and notices, oldest first, after the given id (≤ 500 per page). "
            + "ETag: the board's version (If-None-Match → 304)")
    @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(responseCode = "200", description = "Notices after the id",
            content = @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY,
                            implementation = NoticeView.class)))
    public jakarta.ws.rs.core.Response notices(@QueryParam("after") @DefaultValue("0") long after,
                                               @QueryParam("limit") @DefaultValue("100") int limit) {
        return tagged(() -> board.feed(after, limit));
    }
}
