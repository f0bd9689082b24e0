package cn.exchange.core.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Calendars for tests, shared by every module's tests (exchange-core's test jar): the official years 2024–2026 from
 * {@code official-2024-2026.txt}, and synthetic years that tests enter where they need a year no notice covers yet.
 *
 * <p>A synthetic year is test data, never a forecast: its holidays fall on fixed dates every year (元旦 1 January,
 * 春节 10–16 February, 清明 5 April, 劳动节 1–5 May, 端午 12 June, 中秋 20 September, 国庆 1–7 October), which gives
 * 242–249 working days, and its notice says "测试数据" so nobody mistakes it for an official one.
 */
public final class Calendars {

    /** The notice number of every synthetic year. */
    public static final String TEST_NOTICE = "测试数据（非官方）";

    private static volatile List<CalendarYear> official;

    private Calendars() {
    }

    /** The calendar of the official years 2024–2026. */
    public static WorkingDayCalendar official() {
        return WorkingDayCalendar.of(officialYears());
    }

    /** The official years 2024–2026, as the notices give them (holidays as ranges, make-up days). */
    public static List<CalendarYear> officialYears() {
        List<CalendarYear> y = official;
        if (y == null) {
            try (InputStream in = Calendars.class.getResourceAsStream("official-2024-2026.txt")) {
                y = parse(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            official = y;
        }
        return y;
    }

    /** The official years plus synthetic ones for {@code extra} years. */
    public static WorkingDayCalendar officialAnd(int... extra) {
        List<CalendarYear> all = new ArrayList<>(officialYears());
        for (int year : extra) {
            all.add(synthetic(year));
        }
        return WorkingDayCalendar.of(all);
    }

    /** A synthetic year of test data (see the class comment). */
    public static CalendarYear synthetic(int year) {
        List<CalendarYear.Holiday> h = List.of(
                new CalendarYear.Holiday("元旦（测试）", LocalDate.of(year, 1, 1), LocalDate.of(year, 1, 1)),
                new CalendarYear.Holiday("春节（测试）", LocalDate.of(year, 2, 10), LocalDate.of(year, 2, 16)),
                new CalendarYear.Holiday("清明节（测试）", LocalDate.of(year, 4, 5), LocalDate.of(year, 4, 5)),
                new CalendarYear.Holiday("劳动节（测试）", LocalDate.of(year, 5, 1), LocalDate.of(year, 5, 5)),
                new CalendarYear.Holiday("端午节（测试）", LocalDate.of(year, 6, 12), LocalDate.of(year, 6, 12)),
                new CalendarYear.Holiday("中秋节（测试）", LocalDate.of(year, 9, 20), LocalDate.of(year, 9, 20)),
                new CalendarYear.Holiday("国庆节（测试）", LocalDate.of(year, 10, 1), LocalDate.of(year, 10, 7)));
        return new CalendarYear(year, TEST_NOTICE, LocalDate.of(year - 1, 11, 1), null, h, List.of()).validated();
    }

    /** A year as the body of {@code POST /api/calendar/years/{year}} (JSON), with an optional change note. */
    public static String json(CalendarYear y, String changeNote) {
        StringBuilder sb = new StringBuilder("{\"year\":").append(y.year()).append(",\"noticeNo\":").append(quote(y.noticeNo()))
                .append(",\"noticeDate\":").append(quote(y.noticeDate() == null ? null : y.noticeDate().toString()))
                .append(",\"noticeUrl\":").append(quote(y.noticeUrl())).append(",\"holidays\":[");
        for (int i = 0; i < y.holidays().size(); i++) {
            CalendarYear.Holiday h = y.holidays().get(i);
            sb.append(i == 0 ? "" : ",").append("{\"name\":").append(quote(h.name())).append(",\"from\":\"").append(h.from())
                    .append("\",\"to\":\"").append(h.to()).append("\"}");
        }
        sb.append("],\"makeUpDays\":[");
        for (int i = 0; i < y.makeUpDays().size(); i++) {
            CalendarYear.MakeUpDay m = y.makeUpDays().get(i);
            sb.append(i == 0 ? "" : ",").append("{\"date\":\"").append(m.date()).append("\",\"name\":").append(quote(m.name())).append('}');
        }
        return sb.append("],\"changeNote\":").append(quote(changeNote)).append('}').toString();
    }

    /**
     * Reads the fixture format: {@code year YYYY  # notice URL} declares a year; {@code YYYY-MM-DD off|work name} lists
     * a day off or a make-up working day. Consecutive days off of one name become one holiday range.
     */
    static List<CalendarYear> parse(InputStream in) throws IOException {
        Map<Integer, String> urls = new LinkedHashMap<>();
        Map<Integer, TreeMap<LocalDate, String[]>> days = new TreeMap<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
            n++;
            String s = line.strip();
            if (s.isEmpty() || s.startsWith("#")) {
                continue;
            }
            int hash = s.indexOf('#');
            String comment = hash >= 0 ? s.substring(hash + 1).strip() : null;
            String[] parts = (hash >= 0 ? s.substring(0, hash) : s).strip().split("\\s+");
            if (parts[0].equals("year")) {
                int year = Integer.parseInt(parts[1]);
                urls.put(year, comment);
                days.put(year, new TreeMap<>());
                continue;
            }
            LocalDate d = LocalDate.parse(parts[0]);
            TreeMap<LocalDate, String[]> ofYear = days.get(d.getYear());
            if (ofYear == null) {
                throw new IllegalStateException("line " + n + ": " + d + " lies in an undeclared year");
            }
            if (!parts[1].equals("off") && !parts[1].equals("work")) {
                throw new IllegalStateException("line " + n + ": expected off or work");
            }
            if (ofYear.put(d, new String[] {parts[1], parts[2]}) != null) {
                throw new IllegalStateException("line " + n + ": " + d + " listed twice");
            }
        }
        List<CalendarYear> out = new ArrayList<>();
        days.forEach((year, listed) -> {
            List<CalendarYear.Holiday> holidays = new ArrayList<>();
            List<CalendarYear.MakeUpDay> makeUps = new ArrayList<>();
            LocalDate from = null;
            LocalDate to = null;
            String name = null;
            for (Map.Entry<LocalDate, String[]> e : listed.entrySet()) {
                if (e.getValue()[0].equals("work")) {
                    makeUps.add(new CalendarYear.MakeUpDay(e.getKey(), e.getValue()[1]));
                    continue;
                }
                if (from != null && e.getKey().equals(to.plusDays(1)) && e.getValue()[1].equals(name)) {
                    to = e.getKey();
                    continue;
                }
                if (from != null) {
                    holidays.add(new CalendarYear.Holiday(name, from, to));
                }
                from = e.getKey();
                to = from;
                name = e.getValue()[1];
            }
            if (from != null) {
                holidays.add(new CalendarYear.Holiday(name, from, to));
            }
            out.add(new CalendarYear(year, "国务院办公厅关于" + year + "年部分节假日安排的通知", null, urls.get(year), holidays, makeUps));
        });
        return List.copyOf(out);
    }

    private static String quote(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                default -> sb.append(c);
            }
        }
        return sb.append('"').toString();
    }
}
