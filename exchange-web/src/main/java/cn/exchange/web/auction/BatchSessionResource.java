package cn.exchange.web.auction;

import cn.exchange.core.security.Permission;
import cn.exchange.ejb.auction.SessionScheduler;
import cn.exchange.web.security.Allowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.time.OffsetDateTime;
import java.util.Map;

/**
 * Staff schedule a project's lots awaiting their auction as one batch session (专场), starts staggered in lot order
 * (rules 22, 34). One lot's session is {@link ScheduleResource}'s.
 */
@Path("qualification/projects/{projectId}/schedule")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BatchSessionResource {

    /** A batch session: the first lot's start, the gap between lots' starts, the periods (rule 22's defaults when absent). */
    public record Session(OffsetDateTime startsAt, Integer staggerSeconds, Integer freeSeconds, Integer limitedSeconds) {
    }

    @EJB
    SessionScheduler sessions;

    @POST
    @Allowed(Permission.AUCTION_SCHEDULE)
    @Operation(summary = "Schedule a batch session (专场): every lot of the project awaiting its auction, starts staggered in lot order")
    public Map<String, Object> scheduleSession(@PathParam("projectId") long projectId, Session s) {
        Session in = s == null ? new Session(null, null, null, null) : s;
        return sessions.scheduleSession(projectId, in.startsAt(), ScheduleResource.seconds(in.staggerSeconds()),
                ScheduleResource.seconds(in.freeSeconds()), ScheduleResource.seconds(in.limitedSeconds()));
    }
}
