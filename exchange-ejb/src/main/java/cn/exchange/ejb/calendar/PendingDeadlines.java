package cn.exchange.ejb.calendar;

import cn.exchange.core.calendar.Counted;
import cn.exchange.core.calendar.ExchangeTime;
import cn.exchange.core.calendar.WorkingDayCalendar;
import cn.exchange.core.calendar.YearNotEntered;
import cn.exchange.ejb.command.CommandContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Deadlines awaiting a year's calendar (rule 1: never guess, never stall). A workflow step whose deadline runs into a
 * year not entered yet goes ahead; {@link #register} records the deadline as awaiting that year, every page shows it
 * so, and {@link #resolve} computes it, in the transaction that enters the year, through the feature that owns it
 * ({@link CalendarDependent}). Each is recorded in the audit trail, awaiting and computed.
 */
@ApplicationScoped
public class PendingDeadlines {

    @PersistenceContext(unitName = "exchange")
    EntityManager em;

    @Inject
    @Any
    Instance<CalendarDependent> dependents;

    /** One awaiting deadline. */
    public record Awaiting(long id, DeadlineKind kind, long objectId, int year, OffsetDateTime recordedAt) {
    }

    /**
     * After a step counted a deadline of {@code kind} for {@code objectId}: records it as awaiting when it could not be
     * counted; when it could, an earlier awaiting record of the same deadline is closed (the step counted it anew).
     */
    public void register(CommandContext ctx, DeadlineKind kind, long objectId, Counted<?> counted) {
        if (!counted.awaiting()) {
            em.createNativeQuery("update deadline_awaiting_calendar set resolved_at = ?1, resolved_value = 'superseded'"
                            + " where kind = ?2 and object_id = ?3 and resolved_at is null").setParameter(1, ctx.nowAt())
                    .setParameter(2, kind.name()).setParameter(3, objectId).executeUpdate();
            return;
        }
        em.createNativeQuery("insert into deadline_awaiting_calendar (kind, object_id, year, recorded_at) values (?1, ?2, ?3, ?4)"
                        + " on conflict (kind, object_id) do update set year = excluded.year, recorded_at = excluded.recorded_at,"
                        + " resolved_at = null, resolved_value = null")
                .setParameter(1, kind.name()).setParameter(2, objectId).setParameter(3, counted.awaitingYear())
                .setParameter(4, ctx.nowAt()).executeUpdate();
        ctx.record(kind.objectType(), objectId, "deadline.awaitingCalendar", kind + " awaits the " + counted.awaitingYear() + " calendar");
    }

    /** The year the deadline of {@code kind} for {@code objectId} awaits, or null when it is counted. */
    public Integer awaiting(DeadlineKind kind, long objectId) {
        return awaiting(kind, List.of(objectId)).get(objectId);
    }

    /** The years the deadlines of {@code kind} for these objects await (objects with a counted deadline are absent). */
    @SuppressWarnings("unchecked")
    public Map<Long, Integer> awaiting(DeadlineKind kind, Collection<Long> objectIds) {
        Map<Long, Integer> out = new HashMap<>();
        if (objectIds.isEmpty()) {
            return out;
        }
        for (Object[] r : (List<Object[]>) em.createNativeQuery("select object_id, year from deadline_awaiting_calendar"
                        + " where kind = ?1 and resolved_at is null").setParameter(1, kind.name()).getResultList()) {
            long id = ((Number) r[0]).longValue();
            if (objectIds.contains(id)) {
                out.put(id, ((Number) r[1]).intValue());
            }
        }
        return out;
    }

    /** How many deadlines await a calendar. */
    public long count() {
        return ((Number) em.createNativeQuery("select count(*) from deadline_awaiting_calendar where resolved_at is null")
                .getSingleResult()).longValue();
    }

    /** Every deadline still awaiting a calendar, oldest first. */
    @SuppressWarnings("unchecked")
    public List<Awaiting> open() {
        List<Awaiting> out = new ArrayList<>();
        for (Object[] r : (List<Object[]>) em.createNativeQuery("select id, kind, object_id, year, recorded_at from deadline_awaiting_calendar"
                + " where resolved_at is null order by id").setMaxResults(1000).getResultList()) {
            out.add(new Awaiting(((Number) r[0]).longValue(), DeadlineKind.valueOf((String) r[1]), ((Number) r[2]).longValue(),
                    ((Number) r[3]).intValue(), ExchangeTime.toOffset(((Timestamp) r[4]).toInstant())));
        }
        return out;
    }

    /** Computes, inside the running command, every awaiting deadline whose year {@code calendar} now holds. */
    public int resolve(CommandContext ctx, WorkingDayCalendar calendar) {
        int computed = 0;
        for (Awaiting a : open()) {
            if (!calendar.years().contains(a.year())) {
                continue;
            }
            CalendarDependent owner = owner(a.kind());
            try {
                String value = owner.resolve(ctx, a.kind(), a.objectId(), calendar);
                em.createNativeQuery("update deadline_awaiting_calendar set resolved_at = ?1, resolved_value = ?2 where id = ?3")
                        .setParameter(1, ctx.nowAt()).setParameter(2, value).setParameter(3, a.id()).executeUpdate();
                ctx.record(a.kind().objectType(), a.objectId(), "deadline.computed", a.kind() + " " + value
                        + " (the " + a.year() + " calendar entered)");
                computed++;
            } catch (YearNotEntered e) {
                em.createNativeQuery("update deadline_awaiting_calendar set year = ?1 where id = ?2")
                        .setParameter(1, e.year()).setParameter(2, a.id()).executeUpdate();
                ctx.record(a.kind().objectType(), a.objectId(), "deadline.awaitingCalendar", a.kind() + " now awaits the "
                        + e.year() + " calendar");
            }
        }
        return computed;
    }

    private CalendarDependent owner(DeadlineKind kind) {
        for (CalendarDependent d : dependents) {
            if (d.kinds().contains(kind)) {
                return d;
            }
        }
        throw new IllegalStateException("no feature computes " + kind);
    }
}
