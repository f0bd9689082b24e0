package cn.exchange.core.calendar;

import cn.exchange.core.shared.DomainException;

/**
 * A working-day count reached a year whose official calendar has not been entered yet (rule 1). The exchange never
 * guesses a year: an announcement whose end cannot be counted is refused with this problem, which names the year and
 * the page where the administrator enters it; every other deadline is recorded as awaiting that year's calendar.
 */
public final class YearNotEntered extends DomainException {

    /** The administrator's page where a year's calendar is entered. */
    public static final String PAGE = "/admin/calendar.xhtml";

    private final int year;

    public YearNotEntered(int year) {
        // the year as text: a number argument would be formatted with a grouping separator ("2,027")
        super(null, "calendar.yearNotEntered", Integer.toString(year), PAGE);
        this.year = year;
    }

    /** The year whose calendar is missing. */
    public int year() {
        return year;
    }
}
