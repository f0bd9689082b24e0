package cn.exchange.web.calendar;

import cn.exchange.core.calendar.CalendarYear;
import cn.exchange.ejb.calendar.CalendarPreview;
import cn.exchange.ejb.calendar.CalendarService;
import cn.exchange.ejb.calendar.CalendarYearView;
import cn.exchange.web.shell.Pages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The administrator's working-day calendar page (rule 1): the years entered and their versions; a year entered from
 * the State Council's notice, or a year in force loaded and corrected with a note. A year is saved only as its preview
 * showed it (the month grid with its working days, and the days a correction changes).
 */
@Named
@ViewScoped
public class CalendarAdminBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    CalendarService calendar;

    private List<CalendarYearView> years;
    private final YearForm entry = new YearForm();
    private CalendarYear previewed;
    private CalendarPreview facts;
    private CalendarGrid preview;
    private CalendarYearView saved;
    private List<CalendarYearView> versions;
    private CalendarGrid shownGrid;

    /** A year as read from the form, and its preview. */
    private record Checked(CalendarYear entry, CalendarPreview preview) {
    }

    @PostConstruct
    void load() {
        years = calendar.years();
    }

    public void preview() {
        saved = null;
        Checked c = Pages.attemptLines("entry", () -> {
            CalendarYear y = entry.read();
            return new Checked(y, calendar.preview(y.year(), y));
        });
        previewed = c == null ? null : c.entry();
        facts = c == null ? null : c.preview();
        preview = c == null ? null : CalendarGrid.of(facts.year(), facts.workingDays(), facts.months(), facts.changedDays(),
                Pages.text("calendar.changed"), Pages.locale());
    }

    /** Saves the year exactly as previewed; an entry changed since its preview is previewed again instead. */
    public void save() {
        CalendarYear y = Pages.attemptLines("entry", entry::read);
        if (y == null) {
            return;
        }
        if (!y.equals(previewed)) {
            preview();
            if (preview != null) {
                Pages.info(Pages.text("calendar.previewFirst"));
            }
            return;
        }
        CalendarYearView v = Pages.attemptLines("entry", () -> calendar.enter(y.year(), y, entry.getChangeNote()));
        if (v == null) {
            return;
        }
        saved = v;
        Pages.info(Pages.text("calendar.saved", Integer.toString(v.year()), v.version(), v.workingDays()));
        entry.clear();
        previewed = null;
        facts = null;
        preview = null;
        load();
        showVersions(v.year());
    }

    /** Starts a correction from the version in force of the year typed. */
    public void loadCurrent() {
        Integer year = entry.getYear();
        CalendarYearView v = year == null ? null : years.stream().filter(y -> y.year() == year).findFirst().orElse(null);
        if (v == null) {
            Pages.error(Pages.text("calendar.notEntered", year == null ? "" : Integer.toString(year)));
            return;
        }
        correct(v);
    }

    /** Starts a correction of a year in force. */
    public void correct(CalendarYearView v) {
        entry.load(v);
        previewed = null;
        facts = null;
        preview = null;
        saved = null;
        versions = null;
        Pages.info(Pages.text("calendar.loaded", Integer.toString(v.year()), v.version()));
    }

    public void showVersions(int year) {
        versions = Pages.attempt(null, () -> calendar.versions(year));
        CalendarYearView current = versions == null ? null : versions.get(versions.size() - 1);
        shownGrid = current == null ? null : CalendarGrid.of(year, current.workingDays(), current.months(), current.changedDays(),
                Pages.text("calendar.changed"), Pages.locale());
    }

    /** Whether the year typed is entered already: saving it is a correction, which needs a note. */
    public boolean isCorrection() {
        Integer year = entry.getYear();
        return year != null && years.stream().anyMatch(y -> y.year() == year);
    }

    /** The days a correction changed, as a list to read. */
    public String days(List<LocalDate> days) {
        return days == null ? "" : days.stream().map(LocalDate::toString)
                .collect(Collectors.joining("en".equals(Pages.locale().getLanguage()) ? ", " : "、"));
    }

    public List<CalendarYearView> getYears() { return years; }
    public YearForm getEntry() { return entry; }
    public CalendarPreview getFacts() { return facts; }
    public CalendarGrid getPreview() { return preview; }
    public CalendarYearView getSaved() { return saved; }
    public List<CalendarYearView> getVersions() { return versions; }
    public CalendarGrid getShownGrid() { return shownGrid; }
}
