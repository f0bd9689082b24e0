package cn.exchange.web.calendar;

import cn.exchange.core.calendar.CalendarYear;
import cn.exchange.core.shared.DomainException;
import cn.exchange.core.shared.FieldProblem;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The calendar form reads a notice typed one holiday and one make-up day a line, and names each line it cannot read. */
class YearFormTest {

    static YearForm form(String holidays, String makeUps) {
        YearForm f = new YearForm();
        f.setYear(2041);
        f.setNoticeNo("测试数据（非官方）");
        f.setNoticeDate(LocalDate.of(2040, 11, 1));
        f.setHolidays(holidays);
        f.setMakeUpDays(makeUps);
        return f;
    }

    @Test
    void readsRangesSingleDaysAndMakeUpDaysInTheFormsPeopleWriteThem() {
        CalendarYear y = form("元旦 2041-01-01\n\n  春节（测试） 2041-02-10 2041-02-16 \n劳动节 2041/5/1～2041/5/5\n国庆节 2041年10月1日 至 2041年10月7日",
                "2041-02-09 春节（测试）\n春节（测试） 2041-02-23").read();
        assertThat(y.holidays()).containsExactly(
                new CalendarYear.Holiday("元旦", LocalDate.of(2041, 1, 1), LocalDate.of(2041, 1, 1)),
                new CalendarYear.Holiday("春节（测试）", LocalDate.of(2041, 2, 10), LocalDate.of(2041, 2, 16)),
                new CalendarYear.Holiday("劳动节", LocalDate.of(2041, 5, 1), LocalDate.of(2041, 5, 5)),
                new CalendarYear.Holiday("国庆节", LocalDate.of(2041, 10, 1), LocalDate.of(2041, 10, 7)));
        assertThat(y.makeUpDays()).containsExactly(new CalendarYear.MakeUpDay(LocalDate.of(2041, 2, 9), "春节（测试）"),
                new CalendarYear.MakeUpDay(LocalDate.of(2041, 2, 23), "春节（测试）"));
    }

    @Test
    void blankLinesAreDroppedSoThatEveryProblemNamesTheLineTheFormShows() {
        YearForm f = form("元旦 2041-01-01\n\n春节 2041-02-30 2041-02-16\n清明 2041-04-05 2041-04-05 2041-04-06", "\n2041-13-01 春节");
        assertThatThrownBy(f::read).isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.problems())
                .extracting(FieldProblem::field).containsExactly("holidays[1].from", "holidays[2].to", "makeUpDays[0].date"));
        assertThat(f.getHolidays()).isEqualTo("元旦 2041-01-01\n春节 2041-02-30 2041-02-16\n清明 2041-04-05 2041-04-05 2041-04-06");
        assertThat(f.getMakeUpDays()).isEqualTo("2041-13-01 春节");
    }

    @Test
    void aLineWithoutADateOrANameIsLeftToTheRulesWhichNameTheMissingField() {
        CalendarYear y = form("春节", "2041-02-09").read();
        assertThat(y.holidays().get(0).from()).isNull();
        assertThat(y.makeUpDays().get(0).name()).isNull();
        assertThatThrownBy(y::validated).isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.problems())
                .extracting(FieldProblem::field).contains("holidays[0].from", "makeUpDays[0].name"));
    }

    @Test
    void aYearIsRequired() {
        YearForm f = form("", "");
        f.setYear(null);
        assertThatThrownBy(f::read).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.problems().get(0).field()).isEqualTo("year"));
    }
}
