package cn.exchange.core.calendar;

import cn.exchange.core.shared.DomainException;
import cn.exchange.core.shared.FieldProblem;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Rule 1: a year as the administrator enters it from the State Council's notice, and what is refused. */
class CalendarYearTest {

    static final LocalDate NOTICE = LocalDate.of(2025, 11, 4);

    /** 2026 as its notice gives it (domain facts: 248 working days). */
    static CalendarYear y2026() {
        return Calendars.officialYears().get(2);
    }

    static CalendarYear with(List<CalendarYear.Holiday> holidays, List<CalendarYear.MakeUpDay> makeUps) {
        return new CalendarYear(2026, "国办发明电〔2025〕7号", NOTICE, null, holidays, makeUps);
    }

    @Test
    void theMonthGridCountsWorkingDaysPerMonthAndYear() {
        CalendarYear y = with(y2026().holidays(), y2026().makeUpDays()).validated();
        assertThat(y.workingDays()).isEqualTo(248);
        assertThat(y.months()).hasSize(12);
        // February 2026: 20 weekdays, 6 of them in the Spring Festival (16–20 and 23), plus two make-up Saturdays (14, 28)
        assertThat(y.months().get(1).workingDays()).isEqualTo(16);
        assertThat(y.months().get(1).month()).isEqualTo(Month.FEBRUARY);
        CalendarYear.Day feb14 = y.months().get(1).days().get(13);
        assertThat(feb14).isEqualTo(new CalendarYear.Day(LocalDate.of(2026, 2, 14), true, "春节"));
        assertThat(y.months().stream().mapToInt(CalendarYear.MonthView::workingDays).sum()).isEqualTo(248);
        for (LocalDate d = LocalDate.of(2026, 1, 1); d.getYear() == 2026; d = d.plusDays(1)) {
            assertThat(y.isWorkingDay(d)).as(d.toString()).isEqualTo(Calendars.official().isWorkingDay(d));
        }
    }

    @Test
    void overlappingRangesAreRefusedNamingBoth() {
        List<CalendarYear.Holiday> h = new ArrayList<>(y2026().holidays());
        h.add(new CalendarYear.Holiday("重复", LocalDate.of(2026, 2, 20), LocalDate.of(2026, 2, 25)));
        FieldProblem p = only(with(h, y2026().makeUpDays()));
        assertThat(p.field()).isEqualTo("holidays[" + (h.size() - 1) + "].from");
        assertThat(p.code()).isEqualTo("calendar.holidaysOverlap");
        assertThat(p.message(Locale.CHINESE)).contains("重复").contains("春节").contains("重叠");
        assertThat(p.message(Locale.ENGLISH)).contains("overlaps");
    }

    @Test
    void aMakeUpDayThatIsAlreadyAWorkingDayIsRefused() {
        List<CalendarYear.MakeUpDay> m = new ArrayList<>(y2026().makeUpDays());
        m.add(new CalendarYear.MakeUpDay(LocalDate.of(2026, 3, 4), "多余"));   // a Wednesday
        FieldProblem p = only(with(y2026().holidays(), m));
        assertThat(p.field()).isEqualTo("makeUpDays[" + (m.size() - 1) + "].date");
        assertThat(p.message(Locale.CHINESE)).isEqualTo("2026-03-04 是星期三，本来就是工作日，不能作为调休上班日。");
        assertThat(p.message(Locale.ENGLISH)).contains("Wednesday");
    }

    @Test
    void aMakeUpDayInsideAHolidayAndATwiceEnteredOneAreRefused() {
        List<CalendarYear.MakeUpDay> m = new ArrayList<>(y2026().makeUpDays());
        m.add(new CalendarYear.MakeUpDay(LocalDate.of(2026, 2, 21), "春节"));  // a Saturday inside 15–23 February
        assertThat(only(with(y2026().holidays(), m)).code()).isEqualTo("calendar.makeUpInHoliday");
        List<CalendarYear.MakeUpDay> twice = new ArrayList<>(y2026().makeUpDays());
        twice.add(y2026().makeUpDays().get(0));
        assertThat(only(with(y2026().holidays(), twice)).code()).isEqualTo("calendar.makeUpTwice");
    }

