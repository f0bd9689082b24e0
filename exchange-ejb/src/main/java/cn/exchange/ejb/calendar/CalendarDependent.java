package cn.exchange.ejb.calendar;

import cn.exchange.core.calendar.WorkingDayCalendar;
import cn.exchange.core.calendar.YearNotEntered;
import cn.exchange.ejb.command.CommandContext;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * A feature whose deadlines are counted on the working-day calendar (listing, qualification, settlement). When a year
 * is entered, it computes the deadlines that awaited it; when a year is corrected, it lists its open deadlines whose
 * counting period contains a changed day, so that staff review them (they are never moved silently).
 */
public interface CalendarDependent {

    /** The awaiting deadlines this feature computes. */
    Set<DeadlineKind> kinds();

    /**
     * Computes the awaiting deadline {@code kind} of {@code objectId} on {@code calendar} and stores it on its record,
     * inside the running command. Returns the value as recorded (for the audit trail).
     *
     * @throws YearNotEntered when it reaches yet another year not entered (it then keeps waiting, for that year)
     */
    String resolve(CommandContext ctx, DeadlineKind kind, long objectId, WorkingDayCalendar calendar);

    /** What an awaiting deadline of this feature is, in Chinese, for staff's list (e.g. "合同签署期限：DH-…-1 东湖商贸大厦"). */
    String label(DeadlineKind kind, long objectId);

    /** Its open deadlines whose counting period contains one of {@code changedDays}, recounted on {@code corrected}. */
    List<ReviewItem> touchedBy(Collection<LocalDate> changedDays, WorkingDayCalendar corrected, OffsetDateTime now);

    /**
     * One deadline a correction touched.
     *
     * @param what       what the deadline is, in Chinese, e.g. "公告期截止：DH-CQ-2026-0012-1 东湖商贸大厦"
     * @param periodFrom the first day of its counting period
     * @param deadline   the deadline as recorded
     * @param recounted  the same period counted on the corrected calendar (or "待 2028 年日历")
     */
    record ReviewItem(String objectType, long objectId, String what, LocalDate periodFrom, String deadline, String recounted) {
    }

    /** Whether a period from {@code from} to {@code to} (both included) contains one of the days. */
    static boolean touches(Collection<LocalDate> days, LocalDate from, LocalDate to) {
        return from != null && to != null && days.stream().anyMatch(d -> !d.isBefore(from) && !d.isAfter(to));
    }
}
