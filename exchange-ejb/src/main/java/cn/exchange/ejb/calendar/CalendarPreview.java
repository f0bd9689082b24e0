package cn.exchange.ejb.calendar;

import cn.exchange.core.calendar.CalendarYear;

import java.time.LocalDate;
import java.util.List;

/**
 * What the administrator checks before saving a year: the month grid with the working days per month and per year,
 * and, for a correction, the days it changes against the version in force.
 *
 * @param currentVersion the version in force (0 when the year is new)
 */
public record CalendarPreview(int year, int workingDays, List<CalendarYear.MonthView> months, int currentVersion,
                              List<LocalDate> changedDays) {
}
