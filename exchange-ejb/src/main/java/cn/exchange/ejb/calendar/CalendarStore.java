package cn.exchange.ejb.calendar;

import cn.exchange.core.calendar.CalendarYear;
import cn.exchange.core.calendar.ExchangeTime;
import cn.exchange.core.calendar.WorkingDayCalendar;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The working-day calendar in force (rule 1): every entered year's latest version, read from PostgreSQL. Each call
 * first asks the database for the newest version's id (one index lookup) and re-reads the years only when it changed,
 * so a year entered through any instance of a cluster is used by every instance for its next computation, with no
 * restart and no message between instances. Inside the transaction that enters a year, that year is already in force.
 */
@ApplicationScoped
public class CalendarStore {

    @PersistenceContext(unitName = "exchange")
    EntityManager em;

    private volatile Snapshot snapshot;

    private record Snapshot(long revision, WorkingDayCalendar calendar) {
    }

    /** The calendar in force. */
    public WorkingDayCalendar current() {
        long revision = ((Number) em.createNativeQuery("select coalesce(max(id), 0) from calendar_year_version")
                .getSingleResult()).longValue();
        Snapshot s = snapshot;
        if (s != null && s.revision() == revision) {
            return s.calendar();
        }
        WorkingDayCalendar c = WorkingDayCalendar.of(latestVersions().stream().map(StoredYear::data).toList());
        snapshot = new Snapshot(revision, c);
        return c;
    }

    /** Every year's version in force, by year. */
    public List<StoredYear> latestVersions() {
        return read("where v.version = (select max(w.version) from calendar_year_version w where w.year = v.year) order by v.year", null);
    }

    /** Every version of one year, the first first. */
    public List<StoredYear> versions(int year) {
        return read("where v.year = ?1 order by v.version", year);
    }

    /** The version of {@code year} in force. */
    public Optional<StoredYear> latest(int year) {
        List<StoredYear> all = versions(year);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    /** Stores a new version of a year (validated by the caller) and returns its id. */
    long insert(CalendarYear y, int version, String changeNote, List<LocalDate> changedDays, String by, OffsetDateTime at) {
        em.createNativeQuery("insert into calendar_year_version (year, version, notice_no, notice_date, notice_url, working_days,"
                        + " change_note, changed_days, entered_by, entered_at) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)")
                .setParameter(1, y.year()).setParameter(2, version).setParameter(3, y.noticeNo())
                .setParameter(4, y.noticeDate() == null ? null : java.sql.Date.valueOf(y.noticeDate()))
                .setParameter(5, y.noticeUrl()).setParameter(6, y.workingDays()).setParameter(7, changeNote)
                .setParameter(8, changedDays.isEmpty() ? null : String.join(",", changedDays.stream().map(LocalDate::toString).toList()))
                .setParameter(9, by).setParameter(10, at).executeUpdate();
        long id = ((Number) em.createNativeQuery("select id from calendar_year_version where year = ?1 and version = ?2")
                .setParameter(1, y.year()).setParameter(2, version).getSingleResult()).longValue();
        for (int i = 0; i < y.holidays().size(); i++) {
            CalendarYear.Holiday h = y.holidays().get(i);
            em.createNativeQuery("insert into calendar_holiday (version_id, seq, name, first_day, last_day) values (?1, ?2, ?3, ?4, ?5)")
                    .setParameter(1, id).setParameter(2, i).setParameter(3, h.name()).setParameter(4, java.sql.Date.valueOf(h.from()))
                    .setParameter(5, java.sql.Date.valueOf(h.to())).executeUpdate();
        }
        for (int i = 0; i < y.makeUpDays().size(); i++) {
            CalendarYear.MakeUpDay m = y.makeUpDays().get(i);
            em.createNativeQuery("insert into calendar_make_up_day (version_id, seq, day, name) values (?1, ?2, ?3, ?4)")
                    .setParameter(1, id).setParameter(2, i).setParameter(3, java.sql.Date.valueOf(m.date())).setParameter(4, m.name())
                    .executeUpdate();
        }
        return id;
    }

    @SuppressWarnings("unchecked")
    private List<StoredYear> read(String where, Integer year) {
        var q = em.createNativeQuery("select v.id, v.year, v.version, v.notice_no, v.notice_date, v.notice_url, v.working_days,"
                + " v.change_note, v.changed_days, v.entered_by, v.entered_at from calendar_year_version v " + where);
        if (year != null) {
            q.setParameter(1, year);
        }
        List<Object[]> rows = q.getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<CalendarYear.Holiday>> holidays = new LinkedHashMap<>();
        Map<Long, List<CalendarYear.MakeUpDay>> makeUps = new LinkedHashMap<>();
        String order = where.substring(0, where.lastIndexOf(" order by "));
        var hq = em.createNativeQuery("select h.version_id, h.name, h.first_day, h.last_day from calendar_holiday h"
                + " join calendar_year_version v on v.id = h.version_id " + order + " order by h.version_id, h.seq");
        var mq = em.createNativeQuery("select m.version_id, m.day, m.name from calendar_make_up_day m"
                + " join calendar_year_version v on v.id = m.version_id " + order + " order by m.version_id, m.seq");
        if (year != null) {
            hq.setParameter(1, year);
            mq.setParameter(1, year);
        }
        for (Object[] h : (List<Object[]>) hq.getResultList()) {
            holidays.computeIfAbsent(((Number) h[0]).longValue(), k -> new ArrayList<>())
                    .add(new CalendarYear.Holiday((String) h[1], day(h[2]), day(h[3])));
        }
        for (Object[] m : (List<Object[]>) mq.getResultList()) {
            makeUps.computeIfAbsent(((Number) m[0]).longValue(), k -> new ArrayList<>())
                    .add(new CalendarYear.MakeUpDay(day(m[1]), (String) m[2]));
        }
        List<StoredYear> out = new ArrayList<>();
        for (Object[] r : rows) {
            long id = ((Number) r[0]).longValue();
            CalendarYear data = new CalendarYear(((Number) r[1]).intValue(), (String) r[3], day(r[4]), (String) r[5],
                    holidays.getOrDefault(id, List.of()), makeUps.getOrDefault(id, List.of()));
            List<LocalDate> changed = r[8] == null ? List.of() : Arrays.stream(((String) r[8]).split(",")).map(LocalDate::parse).toList();
            out.add(new StoredYear(id, ((Number) r[2]).intValue(), data, ((Number) r[6]).intValue(), (String) r[7], changed,
                    (String) r[9], ExchangeTime.toOffset(((Timestamp) r[10]).toInstant())));
        }
        return out;
    }

    private static LocalDate day(Object o) {
        return o == null ? null : o instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) o;
    }
}
