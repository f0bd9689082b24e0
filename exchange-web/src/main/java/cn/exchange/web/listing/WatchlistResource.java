package cn.exchange.web.listing;

import cn.exchange.core.security.Permission;
import cn.exchange.ejb.listing.WatchRow;
import cn.exchange.ejb.listing.WatchlistService;
import cn.exchange.web.security.Allowed;
import cn.exchange.web.security.Public;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;

/** A bidder's watchlist (关注): follow and leave a public lot, its list; anyone reads a lot's number of followers. */
@Path("watchlist")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class WatchlistResource {

    /** A lot's followers, and whether the caller is one of them. */
    public record Following(long lotId, long followers, boolean watching) {
    }

    @EJB
    WatchlistService watchlist;

    @GET
    @Allowed(Permission.WATCHLIST)
    @Operation(summary = "The lots the caller follows, ending soonest first")
    public List<WatchRow> mine() {
        return watchlist.mine();
    }

    @PUT
    @Path("{lotId}")
    @Allowed(Permission.WATCHLIST)
    @Operation(summary = "Follow a public lot (idempotent)")
    public Following watch(@PathParam("lotId") long lotId) {
        watchlist.watch(lotId);
        return following(lotId);
    }

    // POST, not DELETE: the HTTP layer refuses a DELETE that carries a body with a bare 400 (no message), and the API
    // answers every refusal with its reason (FuzzIT)
    @POST
    @Path("{lotId}/unwatch")
    @Allowed(Permission.WATCHLIST)
    @Operation(summary = "Stop following a lot (idempotent)")
    public Following unwatch(@PathParam("lotId") long lotId) {
        watchlist.unwatch(lotId);
        return following(lotId);
    }

    @GET
    @Path("{lotId}")
    @Public
    @Operation(summary = "How many follow a lot, and whether the caller does")
    public Following following(@PathParam("lotId") long lotId) {
        return new Following(lotId, watchlist.followers(lotId), watchlist.watching(lotId));
    }
}
