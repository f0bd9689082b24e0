package cn.exchange.ejb.calendar;

import cn.exchange.core.calendar.CalendarYear;
import cn.exchange.core.calendar.ExchangeTime;
import cn.exchange.core.calendar.WorkingDayCalendar;
import cn.exchange.core.security.Permission;
import cn.exchange.core.shared.DomainException;
import cn.exchange.core.shared.NotFoundException;
import cn.exchange.core.shared.NotPermittedException;
import cn.exchange.ejb.identity.Caller;
import cn.exchange.ejb.identity.CallerResolver;
import cn.exchange.ejb.command.CommandContext;
import cn.exchange.ejb.command.CommandExecutor;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The working-day calendar's use cases (rule 1): anyone reads the years entered; the administrator previews and enters a
 * year from the State Council's notice, or corrects one with a note (a new version, audited); entering a year computes
 * every deadline that awaited it; a correction lists the open deadlines it touches for staff, who mark each reviewed.
 */
@Stateless
public class CalendarService {

    @EJB
    CommandExecutor executor;
    @Inject
    CallerResolver callers;
    @Inject
    CalendarStore store;
    @Inject
    PendingDeadlines pending;
    @Inject
    @Any
    Instance<CalendarDependent> dependents;
    @PersistenceContext(unitName = "exchange")
    EntityManager em;

    /** Every year entered, its version in force. */
    public List<CalendarYearView> years() {
        return store.latestVersions().stream().map(s -> CalendarYearView.of(s, null, null)).toList();
    }

    /** A year's version in force. */
    public CalendarYearView year(int year) {
        return store.latest(year).map(s -> CalendarYearView.of(s, null, null))
                .orElseThrow(() -> new NotFoundException("CalendarYear", Integer.toString(year)));
    }

    /** Every version of a year, the first first. */
    public List<CalendarYearView> versions(int year) {
        List<CalendarYearView> all = store.versions(year).stream().map(s -> CalendarYearView.of(s, null, null)).toList();
        if (all.isEmpty()) {
            throw new NotFoundException("CalendarYear", Integer.toString(year));
        }
        return all;
    }

    /** The month grid of a year as entered, checked as saving would check it, and what it changes; nothing is saved. */
    public CalendarPreview preview(int year, CalendarYear entry) {
        callers.require(Permission.CALENDAR_ADMIN);
        CalendarYear y = checked(year, entry);
        Optional<StoredYear> current = store.latest(year);
        return new CalendarPreview(year, y.workingDays(), y.months(), current.map(StoredYear::version).orElse(0),
                current.map(c -> y.changedDays(c.data())).orElse(List.of()));
    }

    /**
     * Enters a year, or corrects the one in force (then {@code changeNote} says what and why): a new version, audited.
     * In the same transaction every deadline that awaited this year is computed, and a correction lists the open
     * deadlines whose counting period contains a changed day for staff to review.
     */
    public CalendarYearView enter(int year, CalendarYear entry, String changeNote) {
        return executor.execute(Permission.CALENDAR_ADMIN, ctx -> {
            CalendarYear y = checked(year, entry);
            Optional<StoredYear> current = store.latest(year);
            String note = changeNote == null || changeNote.isBlank() ? null : changeNote.strip();
            if (note != null && note.length() > 2000) {
                throw new DomainException("changeNote", "common.tooLong", 2000);
            }
            List<java.time.LocalDate> changed = List.of();
            if (current.isPresent()) {
                if (note == null) {
                    throw new DomainException("changeNote", "calendar.changeNoteRequired");
                }
                changed = y.changedDays(current.get().data());
                if (changed.isEmpty() && y.equals(current.get().data())) {
                    throw new DomainException(null, "calendar.unchanged", Integer.toString(year), current.get().version());
                }
            }
            int version = current.map(c -> c.version() + 1).orElse(1);
            long id = store.insert(y, version, note, changed, ctx.caller().username(), ctx.nowAt());
            ctx.record("CalendarYear", year, version == 1 ? "calendar.entered" : "calendar.corrected", year + " version " + version
                    + ": " + y.noticeNo() + (y.noticeDate() == null ? "" : " of " + y.noticeDate()) + ", " + y.holidays().size()
                    + " holidays, " + y.makeUpDays().size() + " make-up days, " + y.workingDays() + " working days"
                    + (changed.isEmpty() ? "" : "; changed days " + changed + "; " + note));
            WorkingDayCalendar after = store.current();
            int computed = pending.resolve(ctx, after);
            int review = changed.isEmpty() ? 0 : listForReview(ctx, id, changed, after);
            return CalendarYearView.of(store.latest(year).orElseThrow(), computed, review);
        });
    }

    /** The deadlines that await a year's calendar, for staff and the administrator. */
    public List<AwaitingView> awaiting() {
        requireReader();
        List<AwaitingView> out = new ArrayList<>();
        for (PendingDeadlines.Awaiting a : pending.open()) {
            out.add(new AwaitingView(a.kind(), a.kind().objectType(), a.objectId(), owner(a.kind()).label(a.kind(), a.objectId()),
                    a.year(), a.recordedAt()));
        }
        return out;
    }

