package cn.exchange.web.calendar;

import java.util.List;

/** The request bodies of the calendar's resources ({@link CalendarResource}, {@link CalendarDeadlineResource}). */
public final class CalendarRequests {

    private CalendarRequests() {
    }

    /** One holiday as entered: its name and first and last day off (YYYY-MM-DD). */
    public record HolidayInput(String name, String from, String to) {
    }

    /** One make-up working day (YYYY-MM-DD) and the holiday it belongs to. */
    public record MakeUpInput(String date, String name) {
    }

    /** A year as the administrator enters it from the notice; a correction says what it changes in {@code changeNote}. */
    public record YearInput(Integer year, String noticeNo, String noticeDate, String noticeUrl, List<HolidayInput> holidays,
                            List<MakeUpInput> makeUpDays, String changeNote) {
    }

    /** What staff write when they mark a touched deadline reviewed. */
    public record ReviewNote(String note) {
    }
}
