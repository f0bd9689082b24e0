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

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;

/**
 * Staff schedule a lot's competitive session once qualification has concluded (rules 22, 34); a project's lots as one
 * batch session (专场) is {@link BatchSessionResource}'s. The address stays under {@code /api/qualification}, where
 * clients have always called it.
 */
@Path("qualification/lots/{lotId}/schedule")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ScheduleResource {

    /** The session's start; its free and limited periods in seconds where the lot differs from rule 22's defaults. */
    public record Schedule(OffsetDateTime startsAt, Integer freeSeconds, Integer limitedSeconds) {
    }

    @EJB
    SessionScheduler sessions;

    @POST
    @Allowed(Permission.AUCTION_SCHEDULE)
    @Operation(summary = "Set the competitive session's start (two or more qualified bidders; one for a court-entrusted lot, rule 34)")
    public Map<String, Object> schedule(@PathParam("lotId") long lotId, Schedule s) {
        Schedule in = s == null ? new Schedule(null, null, null) : s;
        return sessions.scheduleAuction(lotId, in.startsAt(), seconds(in.freeSeconds()), seconds(in.limitedSeconds()));
    }

    /** A period given in seconds; absent means the rule's default (also for {@link BatchSessionResource}). */
    static Duration seconds(Integer value) {
        return value == null ? null : Duration.ofSeconds(value);
    }
}
