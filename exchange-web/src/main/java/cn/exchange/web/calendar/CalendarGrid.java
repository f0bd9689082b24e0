package cn.exchange.web.calendar;

import cn.exchange.core.calendar.CalendarYear;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A year's month grid as the calendar page draws it, for the administrator to check against the notice before saving:
 * twelve small months in weeks from Monday, each day working or off, holidays and make-up days named (on hover), the
 * days a correction changes marked, and the working days per month and for the year.
 *
 * @param weekdays the column heads, Monday first, in the reader's language
 * @param changes  whether any day is marked as changed
 */
public record CalendarGrid(int year, int workingDays, List<String> weekdays, List<Month> months, boolean changes)
        implements Serializable {

    /** One month: its name, its working days, and its cells (blanks before the 1st, then one per day). */
    public record Month(String name, int workingDays, List<Cell> cells) implements Serializable {
    }

    /**
     * One cell of a month.
     *
     * @param day        the day of the month, or null for a blank before the 1st
     * @param styleClass working or off, holiday or make-up day, changed
     * @param title      the date and, for a holiday or make-up day, its name (shown on hover)
     */
    public record Cell(Integer day, String styleClass, String title) implements Serializable {
    }

    /**
     * The grid of {@code months}; {@code changed} are the days a correction changes, {@code changedWord} says so on hover.
     */
    public static CalendarGrid of(int year, int workingDays, List<CalendarYear.MonthView> months, Collection<LocalDate> changed,
                                  String changedWord, Locale locale) {
        Set<LocalDate> changedDays = new HashSet<>(changed == null ? List.of() : changed);
        List<Month> out = new ArrayList<>();
        for (CalendarYear.MonthView m : months) {
            List<Cell> cells = new ArrayList<>();
            int blanks = m.days().get(0).date().getDayOfWeek().getValue() - 1;
            for (int i = 0; i < blanks; i++) {
                cells.add(new Cell(null, "ex-day ex-day-blank", ""));
            }
            for (CalendarYear.Day d : m.days()) {
                boolean isChanged = changedDays.contains(d.date());
                String style = "ex-day " + (d.working() ? "ex-day-work" : "ex-day-off")
                        + (d.name() == null ? "" : d.working() ? " ex-day-makeup" : " ex-day-holiday")
                        + (isChanged ? " ex-day-changed" : "");
                String title = d.date() + (d.name() == null ? "" : " " + d.name()) + (isChanged ? " · " + changedWord : "");
                cells.add(new Cell(d.date().getDayOfMonth(), style, title));
            }
            out.add(new Month(m.month().getDisplayName(TextStyle.SHORT, locale), m.workingDays(), List.copyOf(cells)));
        }
        // 一 二 … 日 in Chinese; Mo Tu … Su in English (the narrow forms M T W T F S S repeat letters)
        boolean zh = "zh".equals(locale.getLanguage());
        List<String> heads = Arrays.stream(DayOfWeek.values()).map(d -> zh ? d.getDisplayName(TextStyle.NARROW, locale)
                : d.getDisplayName(TextStyle.SHORT, locale).substring(0, 2)).toList();
        return new CalendarGrid(year, workingDays, heads, List.copyOf(out), !changedDays.isEmpty());
    }
}
