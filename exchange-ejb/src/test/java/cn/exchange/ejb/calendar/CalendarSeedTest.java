package cn.exchange.ejb.calendar;

import cn.exchange.core.calendar.CalendarYear;
import cn.exchange.core.calendar.Calendars;
import cn.exchange.core.calendar.WorkingDayCalendar;
import cn.exchange.ejb.persistence.TestPersistenceUnit;
import cn.exchange.ejb.persistence.TestSchema;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Rule 1 in the database: the Flyway seed holds 2024–2026 exactly as the official fixture (which core's tests check
 * day by day against tyme4j), a version is never changed or removed, and the store reads a newly entered year at once.
 */
@ExtendWith(TestSchema.class)
class CalendarSeedTest {

    static DataSource ds;
    static EntityManagerFactory emf;

    @BeforeAll
    static void start(DataSource migrated) {
        ds = migrated;
        emf = TestPersistenceUnit.create(ds);
    }

    @AfterAll
    static void stop() {
        emf.close();
    }

    @Test
    void theSeedIsTheOfficialCalendarOf2024To2026() {
        EntityManager em = emf.createEntityManager();
        try {
            CalendarStore store = store(em);
            List<StoredYear> seeded = store.latestVersions().stream().filter(y -> y.year() <= 2026).toList();
            assertThat(seeded).extracting(StoredYear::year).containsExactly(2024, 2025, 2026);
            for (int i = 0; i < 3; i++) {
                CalendarYear official = Calendars.officialYears().get(i);
                CalendarYear stored = seeded.get(i).data();
                assertThat(stored.holidays()).as("%d holidays", official.year()).isEqualTo(official.holidays());
                assertThat(stored.makeUpDays()).as("%d make-up days", official.year()).isEqualTo(official.makeUpDays());
                assertThat(stored.noticeUrl()).isEqualTo(official.noticeUrl());
                assertThat(seeded.get(i).workingDays()).isEqualTo(official.workingDays());
            }
            assertThat(seeded.get(1).data().noticeNo()).isEqualTo("国办发明电〔2024〕12号");
            assertThat(seeded.get(2).data().noticeDate()).isEqualTo(LocalDate.of(2025, 11, 4));
            WorkingDayCalendar cal = store.current();
            for (LocalDate d = LocalDate.of(2024, 1, 1); d.getYear() <= 2026; d = d.plusDays(1)) {
                assertThat(cal.isWorkingDay(d)).as(d.toString()).isEqualTo(Calendars.official().isWorkingDay(d));
            }
        } finally {
            em.close();
        }
    }

    @Test
    void aVersionIsNeverChangedOrRemoved() throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate("update calendar_year_version set working_days = 250 where year = 2026"))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> s.executeUpdate("delete from calendar_holiday where name = '春节'"))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> s.executeUpdate("update calendar_make_up_day set day = day + 1"))
                    .hasMessageContaining("append-only");
        }
    }

    @Test
    void aYearEnteredIsReadAtOnce() {
        EntityManager em = emf.createEntityManager();
        try {
            CalendarStore store = store(em);
            assertThat(store.current().years()).doesNotContain(2039);
            em.getTransaction().begin();
            store.insert(Calendars.synthetic(2039), 1, null, List.of(), "tester", OffsetDateTime.parse("2038-11-02T10:00+08:00"));
            em.getTransaction().commit();
            assertThat(store.current().years()).contains(2039);
            assertThat(store.current().isWorkingDay(LocalDate.of(2039, 10, 3))).isFalse();
            assertThat(store.versions(2039)).singleElement().satisfies(v -> {
                assertThat(v.enteredBy()).isEqualTo("tester");
                assertThat(v.data()).isEqualTo(Calendars.synthetic(2039));
            });
        } finally {
            em.close();
        }
    }

    private static CalendarStore store(EntityManager em) {
        CalendarStore store = new CalendarStore();
        store.em = em;
        return store;
    }
}
