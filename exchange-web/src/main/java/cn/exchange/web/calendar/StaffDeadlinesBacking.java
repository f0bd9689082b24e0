package cn.exchange.web.calendar;

import cn.exchange.ejb.calendar.AwaitingView;
import cn.exchange.ejb.calendar.CalendarService;
import cn.exchange.ejb.calendar.CalendarYearView;
import cn.exchange.ejb.calendar.ReviewView;
import cn.exchange.web.shell.Pages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Staff's (and supervisors') deadlines and the working-day calendar (rule 1): the deadlines that wait for a year's
 * calendar, and those a calendar correction touched, which staff holding CALENDAR_REVIEW check, act on where the record
 * needs it, and mark reviewed with a note.
 */
@Named
@ViewScoped
public class StaffDeadlinesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    CalendarService calendar;

    private List<AwaitingView> awaiting;
    private List<ReviewView> reviews;
    private String yearsEntered;
    private final Map<Long, String> notes = new HashMap<>();

    @PostConstruct
    void load() {
        awaiting = calendar.awaiting();
        reviews = calendar.reviews();
        yearsEntered = calendar.years().stream().map(StaffDeadlinesBacking::year)
                .collect(Collectors.joining("en".equals(Pages.locale().getLanguage()) ? ", " : "、"));
    }

    public void markReviewed(ReviewView r) {
        ReviewView done = Pages.attempt("reviews", () -> calendar.markReviewed(r.id(), notes.get(r.id())));
        if (done != null) {
            Pages.info(Pages.text("deadlines.reviewedDone", done.what()));
            notes.remove(r.id());
            load();
        }
    }

    public long getOpenReviews() {
        return reviews.stream().filter(r -> r.reviewedAt() == null).count();
    }

    /** The page that shows the record a deadline belongs to, where there is one. */
    public String link(String objectType, long objectId) {
        return switch (objectType) {
            case "Deal" -> "/deal.xhtml?id=" + objectId;
            case "Lot" -> "/lot.xhtml?id=" + objectId;
            default -> null;
        };
    }

    private static String year(CalendarYearView y) {
        return y.version() == 1 ? Integer.toString(y.year()) : Pages.text("deadlines.yearVersion", y.year(), y.version());
    }

    public List<AwaitingView> getAwaiting() { return awaiting; }
    public List<ReviewView> getReviews() { return reviews; }
    public String getYearsEntered() { return yearsEntered; }
    public Map<Long, String> getNotes() { return notes; }
}
