package cn.exchange.web.supervision;

import cn.exchange.core.security.Permission;
import cn.exchange.ejb.auction.ReplayService;
import cn.exchange.ejb.supervision.TrailService;
import cn.exchange.web.base.Languages;
import cn.exchange.web.security.Allowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * One lot under supervision: its transaction trail from registration to certificate, and the replay of its auction from
 * the bid log, under {@code /api/supervision/lots/{lotId}} (the reports are {@link SupervisionResource}'s); it only reads.
 */
@Path("supervision/lots/{lotId}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class LotTrailResource {

    @EJB
    TrailService trails;
    @EJB
    ReplayService replays;

    @GET
    @Path("trail")
    @Allowed(Permission.TRAIL_READ)
    @Operation(summary = "A lot's transaction trail from registration to certificate, audit records' chain verified")
    public TrailTexts.TrailView trail(@PathParam("lotId") long lotId, @Context HttpServletRequest request) {
        return TrailTexts.view(trails.trail(lotId), Languages.ofApi(request));
    }

    @GET
    @Path("replay")
    @Allowed(Permission.REPLAY_RUN)
    @Operation(summary = "Re-run the lot's auction from its bid log in a fresh engine: equal to the recorded outcome, or where it differs."
            + " session: which of the lot's sessions (1 the first; an annulled one too, rule 25); default the current one")
    public ReplayService.Report replay(@PathParam("lotId") long lotId, @QueryParam("session") Integer session) {
        return replays.replay(lotId, session);
    }
}
