package cn.exchange.ejb.calendar;

import cn.exchange.core.calendar.CalendarYear;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One stored version of a year's calendar: the year as entered, and who entered it when, with what a correction
 * changed.
 *
 * @param changedDays the days a correction changed (empty for a first version)
 */
public record StoredYear(long id, int version, CalendarYear data, int workingDays, String changeNote,
                         List<LocalDate> changedDays, String enteredBy, OffsetDateTime enteredAt) {

    public int year() {
        return data.year();
    }
}
