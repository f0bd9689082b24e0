package cn.exchange.web.calendar;

import cn.exchange.core.calendar.CalendarYear;
import cn.exchange.core.security.Permission;
import cn.exchange.core.shared.DomainException;
import cn.exchange.core.shared.FieldProblem;
import cn.exchange.ejb.calendar.CalendarPreview;
import cn.exchange.ejb.calendar.CalendarService;
import cn.exchange.ejb.calendar.CalendarYearView;
import cn.exchange.web.calendar.CalendarRequests.HolidayInput;
import cn.exchange.web.calendar.CalendarRequests.MakeUpInput;
import cn.exchange.web.calendar.CalendarRequests.YearInput;
import cn.exchange.web.security.Allowed;
import cn.exchange.web.security.Public;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The working-day calendar's years (rule 1) over REST: anyone reads the years entered and their versions; the
 * administrator previews and enters a year from the State Council's notice (or corrects one, with a note). The deadlines
 * a calendar decides are {@link CalendarDeadlineResource}'s, under {@code /api/calendar}.
 */
@Path("calendar/years")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CalendarResource {

    @EJB
    CalendarService calendar;

    @GET
    @Public
    @Operation(summary = "Every year entered, its version in force (notice, holidays, make-up days, month grid)")
    public List<CalendarYearView> years() {
        return calendar.years();
    }

    @GET
    @Path("{year}")
    @Public
    @Operation(summary = "One year's version in force; 404 when the year has not been entered")
    public CalendarYearView year(@PathParam("year") int year) {
        return calendar.year(year);
    }

    @GET
    @Path("{year}/versions")
    @Public
    @Operation(summary = "Every version of a year, with what each correction changed and why")
    public List<CalendarYearView> versions(@PathParam("year") int year) {
        return calendar.versions(year);
    }

    @POST
    @Path("{year}/preview")
    @Allowed(Permission.CALENDAR_ADMIN)
    @Operation(summary = "Check a year as entered and show its month grid and working days; nothing is saved")
    public CalendarPreview preview(@PathParam("year") int year, YearInput in) {
        return calendar.preview(year, parse(year, in));
    }

    @POST
    @Path("{year}")
    @Allowed(Permission.CALENDAR_ADMIN)
    @Operation(summary = "Enter a year from the State Council's notice, or correct it (a new version with changeNote); "
            + "deadlines that awaited it are computed, a correction lists touched deadlines for staff")
    public Response enter(@PathParam("year") int year, YearInput in) {
        return Response.status(201).entity(calendar.enter(year, parse(year, in), in == null ? null : in.changeNote())).build();
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
}