    @Test
    void datesOutsideTheYearAndReversedRangesAreRefusedWithTheirField() {
        List<CalendarYear.Holiday> h = new ArrayList<>(y2026().holidays());
        h.set(0, new CalendarYear.Holiday("元旦", LocalDate.of(2025, 12, 31), LocalDate.of(2026, 1, 3)));
        h.set(1, new CalendarYear.Holiday("春节", LocalDate.of(2026, 2, 23), LocalDate.of(2026, 2, 15)));
        List<CalendarYear.MakeUpDay> m = new ArrayList<>(y2026().makeUpDays());
        m.set(0, new CalendarYear.MakeUpDay(LocalDate.of(2027, 1, 2), "元旦"));
        List<FieldProblem> problems = problems(with(h, m));
        assertThat(problems).extracting(FieldProblem::field, FieldProblem::code).containsExactly(
                org.assertj.core.groups.Tuple.tuple("holidays[0].from", "calendar.dateOutsideYear"),
                org.assertj.core.groups.Tuple.tuple("holidays[1].to", "calendar.rangeReversed"),
                org.assertj.core.groups.Tuple.tuple("makeUpDays[0].date", "calendar.dateOutsideYear"));
    }

    @Test
    void anImplausibleWorkingDayCountIsRefused() {
        // the notice's holidays forgotten: 261 working days
        FieldProblem none = only(with(List.of(), List.of()));
        assertThat(none.code()).isEqualTo("calendar.implausibleCount");
        assertThat(none.field()).isEqualTo("holidays");
        assertThat(none.message(Locale.CHINESE)).contains("2026 年共有 261 个工作日");
        // a whole month typed as a holiday: far too few
        List<CalendarYear.Holiday> h = new ArrayList<>(y2026().holidays());
        h.add(new CalendarYear.Holiday("错误", LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30)));
        assertThat(only(with(h, y2026().makeUpDays())).message(Locale.CHINESE)).contains("227 个工作日");
    }

    @Test
    void theNoticeIsRequiredAndDatedAroundTheYear() {
        List<FieldProblem> p = problems(new CalendarYear(2026, " ", LocalDate.of(2024, 12, 1), null, y2026().holidays(),
                y2026().makeUpDays()));
        assertThat(p).extracting(FieldProblem::field).containsExactly("noticeNo", "noticeDate");
        assertThat(problems(new CalendarYear(1999, "x", NOTICE, null, List.of(), List.of())))
                .extracting(FieldProblem::code).containsExactly("calendar.yearOutOfRange");
    }

    @Test
    void aCorrectionSaysWhichDaysChanged() {
        CalendarYear before = y2026();
        List<CalendarYear.MakeUpDay> m = new ArrayList<>(before.makeUpDays());
        m.removeIf(x -> x.date().equals(LocalDate.of(2026, 2, 28)));
        CalendarYear after = with(before.holidays(), m);
        assertThat(after.changedDays(before)).containsExactly(LocalDate.of(2026, 2, 28));
    }

    @Test
    void syntheticTestYearsArePlausible() {
        for (int year = 2027; year <= 2040; year++) {
            assertThat(Calendars.synthetic(year).workingDays()).as("" + year).isBetween(242, 249);
        }
    }

    private static FieldProblem only(CalendarYear y) {
        List<FieldProblem> p = problems(y);
        assertThat(p).hasSize(1);
        return p.get(0);
    }

    private static List<FieldProblem> problems(CalendarYear y) {
        DomainException e = (DomainException) org.assertj.core.api.Assertions.catchThrowable(y::validated);
        assertThat(e).as("refused").isNotNull();
        return e.problems();
    }
}
