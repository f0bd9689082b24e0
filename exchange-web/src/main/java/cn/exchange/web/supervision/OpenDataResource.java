package cn.exchange.web.supervision;

import cn.exchange.core.shared.Csv;
import cn.exchange.ejb.supervision.OpenDataService;
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
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Open data for journalists and auditors: notices, results and certificates as JSON pages for incremental
 * sync ({@code ?after=<last id>&limit=…}, {@code next} is the cursor of the following page, null at the end), and each
 * dataset whole as CSV (UTF-8 with BOM). No personal data of natural persons.
 */
@Path("open")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class OpenDataResource {

    @EJB
    OpenDataService open;

    @GET
    @Path("notices")
    @Public
    @Operation(summary = "Public notices in publication order (announcements, amendments, suspensions, results…)")
    public OpenDataService.Page notices(@QueryParam("after") @DefaultValue("0") long after, @QueryParam("limit") @DefaultValue("100") int limit) {
        return open.notices(after, limit);
    }

    @GET
    @Path("results")
    @Public
    @Operation(summary = "Sold and failed lots: valuation, listing and deal price, appreciation, bidders, bids, buyer (organisations named)")
    public OpenDataService.Page results(@QueryParam("after") @DefaultValue("0") long after, @QueryParam("limit") @DefaultValue("100") int limit) {
        return open.results(after, limit);
    }

    @GET
    @Path("certificates")
    @Public
    @Operation(summary = "Every certificate version with whether it is in force")
    public OpenDataService.Page certificates(@QueryParam("after") @DefaultValue("0") long after,
                                             @QueryParam("limit") @DefaultValue("100") int limit) {
        return open.certificates(after, limit);
    }

    @GET
    @Path("{dataset}.csv")
    @Public
    @Produces("text/csv")
    @Operation(summary = "A whole dataset (notices, results, certificates) as CSV, UTF-8 with BOM")
    public Response csv(@PathParam("dataset") String dataset) {
        BiFunction<Long, Integer, OpenDataService.Page> pages = switch (dataset) {
            case "notices" -> open::notices;
            case "results" -> open::results;
            case "certificates" -> open::certificates;
            default -> throw new cn.exchange.core.shared.NotFoundException("Dataset", dataset);
        };
        StreamingOutput body = out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            w.write('\uFEFF');
            long after = 0;
            boolean header = true;
            while (true) {
                OpenDataService.Page p = pages.apply(after, OpenDataService.MAX_PAGE);
                for (Map<String, Object> item : p.items()) {
                    if (header) {
                        w.write(String.join(",", item.keySet()) + "\r\n");
                        header = false;
                    }
                    List<String> cells = item.values().stream().map(v -> Csv.cell(v == null ? "" : v.toString())).toList();
                    w.write(String.join(",", cells) + "\r\n");
                }
                if (p.next() == null) {
                    break;
                }
                after = p.next();
            }
            w.flush();
        };
        return Response.ok(body, "text/csv; charset=utf-8").header("Content-Disposition", "attachment; filename=\"" + dataset + ".csv\"")
                .build();
    }
}