    /** The deadlines corrections touched, the open ones first. */
    @SuppressWarnings("unchecked")
    public List<ReviewView> reviews() {
        requireReader();
        List<ReviewView> out = new ArrayList<>();
        for (Object[] r : (List<Object[]>) em.createNativeQuery("select r.id, v.year, v.version, r.object_type, r.object_id, r.what,"
                + " r.period_from, r.deadline, r.recounted, r.reviewed_by, r.reviewed_at, r.review_note from calendar_review r"
                + " join calendar_year_version v on v.id = r.version_id order by r.reviewed_at is not null, r.id desc")
                .setMaxResults(500).getResultList()) {
            out.add(review(r));
        }
        return out;
    }

    /** Staff have checked a touched deadline (and acted on its record where needed). */
    public ReviewView markReviewed(long reviewId, String note) {
        return executor.execute(Permission.CALENDAR_REVIEW, ctx -> {
            String n = note == null || note.isBlank() ? null : note.strip();
            if (n != null && n.length() > 500) {
                throw new DomainException("note", "common.tooLong", 500);
            }
            int updated = em.createNativeQuery("update calendar_review set reviewed_by = ?1, reviewed_at = ?2, review_note = ?3"
                            + " where id = ?4 and reviewed_at is null").setParameter(1, ctx.caller().username())
                    .setParameter(2, ctx.nowAt()).setParameter(3, n).setParameter(4, reviewId).executeUpdate();
            if (updated == 0) {
                throw new NotFoundException("CalendarReview", reviewId);
            }
            ctx.record("CalendarReview", reviewId, "calendar.deadlineReviewed", n == null ? "reviewed" : n);
            return reviews().stream().filter(r -> r.id() == reviewId).findFirst().orElseThrow();
        });
    }

    /**
     * The scheduler's catch-up: deadlines recorded as awaiting a year that is entered by now (a step that counted just
     * while another instance entered the year) are computed. Nothing to do is the usual case.
     */
    public int catchUp() {
        return executor.executeAsSystem(ctx -> {
            WorkingDayCalendar cal = store.current();
            boolean due = pending.open().stream().anyMatch(a -> cal.years().contains(a.year()));
            if (!due) {
                ctx.nothingToRecord();
                return 0;
            }
            int n = pending.resolve(ctx, cal);
            if (n == 0) {
                ctx.nothingToRecord();
            }
            return n;
        });
    }

    private int listForReview(CommandContext ctx, long versionId, List<LocalDate> changed, WorkingDayCalendar corrected) {
        int n = 0;
        for (CalendarDependent d : dependents) {
            for (CalendarDependent.ReviewItem item : d.touchedBy(changed, corrected, ctx.nowAt())) {
                em.createNativeQuery("insert into calendar_review (version_id, object_type, object_id, what, period_from, deadline,"
                                + " recounted) values (?1, ?2, ?3, ?4, ?5, ?6, ?7)").setParameter(1, versionId)
                        .setParameter(2, item.objectType()).setParameter(3, item.objectId())
                        .setParameter(4, item.what().length() > 300 ? item.what().substring(0, 300) : item.what())
                        .setParameter(5, java.sql.Date.valueOf(item.periodFrom())).setParameter(6, item.deadline())
                        .setParameter(7, item.recounted()).executeUpdate();
                ctx.record(item.objectType(), item.objectId(), "calendar.deadlineToReview", item.what() + ": recorded "
                        + item.deadline() + ", corrected calendar " + item.recounted());
                n++;
            }
        }
        return n;
    }

    private CalendarYear checked(int year, CalendarYear entry) {
        if (entry == null) {
            throw new DomainException(null, "common.required");
        }
        if (entry.year() != year) {
            throw new DomainException("year", "calendar.yearMismatch", Integer.toString(entry.year()), Integer.toString(year));
        }
        return entry.validated();
    }

    private void requireReader() {
        Caller c = callers.current();
        if (!c.can(Permission.PROJECT_READ_ALL) && !c.can(Permission.CALENDAR_ADMIN)) {
            throw new NotPermittedException(Permission.PROJECT_READ_ALL.name());
        }
    }

    private CalendarDependent owner(DeadlineKind kind) {
        for (CalendarDependent d : dependents) {
            if (d.kinds().contains(kind)) {
                return d;
            }
        }
        throw new IllegalStateException("no feature owns " + kind);
    }

    private static ReviewView review(Object[] r) {
        return new ReviewView(((Number) r[0]).longValue(), ((Number) r[1]).intValue(), ((Number) r[2]).intValue(), (String) r[3],
                ((Number) r[4]).longValue(), (String) r[5], ((java.sql.Date) r[6]).toLocalDate(), (String) r[7], (String) r[8],
                (String) r[9], r[10] == null ? null : ExchangeTime.toOffset(((Timestamp) r[10]).toInstant()), (String) r[11]);
    }
}
