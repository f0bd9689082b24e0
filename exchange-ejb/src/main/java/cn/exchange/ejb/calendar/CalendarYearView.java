package cn.exchange.ejb.calendar;

import cn.exchange.core.calendar.CalendarYear;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One year of the working-day calendar as the calendar page and {@code GET /api/calendar/years/{year}} show it: the
 * notice, the holidays and make-up days, the month grid with its working-day counts, and who entered this version.
 *
 * @param changedDays        the days this version (a correction) changed
 * @param computedDeadlines  when just saved: the deadlines that awaited this year and are now computed
 * @param reviewItems        when just saved (a correction): the deadlines listed for staff to review
 */
public record CalendarYearView(int year, int version, String noticeNo, LocalDate noticeDate, String noticeUrl, int workingDays,
                               List<CalendarYear.Holiday> holidays, List<CalendarYear.MakeUpDay> makeUpDays,
                               List<CalendarYear.MonthView> months, String changeNote, List<LocalDate> changedDays,
                               String enteredBy, OffsetDateTime enteredAt, Integer computedDeadlines, Integer reviewItems) {

    static CalendarYearView of(StoredYear s, Integer computed, Integer review) {
        CalendarYear y = s.data();
        return new CalendarYearView(y.year(), s.version(), y.noticeNo(), y.noticeDate(), y.noticeUrl(), s.workingDays(),
                y.holidays(), y.makeUpDays(), y.months(), s.changeNote(), s.changedDays(), s.enteredBy(), s.enteredAt(),
                computed, review);
    }
}
