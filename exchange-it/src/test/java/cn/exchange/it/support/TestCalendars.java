package cn.exchange.it.support;

import cn.exchange.core.calendar.CalendarYear;
import cn.exchange.core.calendar.Calendars;
import cn.exchange.core.calendar.WorkingDayCalendar;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The years the tests need, entered as the administrator would: whatever the exchange's clock says, the year before,
 * the year itself and the next one exist. A year the official data does not cover is entered as synthetic test data
 * ({@link Calendars#synthetic}, notice "测试数据（非官方）") — test data, never a forecast of a real year.
 */
public final class TestCalendars {

    private static boolean ensured;

    private TestCalendars() {
    }

    /** Enters every missing year around the exchange's current year (once per test run). */
    public static synchronized void ensure(Api api, String adminToken) {
        if (ensured) {
            return;
        }
        int year = ServerClock.today(api).getYear();
        for (int y = year - 1; y <= year + 1; y++) {
            enter(api, adminToken, y);
        }
        ensured = true;
    }

    /** The calendar as the exchange has it (every year entered, its version in force), for computing expected dates. */
    public static WorkingDayCalendar asEntered(Api api) {
        List<CalendarYear> years = new ArrayList<>();
        for (JsonValue v : api.get("/api/calendar/years").array()) {
            JsonObject y = v.asJsonObject();
            List<CalendarYear.Holiday> holidays = new ArrayList<>();
            for (JsonValue h : y.getJsonArray("holidays")) {
                holidays.add(new CalendarYear.Holiday(h.asJsonObject().getString("name"), LocalDate.parse(h.asJsonObject().getString("from")),
                        LocalDate.parse(h.asJsonObject().getString("to"))));
            }
            List<CalendarYear.MakeUpDay> makeUps = new ArrayList<>();
            for (JsonValue m : y.getJsonArray("makeUpDays")) {
                makeUps.add(new CalendarYear.MakeUpDay(LocalDate.parse(m.asJsonObject().getString("date")), m.asJsonObject().getString("name")));
            }
            years.add(new CalendarYear(y.getInt("year"), y.getString("noticeNo"), null, null, holidays, makeUps));
        }
        return WorkingDayCalendar.of(years);
    }

    /** Enters a synthetic year unless some version of it exists. */
    public static void enter(Api api, String adminToken, int year) {
        if (api.get("/api/calendar/years/" + year).status() == 200) {
            return;
        }
        Api.Answer a = api.as(adminToken).post("/api/calendar/years/" + year, Calendars.json(Calendars.synthetic(year), null));
        if (a.status() != 201) {
            throw new AssertionError("cannot enter the test calendar of " + year + ": " + a);
        }
    }
}
