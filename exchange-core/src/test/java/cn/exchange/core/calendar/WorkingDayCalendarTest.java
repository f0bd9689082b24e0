package cn.exchange.core.calendar;

import cn.exchange.core.shared.DomainException;
import com.tyme.holiday.LegalHoliday;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Rule 1 and docs/rules.md §5: the working-day vectors, the yearly totals, and an independent cross-check. */
class WorkingDayCalendarTest {

    final WorkingDayCalendar cal = Calendars.official();

    @ParameterizedTest(name = "{0} + {1} WD ends {2}")
    @CsvSource({
            "2025-09-22, 20, 2025-10-23",
            "2025-09-29, 20, 2025-10-31",
            "2026-02-02, 20, 2026-03-05",
            "2026-09-14, 20, 2026-10-15",
            "2026-04-30, 5, 2026-05-09",
            "2025-12-29, 5, 2026-01-05",
            // the start day counts only when it is a working day: a Saturday start begins on Monday
            "2026-11-21, 1, 2026-11-23",
            "2026-11-23, 1, 2026-11-23",
    })
    void domainVectors(LocalDate start, int wd, LocalDate end) {
        assertThat(cal.addWorkingDays(start, wd)).isEqualTo(end);
    }

    @Test
    void aMakeUpSaturdayIsAWorkingDayAndAWeekdayHolidayIsNot() {
        assertThat(cal.isWorkingDay(LocalDate.of(2026, 5, 9))).isTrue();   // Saturday, 调休上班
        assertThat(cal.isWorkingDay(LocalDate.of(2026, 10, 1))).isFalse();  // Thursday, 国庆
        assertThat(cal.isWorkingDay(LocalDate.of(2026, 11, 23))).isTrue();  // ordinary Monday
        assertThat(cal.isWorkingDay(LocalDate.of(2026, 11, 22))).isFalse(); // ordinary Sunday
    }

    @ParameterizedTest
    @CsvSource({"2025, 248", "2026, 248"})
    void eachYearHas248WorkingDays(int year, int expected) {
        assertThat(cal.workingDaysBetween(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))).isEqualTo(expected);
    }

    @Test
    void agreesWithTyme4jOnEveryDayOf2025And2026() {
        List<String> differences = new ArrayList<>();
        for (LocalDate d = LocalDate.of(2025, 1, 1); d.getYear() <= 2026; d = d.plusDays(1)) {
            LegalHoliday h = LegalHoliday.fromYmd(d.getYear(), d.getMonthValue(), d.getDayOfMonth());
            boolean theirs = h != null ? h.isWork()
                    : d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY;
            if (theirs != cal.isWorkingDay(d)) {
                differences.add(d + " tyme4j=" + theirs);
            }
        }
        assertThat(differences).isEmpty();
    }

    @Test
    void aYearNotEnteredIsAClearErrorNamingTheYearNotAGuess() {
        assertThat(cal.years()).containsExactly(2024, 2025, 2026);
        assertThatThrownBy(() -> cal.isWorkingDay(LocalDate.of(2027, 1, 4)))
                .isInstanceOfSatisfying(YearNotEntered.class, e -> {
                    assertThat(e.year()).isEqualTo(2027);
                    assertThat(e.code()).isEqualTo("calendar.yearNotEntered");
                    assertThat(e.message(java.util.Locale.CHINESE)).contains("2027 年").contains(YearNotEntered.PAGE);
                    assertThat(e.message(java.util.Locale.ENGLISH)).contains("2027").doesNotContain("2,027");
                });
        // a period that would run into 2027 is refused as well, and so is a count that must look past the year's end
        assertThatThrownBy(() -> cal.addWorkingDays(LocalDate.of(2026, 12, 21), 20)).isInstanceOf(YearNotEntered.class);
        assertThatThrownBy(() -> cal.nextWorkingDay(LocalDate.of(2027, 1, 1))).isInstanceOf(YearNotEntered.class);
        assertThat(cal.firstMissingYearFrom(2024)).isEqualTo(2027);
    }

    @Test
    void aYearEnteredLaterIsCountedAndTheOthersStayAsTheyWere() {
        WorkingDayCalendar more = cal.with(Calendars.synthetic(2027));
        assertThat(more.years()).containsExactly(2024, 2025, 2026, 2027);
        // 2026-12-21 (Mon) + 20 WD: 9 days in 2026 (21–25, 28–31), then 2027 from Mon 4 January (1 January a test holiday)
        assertThat(more.addWorkingDays(LocalDate.of(2026, 12, 21), 20)).isEqualTo(LocalDate.of(2027, 1, 18));
        assertThat(cal.years()).containsExactly(2024, 2025, 2026);
    }

    @Test
    void theNthLastWorkingDayOfAYearIsTheLastDayAPeriodOfNCanStartOn() {
        // rule 1: from 2026-12-04 17:00 a 20-WD announcement no longer ends in 2026
        assertThat(cal.nthLastWorkingDay(2026, 20)).isEqualTo(LocalDate.of(2026, 12, 4));
        assertThat(cal.addWorkingDays(LocalDate.of(2026, 12, 4), 20)).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(cal.nthLastWorkingDay(2026, 1)).isEqualTo(LocalDate.of(2026, 12, 31));
    }

    @Test
    void theFixtureRefusesDaysOutsideItsDeclaredYearsAndDuplicates() {
        assertThatThrownBy(() -> Calendars.parse(stream("year 2026\n2027-01-01 off 元旦\n")))
                .hasMessageContaining("undeclared year");
        assertThatThrownBy(() -> Calendars.parse(stream("year 2026\n2026-01-01 off 元旦\n2026-01-01 work 元旦\n")))
                .hasMessageContaining("listed twice");
    }

    @Test
    void theFixtureGroupsConsecutiveDaysOffIntoTheNoticesRanges() {
        CalendarYear y2026 = Calendars.officialYears().get(2);
        assertThat(y2026.holidays()).contains(new CalendarYear.Holiday("春节", LocalDate.of(2026, 2, 15), LocalDate.of(2026, 2, 23)));
        assertThat(y2026.makeUpDays()).contains(new CalendarYear.MakeUpDay(LocalDate.of(2026, 2, 14), "春节"),
                new CalendarYear.MakeUpDay(LocalDate.of(2026, 2, 28), "春节"));
        // every official year is a valid entry as the administrator would type it
        Calendars.officialYears().forEach(y -> new CalendarYear(y.year(), y.noticeNo(), LocalDate.of(y.year() - 1, 11, 1), y.noticeUrl(),
                y.holidays(), y.makeUpDays()).validated());
    }

    private static ByteArrayInputStream stream(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }
}
