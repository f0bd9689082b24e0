package cn.exchange.core.calendar;

import cn.exchange.core.shared.DomainException;
import cn.exchange.core.shared.FieldProblem;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One year of China's working-day calendar as the State Council General Office's notice (国务院办公厅关于某年部分节假日安排的
 * 通知) gives it: the holidays as date ranges with their names (放假), and the make-up working days on weekends (调休上班).
 * Every other day follows the normal week: Monday to Friday work, Saturday and Sunday rest (rule 1).
 *
 * <p>The administrator enters a year from its notice; {@link #validated()} refuses what cannot be a real notice, each
 * problem with its field ({@code holidays[2].to}, {@code makeUpDays[0].date}): dates outside the year, reversed or
 * overlapping ranges, a make-up day that is already a working day or lies inside a holiday, and a year whose working
 * days fall outside {@value #MIN_WORKING_DAYS}–{@value #MAX_WORKING_DAYS} (2024–2026 have 246–248).
 *
 * @param year        the calendar year
 * @param noticeNo    the notice's number, e.g. 国办发明电〔2025〕7号
 * @param noticeDate  the day the notice was issued
 * @param noticeUrl   where it is published (optional)
 * @param holidays    the days off, as ranges
 * @param makeUpDays  the weekend days that are working days
 */
public record CalendarYear(int year, String noticeNo, LocalDate noticeDate, String noticeUrl, List<Holiday> holidays,
                           List<MakeUpDay> makeUpDays) {

    public static final int MIN_WORKING_DAYS = 240;
    public static final int MAX_WORKING_DAYS = 255;
    public static final int MIN_YEAR = 2000;
    public static final int MAX_YEAR = 2100;
    static final int NAME_MAX = 30;
    static final int NOTICE_NO_MAX = 100;
    static final int URL_MAX = 500;

    /** Days off from {@code from} to {@code to}, both included, for the named holiday. */
    public record Holiday(String name, LocalDate from, LocalDate to) {
    }

    /** A weekend day worked in exchange for a holiday (调休上班). */
    public record MakeUpDay(LocalDate date, String name) {
    }

    /** One day as the month grid shows it. */
    public record Day(LocalDate date, boolean working, String name) {
    }

    /** One month of the grid: its days and how many of them are working days. */
    public record MonthView(Month month, int workingDays, List<Day> days) {
    }

    public CalendarYear {
        holidays = holidays == null ? List.of() : List.copyOf(holidays);
        makeUpDays = makeUpDays == null ? List.of() : List.copyOf(makeUpDays);
    }

    /** This year with trimmed texts, or a {@link DomainException} naming every problem and its field. */
    public CalendarYear validated() {
        List<FieldProblem> problems = new ArrayList<>();
        if (year < MIN_YEAR || year > MAX_YEAR) {
            problems.add(FieldProblem.of("year", "calendar.yearOutOfRange", Integer.toString(MIN_YEAR), Integer.toString(MAX_YEAR)));
            throw new DomainException(problems);
        }
        String no = text(noticeNo);
        if (no == null) {
            problems.add(FieldProblem.of("noticeNo", "common.required"));
        } else if (no.length() > NOTICE_NO_MAX) {
            problems.add(FieldProblem.of("noticeNo", "common.tooLong", NOTICE_NO_MAX));
        }
        if (noticeDate == null) {
            problems.add(FieldProblem.of("noticeDate", "common.required"));
        } else if (noticeDate.getYear() < year - 1 || noticeDate.getYear() > year) {
            problems.add(FieldProblem.of("noticeDate", "calendar.noticeDate", Integer.toString(year - 1), Integer.toString(year)));
        }
        String url = text(noticeUrl);
        if (url != null && url.length() > URL_MAX) {
            problems.add(FieldProblem.of("noticeUrl", "common.tooLong", URL_MAX));
        }
        List<Holiday> cleanHolidays = new ArrayList<>();
        for (int i = 0; i < holidays.size(); i++) {
            Holiday h = holidays.get(i);
            String f = "holidays[" + i + "]";
            String name = h == null ? null : text(h.name());
            if (name == null) {
                problems.add(FieldProblem.of(f + ".name", "common.required"));
            } else if (name.length() > NAME_MAX) {
                problems.add(FieldProblem.of(f + ".name", "common.tooLong", NAME_MAX));
            }
            boolean datesOk = true;
            if (h == null || h.from() == null) {
                problems.add(FieldProblem.of(f + ".from", "common.required"));
                datesOk = false;
            } else if (h.from().getYear() != year) {
                problems.add(FieldProblem.of(f + ".from", "calendar.dateOutsideYear", h.from().toString(), Integer.toString(year)));
                datesOk = false;
            }
            if (h == null || h.to() == null) {
                problems.add(FieldProblem.of(f + ".to", "common.required"));
                datesOk = false;
            } else if (h.to().getYear() != year) {
                problems.add(FieldProblem.of(f + ".to", "calendar.dateOutsideYear", h.to().toString(), Integer.toString(year)));
                datesOk = false;
            }
            if (datesOk && h.to().isBefore(h.from())) {
                problems.add(FieldProblem.of(f + ".to", "calendar.rangeReversed", h.from().toString(), h.to().toString()));
                datesOk = false;
            }
            if (datesOk) {
                for (int j = 0; j < cleanHolidays.size(); j++) {
                    Holiday other = cleanHolidays.get(j);
                    if (other != null && !h.from().isAfter(other.to()) && !other.from().isAfter(h.to())) {
                        problems.add(FieldProblem.of(f + ".from", "calendar.holidaysOverlap", text(h.name()),
                                h.from() + "～" + h.to(), text(other.name()), other.from() + "～" + other.to()));
                        datesOk = false;
                        break;
                    }
                }
            }
            cleanHolidays.add(datesOk ? new Holiday(name, h.from(), h.to()) : null);
        }
        List<MakeUpDay> cleanMakeUps = new ArrayList<>();
        for (int i = 0; i < makeUpDays.size(); i++) {
            MakeUpDay m = makeUpDays.get(i);
            String f = "makeUpDays[" + i + "]";
            String name = m == null ? null : text(m.name());
            if (name == null) {
                problems.add(FieldProblem.of(f + ".name", "common.required"));
            } else if (name.length() > NAME_MAX) {
                problems.add(FieldProblem.of(f + ".name", "common.tooLong", NAME_MAX));
            }
            if (m == null || m.date() == null) {
                problems.add(FieldProblem.of(f + ".date", "common.required"));
                continue;
            }
            LocalDate d = m.date();
            if (d.getYear() != year) {
                problems.add(FieldProblem.of(f + ".date", "calendar.dateOutsideYear", d.toString(), Integer.toString(year)));
            } else if (!weekend(d)) {
                problems.add(FieldProblem.of(f + ".date", "calendar.makeUpAlreadyWorking", d.toString(), d.getDayOfWeek().getValue()));
            } else if (cleanMakeUps.stream().anyMatch(x -> x.date().equals(d))) {
                problems.add(FieldProblem.of(f + ".date", "calendar.makeUpTwice", d.toString()));
            } else {
                Holiday inside = cleanHolidays.stream().filter(h -> h != null && !d.isBefore(h.from()) && !d.isAfter(h.to()))
                        .findFirst().orElse(null);
                if (inside != null) {
                    problems.add(FieldProblem.of(f + ".date", "calendar.makeUpInHoliday", d.toString(), inside.name()));
                } else {
                    cleanMakeUps.add(new MakeUpDay(d, name));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new DomainException(problems);
        }
        CalendarYear clean = new CalendarYear(year, no, noticeDate, url, cleanHolidays, cleanMakeUps);
        int count = clean.workingDays();
        if (count < MIN_WORKING_DAYS || count > MAX_WORKING_DAYS) {
            throw new DomainException("holidays", "calendar.implausibleCount", Integer.toString(year), count,
                    MIN_WORKING_DAYS, MAX_WORKING_DAYS);
        }
        return clean;
    }

    /** Whether people work on this day of the year. */
    public boolean isWorkingDay(LocalDate date) {
        if (date.getYear() != year) {
            throw new IllegalArgumentException(date + " is not in " + year);
        }
        Boolean listed = exceptions().get(date);
        return listed != null ? listed : !weekend(date);
    }

    /** The days that differ from the normal week: a holiday's weekday off (false) or a make-up day (true). */
    public Map<LocalDate, Boolean> exceptions() {
        Map<LocalDate, Boolean> out = new TreeMap<>();
        for (Holiday h : holidays) {
            for (LocalDate d = h.from(); !d.isAfter(h.to()); d = d.plusDays(1)) {
                out.put(d, false);
            }
        }
        for (MakeUpDay m : makeUpDays) {
            out.put(m.date(), true);
        }
        return out;
    }

    /** The name of the holiday or make-up day on {@code date}, or null for an ordinary day. */
    public String nameOf(LocalDate date) {
        for (Holiday h : holidays) {
            if (!date.isBefore(h.from()) && !date.isAfter(h.to())) {
                return h.name();
            }
        }
        for (MakeUpDay m : makeUpDays) {
            if (m.date().equals(date)) {
                return m.name();
            }
        }
        return null;
    }

    /** The number of working days in the year. */
    public int workingDays() {
        return months().stream().mapToInt(MonthView::workingDays).sum();
    }

    /** The month grid the administrator checks before saving: every day, and the working days per month. */
    public List<MonthView> months() {
        Map<LocalDate, Boolean> ex = exceptions();
        Map<Month, List<Day>> byMonth = new EnumMap<>(Month.class);
        for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
            Boolean listed = ex.get(d);
            boolean working = listed != null ? listed : !weekend(d);
            byMonth.computeIfAbsent(d.getMonth(), m -> new ArrayList<>()).add(new Day(d, working, listed == null ? null : nameOf(d)));
        }
        List<MonthView> out = new ArrayList<>();
        byMonth.forEach((m, days) -> out.add(new MonthView(m, (int) days.stream().filter(Day::working).count(),
                Collections.unmodifiableList(days))));
        return out;
    }

    /** The days whose working status differs between this version and {@code previous} (a correction's effect). */
    public List<LocalDate> changedDays(CalendarYear previous) {
        List<LocalDate> out = new ArrayList<>();
        for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
            if (isWorkingDay(d) != previous.isWorkingDay(d)) {
                out.add(d);
            }
        }
        return out;
    }

    static boolean weekend(LocalDate d) {
        return d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    private static String text(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }
}
