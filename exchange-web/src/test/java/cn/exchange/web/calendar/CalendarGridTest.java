package cn.exchange.web.calendar;

import cn.exchange.core.calendar.CalendarYear;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The month grid starts each month under its weekday, and marks holidays, make-up days and changed days. */
class CalendarGridTest {

    static final CalendarYear YEAR = new CalendarYear(2041, "测试数据（非官方）", LocalDate.of(2040, 11, 1), null,
            List.of(new CalendarYear.Holiday("春节（测试）", LocalDate.of(2041, 2, 10), LocalDate.of(2041, 2, 16))),
            List.of(new CalendarYear.MakeUpDay(LocalDate.of(2041, 2, 9), "春节（测试）")));

    @Test
    void eachMonthStartsUnderItsWeekdayAndCountsItsWorkingDays() {
        CalendarGrid g = CalendarGrid.of(2041, YEAR.workingDays(), YEAR.months(), List.of(), "changed", Locale.SIMPLIFIED_CHINESE);
        assertThat(g.weekdays()).containsExactly("一", "二", "三", "四", "五", "六", "日");
        assertThat(g.months()).hasSize(12);
        // 1 January 2041 is a Tuesday: one blank under Monday
        assertThat(g.months().get(0).cells().get(0).day()).isNull();
        assertThat(g.months().get(0).cells().get(1).day()).isEqualTo(1);
        assertThat(g.months().get(0).name()).isEqualTo("1月");
        assertThat(g.months().stream().mapToInt(CalendarGrid.Month::workingDays).sum()).isEqualTo(g.workingDays());
        assertThat(g.changes()).isFalse();
    }

    @Test
    void holidaysAndMakeUpDaysAreNamedAndChangedDaysMarked() {
        CalendarGrid g = CalendarGrid.of(2041, YEAR.workingDays(), YEAR.months(), List.of(LocalDate.of(2041, 2, 9)), "changed",
                Locale.ENGLISH);
        List<CalendarGrid.Cell> feb = g.months().get(1).cells().stream().filter(c -> c.day() != null).toList();
        assertThat(feb.get(8).styleClass()).contains("ex-day-work", "ex-day-makeup", "ex-day-changed");
        assertThat(feb.get(8).title()).isEqualTo("2041-02-09 春节（测试） · changed");
        assertThat(feb.get(11).styleClass()).contains("ex-day-off", "ex-day-holiday").doesNotContain("changed");
        assertThat(feb.get(16).styleClass()).isEqualTo("ex-day ex-day-off");
        assertThat(g.weekdays().get(0)).isEqualTo("Mo");
        assertThat(g.changes()).isTrue();
    }
}
