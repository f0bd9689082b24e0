package cn.exchange.web.calendar;

import cn.exchange.core.calendar.CalendarYear;
import cn.exchange.core.calendar.ExchangeTime;
import cn.exchange.core.security.Permission;
import cn.exchange.core.shared.DomainException;
import cn.exchange.core.shared.FieldProblem;
import cn.exchange.ejb.calendar.AwaitingView;
import cn.exchange.ejb.calendar.CalendarPreview;
import cn.exchange.ejb.calendar.CalendarService;
import cn.exchange.ejb.calendar.CalendarYearView;
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
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The working-day calendar (rule 1) over REST: anyone reads the years entered and the warning about a missing one, and
 * computes when an announcement would end; the administrator previews and enters a year from the State Council's
 * notice (or corrects one, with a note); staff list the deadlines that await a year and those a correction touched.
 */
@Path("calendar")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CalendarResource {

    /** One holiday as entered: its name and first and last day off (YYYY-MM-DD). */
    public record HolidayInput(String name, String from, String to) {
    }

    /** One make-up working day (YYYY-MM-DD) and the holiday it belongs to. */
    public record MakeUpInput(String date, String name) {
    }

    /** A year as the administrator enters it from the notice; a correction says what it changes in {@code changeNote}. */
    public record YearInput(Integer year, String noticeNo, String noticeDate, String noticeUrl, List<HolidayInput> holidays,
                            List<MakeUpInput> makeUpDays, String changeNote) {
    }

    @EJB
    CalendarService calendar;

    @Inject
    AnnouncementCalendar announcements;

    @GET
    @Path("years")
    @Public
    @Operation(summary = "Every year entered, its version in force (notice, holidays, make-up days, month grid)")
    public List<CalendarYearView> years() {
        return calendar.years();
    }

    @GET
    @Path("years/{year}")
    @Public
    @Operation(summary = "One year's version in force; 404 when the year has not been entered")
    public CalendarYearView year(@PathParam("year") int year) {
        return calendar.year(year);
    }

    @GET
    @Path("years/{year}/versions")
    @Public
    @Operation(summary = "Every version of a year, with what each correction changed and why")
    public List<CalendarYearView> versions(@PathParam("year") int year) {
        return calendar.versions(year);
    }

    @POST
    @Path("years/{year}/preview")
    @Allowed(Permission.CALENDAR_ADMIN)
    @Operation(summary = "Check a year as entered and show its month grid and working days; nothing is saved")
    public CalendarPreview preview(@PathParam("year") int year, YearInput in) {
        return calendar.preview(year, parse(year, in));
    }

    @POST
    @Path("years/{year}")
    @Allowed(Permission.CALENDAR_ADMIN)
    @Operation(summary = "Enter a year from the State Council's notice, or correct it (a new version with changeNote); "
            + "deadlines that awaited it are computed, a correction lists touched deadlines for staff")
    public Response enter(@PathParam("year") int year, YearInput in) {
        return Response.status(201).entity(calendar.enter(year, parse(year, in), in == null ? null : in.changeNote())).build();
    }

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

    /** What staff write when they mark a touched deadline reviewed. */
    public record ReviewNote(String note) {
    }

    @POST
    @Path("reviews/{id}/reviewed")
    @Allowed(Permission.CALENDAR_REVIEW)
    @Operation(summary = "Mark a touched deadline reviewed, with a note")
    public ReviewView reviewed(@PathParam("id") long id, ReviewNote note) {
        return calendar.markReviewed(id, note == null ? null : note.note());
    }

    /** The year as the core checks it; a date that cannot be read is refused here, with its field. */
    static CalendarYear parse(int year, YearInput in) {
        if (in == null) {
            throw new DomainException("year", "common.required");
        }
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate noticeDate = date(problems, "noticeDate", in.noticeDate());
        List<CalendarYear.Holiday> holidays = new ArrayList<>();
        List<HolidayInput> hs = in.holidays() == null ? List.of() : in.holidays();
        for (int i = 0; i < hs.size(); i++) {
            HolidayInput h = hs.get(i);
            holidays.add(h == null ? null : new CalendarYear.Holiday(h.name(), date(problems, "holidays[" + i + "].from", h.from()),
                    date(problems, "holidays[" + i + "].to", h.to())));
        }
        List<CalendarYear.MakeUpDay> makeUps = new ArrayList<>();
        List<MakeUpInput> ms = in.makeUpDays() == null ? List.of() : in.makeUpDays();
        for (int i = 0; i < ms.size(); i++) {
            MakeUpInput m = ms.get(i);
            makeUps.add(m == null ? null : new CalendarYear.MakeUpDay(date(problems, "makeUpDays[" + i + "].date", m.date()), m.name()));
        }
        if (!problems.isEmpty()) {
            throw new DomainException(problems);
        }
        return new CalendarYear(in.year() == null ? year : in.year(), in.noticeNo(), noticeDate, in.noticeUrl(), holidays, makeUps);
    }

    private static LocalDate date(List<FieldProblem> problems, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeException e) {
            problems.add(FieldProblem.of(field, "calendar.badDate", value.length() > 40 ? value.substring(0, 40) + "…" : value));
            return null;
        }
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
