package cn.exchange.core.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The working-day calendar of the People's Republic of China (rule 1): a day is a working day if it is a make-up
 * working day (调休上班), or an ordinary Monday to Friday that is not a statutory day off. The facts are the years the
 * administrator entered from the State Council's notices ({@link CalendarYear}, kept in PostgreSQL); a date in a year
 * not entered is {@link YearNotEntered}, never a guess.
 *
 * <p>Every period in working days on the exchange — announcement ends, review deadlines, signing and payment deadlines
 * — is counted here, by {@link #addWorkingDays}. Immutable: a newly entered year makes a new calendar.
 */
public final class WorkingDayCalendar {

    private final Map<Integer, CalendarYear> years;
    private final Map<LocalDate, Boolean> exceptions;

    private WorkingDayCalendar(Map<Integer, CalendarYear> years) {
        this.years = Collections.unmodifiableMap(new TreeMap<>(years));
        Map<LocalDate, Boolean> ex = new HashMap<>();
        years.values().forEach(y -> ex.putAll(y.exceptions()));
        this.exceptions = Map.copyOf(ex);
    }

    /** The calendar of these years (each year once: the version in force). */
    public static WorkingDayCalendar of(Collection<CalendarYear> entered) {
        Map<Integer, CalendarYear> byYear = new TreeMap<>();
        for (CalendarYear y : entered) {
            if (byYear.put(y.year(), y) != null) {
                throw new IllegalArgumentException("year " + y.year() + " given twice");
            }
        }
        return new WorkingDayCalendar(byYear);
    }

    /** This calendar with {@code year} entered or replaced (the calendar a new version makes). */
    public WorkingDayCalendar with(CalendarYear year) {
        Map<Integer, CalendarYear> next = new TreeMap<>(years);
        next.put(year.year(), year);
        return new WorkingDayCalendar(next);
    }

    /** The years entered. */
    public Set<Integer> years() {
        return Collections.unmodifiableSet(new TreeSet<>(years.keySet()));
    }

    public Optional<CalendarYear> year(int year) {
        return Optional.ofNullable(years.get(year));
    }

    public boolean covers(LocalDate date) {
        return years.containsKey(date.getYear());
    }

    /** The first year from {@code from} on that has not been entered. */
    public int firstMissingYearFrom(int from) {
        int y = from;
        while (years.containsKey(y)) {
            y++;
        }
        return y;
    }

    /**
     * The year a deadline counted from {@code periodStart} awaits, when it could not be counted: counting runs day by
     * day from the start, so it stopped at the first year from the start's year on that is not entered.
     */
    public int awaitingYear(LocalDate periodStart) {
        return firstMissingYearFrom(periodStart.getYear());
    }

    /** Whether people work on this day; a year not entered is {@link YearNotEntered}. */
    public boolean isWorkingDay(LocalDate date) {
        if (!covers(date)) {
            throw new YearNotEntered(date.getYear());
        }
        Boolean listed = exceptions.get(date);
        if (listed != null) {
            return listed;
        }
        DayOfWeek d = date.getDayOfWeek();
        return d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY;
    }

    /**
     * The last day of a period of {@code workingDays} working days starting on {@code start}: the start day counts as
     * day 1 if it is a working day (rule 1's vectors: 2025-09-22 + 20 WD ends 2025-10-23).
     */
    public LocalDate addWorkingDays(LocalDate start, int workingDays) {
        if (workingDays < 1) {
            throw new IllegalArgumentException("a period has at least one working day: " + workingDays);
        }
        LocalDate d = start;
        int counted = 0;
        while (true) {
            if (isWorkingDay(d)) {
                counted++;
                if (counted == workingDays) {
                    return d;
                }
            }
            d = d.plusDays(1);
        }
    }

    /** The first working day on or after {@code date}. */
    public LocalDate nextWorkingDay(LocalDate date) {
        LocalDate d = date;
        while (!isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    /** The number of working days from {@code from} to {@code to}, both included (0 when to is before from). */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        int n = 0;
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                n++;
            }
        }
        return n;
    }

    /**
     * The {@code n}-th working day counted back from the last day of {@code year} (n = 1: the year's last working day):
     * the last day on which a period of n working days may start and still end within the year.
     */
    public LocalDate nthLastWorkingDay(int year, int n) {
        LocalDate d = LocalDate.of(year, 12, 31);
        int counted = 0;
        while (true) {
            if (isWorkingDay(d)) {
                counted++;
                if (counted == n) {
                    return d;
                }
            }
            d = d.minusDays(1);
        }
    }
}
