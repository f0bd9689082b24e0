package cn.exchange.web.calendar;

import cn.exchange.core.calendar.CalendarYear;
import cn.exchange.core.shared.DomainException;
import cn.exchange.core.shared.FieldProblem;
import cn.exchange.ejb.calendar.CalendarYearView;

import java.io.Serializable;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The calendar page's entry form: a year as the administrator types it from the State Council's notice, the holidays
 * one range a line ({@code 春节 2027-02-05 2027-02-11}, one date for a single day) and the make-up working days one a
 * line ({@code 2027-02-14 春节}). {@link #read()} turns it into the year the core checks; a date that cannot be read is
 * refused with its line's field ({@code holidays[2].from}). Blank lines are dropped first, so that line numbers in
 * messages are those the form shows.
 */
public class YearForm implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuu-M-d").withResolverStyle(ResolverStyle.STRICT);

    private Integer year;
    private String noticeNo;
    private LocalDate noticeDate;
    private String noticeUrl;
    private String holidays;
    private String makeUpDays;
    private String changeNote;

    /** The year as typed, unchecked (the core checks it), or a {@link DomainException} naming each line it cannot read. */
    public CalendarYear read() {
        if (year == null) {
            throw new DomainException("year", "common.required");
        }
        holidays = tidy(holidays);
        makeUpDays = tidy(makeUpDays);
        List<FieldProblem> problems = new ArrayList<>();
        List<CalendarYear.Holiday> hs = new ArrayList<>();
        List<String> lines = lines(holidays);
        for (int i = 0; i < lines.size(); i++) {
            String f = "holidays[" + i + "]";
            List<String> words = words(lines.get(i));
            List<String> dates = words.stream().filter(YearForm::dateLike).toList();
            String name = words.stream().filter(w -> !dateLike(w)).collect(Collectors.joining(" "));
            LocalDate from = dates.isEmpty() ? null : date(problems, f + ".from", dates.get(0));
            LocalDate to = dates.size() < 2 ? from : date(problems, f + ".to", dates.get(1));
            if (dates.size() > 2) {
                problems.add(FieldProblem.of(f + ".to", "calendar.badDate", String.join(" ", dates.subList(1, dates.size()))));
            }
            hs.add(new CalendarYear.Holiday(name.isEmpty() ? null : name, from, to));
        }
        List<CalendarYear.MakeUpDay> ms = new ArrayList<>();
        lines = lines(makeUpDays);
        for (int i = 0; i < lines.size(); i++) {
            List<String> words = words(lines.get(i));
            String day = words.stream().filter(YearForm::dateLike).findFirst().orElse(null);
            String name = words.stream().filter(w -> !w.equals(day)).collect(Collectors.joining(" "));
            ms.add(new CalendarYear.MakeUpDay(day == null ? null : date(problems, "makeUpDays[" + i + "].date", day),
                    name.isEmpty() ? null : name));
        }
        if (!problems.isEmpty()) {
            throw new DomainException(problems);
        }
        return new CalendarYear(year, noticeNo, noticeDate, noticeUrl, hs, ms);
    }

    /** Fills the form with a stored version, to correct it. */
    public void load(CalendarYearView v) {
        year = v.year();
        noticeNo = v.noticeNo();
        noticeDate = v.noticeDate();
        noticeUrl = v.noticeUrl();
        holidays = v.holidays().stream().map(h -> h.name() + " " + h.from() + (h.to().equals(h.from()) ? "" : " " + h.to()))
                .collect(Collectors.joining("\n"));
        makeUpDays = v.makeUpDays().stream().map(m -> m.date() + " " + m.name()).collect(Collectors.joining("\n"));
        changeNote = null;
    }

    public void clear() {
        year = null;
        noticeNo = null;
        noticeDate = null;
        noticeUrl = null;
        holidays = null;
        makeUpDays = null;
        changeNote = null;
    }

    private static String tidy(String text) {
        String t = String.join("\n", lines(text));
        return t.isEmpty() ? null : t;
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    /** The words of a line; a range may also be written with ～, ~ or 至 between its dates. */
    private static List<String> words(String line) {
        return Arrays.asList(line.replaceAll("[～~至,，、]", " ").strip().split("\\s+"));
    }

    /** 2027-02-05, 2027/2/5, 2027.2.5 or 2027年2月5日. */
    private static boolean dateLike(String word) {
        return word.matches("\\d{4}\\D.*");
    }

    private static LocalDate date(List<FieldProblem> problems, String field, String word) {
        try {
            return LocalDate.parse(word.replaceAll("[年月/.]", "-").replace("日", ""), DAY);
        } catch (DateTimeException e) {
            problems.add(FieldProblem.of(field, "calendar.badDate", word.length() > 40 ? word.substring(0, 40) + "…" : word));
            return null;
        }
    }

    public Integer getYear() { return year; }
    public void setYear(Integer year) { this.year = year; }
    public String getNoticeNo() { return noticeNo; }
    public void setNoticeNo(String noticeNo) { this.noticeNo = noticeNo; }
    public LocalDate getNoticeDate() { return noticeDate; }
    public void setNoticeDate(LocalDate noticeDate) { this.noticeDate = noticeDate; }
    public String getNoticeUrl() { return noticeUrl; }
    public void setNoticeUrl(String noticeUrl) { this.noticeUrl = noticeUrl; }
    public String getHolidays() { return holidays; }
    public void setHolidays(String holidays) { this.holidays = holidays; }
    public String getMakeUpDays() { return makeUpDays; }
    public void setMakeUpDays(String makeUpDays) { this.makeUpDays = makeUpDays; }
    public String getChangeNote() { return changeNote; }
    public void setChangeNote(String changeNote) { this.changeNote = changeNote; }
}
