package cn.exchange.web.calendar;

import cn.exchange.core.calendar.ExchangeTime;
import cn.exchange.core.security.Permission;
import cn.exchange.core.shared.DomainException;
import cn.exchange.ejb.calendar.AwaitingView;
import cn.exchange.ejb.calendar.CalendarService;
import cn.exchange.ejb.calendar.ReviewView;
import cn.exchange.ejb.listing.AnnouncementCalendar;
import cn.exchange.web.security.Allowed;
import cn.exchange.web.security.Public;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * The deadlines the working-day calendar decides (rule 1): anyone reads the warning about a missing year and computes
 * when an announcement would end; staff list the deadlines that await a year and those a correction touched, and mark
 * them reviewed. The years themselves are {@link CalendarResource}'s, under {@code /api/calendar/years}.
 */
@Path("calendar")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CalendarDeadlineResource {

    @EJB
    CalendarService calendar;

    @Inject
    AnnouncementCalendar announcements;

    @GET
    @Path("outlook")
    @Public
    @Operation(summary = "Which year's calendar is missing and from when it blocks which announcements (from 1 October)")
    public Map<String, Object> outlook() {
        return announcements.outlook().<Map<String, Object>>map(o -> Map.of("missingYear", o.missingYear(), "current", o.current(),
                "blocks", o.blocks().stream().map(b -> Map.of("workingDays", b.workingDays(), "kinds", b.kinds(),
                        "from", b.from().toString())).toList())).orElse(Map.of());
    }

    @GET
    @Path("announcement-end")
    @Public
    @Operation(summary = "When an announcement of workingDays published at publishAt (Beijing time) would end; 400 naming the "
            + "year when it falls in a year not entered")
    public Map<String, Object> announcementEnd(@QueryParam("publishAt") String publishAt, @QueryParam("workingDays") Integer workingDays) {
        OffsetDateTime at = moment("publishAt", publishAt);
        if (workingDays == null) {
            throw new DomainException("workingDays", "common.required");
        }
        OffsetDateTime ends = announcements.endsAt(at, workingDays);
        return Map.of("publishAt", at.toString(), "workingDays", workingDays, "endsAt", ends.toString(),
                "endsAtText", ExchangeTime.display(ends.toInstant()));
    }

    @GET
    @Path("awaiting")
    @Allowed(Permission.PROJECT_READ_ALL)
    @Operation(summary = "Deadlines awaiting a year's calendar (staff, supervisors)")
    public List<AwaitingView> awaiting() {
        return calendar.awaiting();
    }

    @GET
    @Path("reviews")
    @Allowed(Permission.PROJECT_READ_ALL)
    @Operation(summary = "Deadlines a calendar correction touched, for staff to review (staff, supervisors)")
    public List<ReviewView> reviews() {
        return calendar.reviews();
    }

    @POST
    @Path("reviews/{id}/reviewed")
    @Allowed(Permission.CALENDAR_REVIEW)
    @Operation(summary = "Mark a touched deadline reviewed, with a note")
    public ReviewView reviewed(@PathParam("id") long id, CalendarRequests.ReviewNote note) {
        return calendar.markReviewed(id, note == null ? null : note.note());
    }

    private static OffsetDateTime moment(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new DomainException(field, "common.required");
        }
        try {
            String v = value.strip();
            return v.matches(".*([+-]\\d\\d:\\d\\d|Z)$") ? OffsetDateTime.parse(v)
                    : LocalDateTime.parse(v).atZone(ExchangeTime.ZONE).toOffsetDateTime();
        } catch (DateTimeException e) {
            throw new DomainException(field, "calendar.badMoment", value.length() > 40 ? value.substring(0, 40) + "…" : value);
        }
    }
}
