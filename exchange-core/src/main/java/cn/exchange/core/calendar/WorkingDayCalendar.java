package cn.exchange.core.calendar;

import cn.exchange.core.shared.DomainException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The working-day calendar of the People's Republic of China (domain.md §5, rule 1): a day is a working day if it is
 * listed as an adjusted working day (调休上班), or if it is an unlisted Monday to Friday; listed statutory days off are
 * not. The facts come from the project's own data file {@code china-working-days.txt} (official notices); a date in a
 * year the file does not cover is an error ({@code calendar.yearNotCovered}), never a guess.
 *
 * <p>Every period in working days on the exchange — announcement ends, review deadlines, signing and payment deadlines
 * — is counted here, by {@link #addWorkingDays}.
 */
public final class WorkingDayCalendar {

    private static final String DATA = "china-working-days.txt";
    private static volatile WorkingDayCalendar china;

    private final Set<Integer> years;
    private final Map<LocalDate, Boolean> exceptions;

    WorkingDayCalendar(Set<Integer> years, Map<LocalDate, Boolean> exceptions) {
        this.years = Collections.unmodifiableSet(new TreeSet<>(years));
        this.exceptions = Map.copyOf(exceptions);
    }

    /** The calendar from the shipped data file. */
    public static WorkingDayCalendar china() {
        WorkingDayCalendar c = china;
        if (c == null) {
            try (InputStream in = WorkingDayCalendar.class.getResourceAsStream(DATA)) {
                if (in == null) {
                    throw new IllegalStateException(DATA + " is missing");
                }
                c = parse(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            china = c;
        }
        return c;
    }

    /** Reads the data format: {@code year YYYY} lines declare coverage; {@code YYYY-MM-DD off|work name} list exceptions. */
    static WorkingDayCalendar parse(InputStream in) throws IOException {
        Set<Integer> years = new TreeSet<>();
        Map<LocalDate, Boolean> exceptions = new HashMap<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
            n++;
            int hash = line.indexOf('#');
            String s = (hash >= 0 ? line.substring(0, hash) : line).trim();
            if (s.isEmpty()) {
                continue;
            }
            String[] parts = s.split("\\s+");
            if (parts[0].equals("year")) {
                years.add(Integer.parseInt(parts[1]));
                continue;
            }
            LocalDate d = LocalDate.parse(parts[0]);
            if (!years.contains(d.getYear())) {
                throw new IllegalStateException(DATA + " line " + n + ": " + d + " lies in an undeclared year");
            }
            boolean working = switch (parts[1]) {
                case "work" -> true;
                case "off" -> false;
                default -> throw new IllegalStateException(DATA + " line " + n + ": expected off or work");
            };
            if (exceptions.put(d, working) != null) {
                throw new IllegalStateException(DATA + " line " + n + ": " + d + " listed twice");
            }
        }
        return new WorkingDayCalendar(years, exceptions);
    }

    /** The years the data covers. */
    public Set<Integer> years() {
        return years;
    }

    public boolean covers(LocalDate date) {
        return years.contains(date.getYear());
    }

    /** Whether people work on this day; an uncovered year is an error. */
    public boolean isWorkingDay(LocalDate date) {
        requireCovered(date);
        Boolean listed = exceptions.get(date);
        if (listed != null) {
            return listed;
        }
        DayOfWeek d = date.getDayOfWeek();
        return d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY;
    }

    /**
     * The last day of a period of {@code workingDays} working days starting on {@code start}: the start day counts as
     * day 1 if it is a working day (domain.md §5 vectors: 2025-09-22 + 20 WD ends 2025-10-23).
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

    private void requireCovered(LocalDate date) {
        if (!covers(date)) {
            TreeSet<Integer> sorted = new TreeSet<>(years);
            throw new DomainException(null, "calendar.yearNotCovered", Integer.toString(date.getYear()),
                    sorted.isEmpty() ? "-" : sorted.first() + "–" + sorted.last());
        }
    }
}
