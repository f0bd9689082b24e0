-- Rule 1: the working-day calendar as data the exchange keeps. Each year is entered from the State Council General
-- Office's notice by the administrator (/admin/calendar.xhtml, POST /api/calendar/years/{year}); a correction is a
-- new version of the year, never an update. The version in force is the year's highest. 2024-2026 are seeded below.

create table calendar_year_version (
    id            bigserial     primary key,
    year          int           not null check (year between 2000 and 2100),
    version       int           not null check (version >= 1),
    notice_no     varchar(100)  not null,
    notice_date   date,          -- required when entered; unknown for some seeded years
    notice_url    varchar(500),
    working_days  int           not null check (working_days between 240 and 255),
    change_note   varchar(2000),  -- what a correction changes, and why
    changed_days  varchar(4000),  -- the days whose status a correction changed, e.g. 2027-02-06,2027-02-13
    entered_by    varchar(100)  not null,
    entered_at    timestamptz   not null,
    unique (year, version)
);

create table calendar_holiday (
    version_id  bigint       not null references calendar_year_version (id),
    seq         int          not null,
    name        varchar(30)  not null,
    first_day   date         not null,
    last_day    date         not null check (last_day >= first_day),
    primary key (version_id, seq)
);

create table calendar_make_up_day (
    version_id  bigint       not null references calendar_year_version (id),
    seq         int          not null,
    day         date         not null,
    name        varchar(30)  not null,
    primary key (version_id, seq)
);

create function calendar_immutable() returns trigger language plpgsql as $$
begin
    raise exception 'the working-day calendar is append-only (a correction is a new version): % on % refused', tg_op, tg_table_name
        using errcode = 'insufficient_privilege';
end $$;
create trigger calendar_year_version_no_update before update or delete on calendar_year_version
    for each row execute function calendar_immutable();
create trigger calendar_holiday_no_update before update or delete on calendar_holiday
    for each row execute function calendar_immutable();
create trigger calendar_make_up_day_no_update before update or delete on calendar_make_up_day
    for each row execute function calendar_immutable();

-- A deadline whose working days run into a year not entered yet: the step that needed it happened, the deadline is
-- shown as awaiting that year's calendar, and it is computed when the year is entered (CalendarService).
create table deadline_awaiting_calendar (
    id              bigserial    primary key,
    kind            varchar(30)  not null,   -- PendingDeadline.Kind: DEAL_SIGNING, RESULT_NOTICE, FIRST_PAYMENT, REFUND, TRANSFEROR_REPLY
    object_id       bigint       not null,
    year            int          not null,   -- the year whose calendar it waits for
    recorded_at     timestamptz  not null,
    resolved_at     timestamptz,
    resolved_value  varchar(60),
    unique (kind, object_id)
);
create index deadline_awaiting_open on deadline_awaiting_calendar (year) where resolved_at is null;

-- Deadlines computed under a version a correction changed: listed for staff to review, never moved silently.
create table calendar_review (
    id            bigserial     primary key,
    version_id    bigint        not null references calendar_year_version (id),
    object_type   varchar(30)   not null,   -- Lot, Application, Deal, Notice, Disbursement
    object_id     bigint        not null,
    what          varchar(300)  not null,   -- e.g. 公告期截止 (lot 12, 东湖商贸大厦整栋)
    period_from   date          not null,
    deadline      varchar(40)   not null,   -- as computed and recorded
    recounted     varchar(40),              -- the same period counted under the corrected version
    reviewed_by   varchar(100),
    reviewed_at   timestamptz,
    review_note   varchar(500)
);
create index calendar_review_open on calendar_review (id) where reviewed_at is null;

-- deadlines that may await a year's calendar
alter table deal alter column sign_deadline drop not null;
alter table disbursement alter column due_on drop not null;

-- a notice stays as published, except that a period end that awaited its year's calendar is filled in, once
create or replace function notice_immutable() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' and old.ends_at is null and new.ends_at is not null
            and (old.id, old.project_id, old.lot_id, old.kind, old.published_at, old.title, old.body)
              = (new.id, new.project_id, new.lot_id, new.kind, new.published_at, new.title, new.body) then
        return new;
    end if;
    raise exception 'notices are immutable (%.%)', tg_table_name, tg_op;
end $$;

-- 2024-2026 as the exchange shipped them: the State Council's notices as collected by NateScarlet/holiday-cn (MIT).
-- The notice numbers of 2024 and 2026 and the dates of 2024 and 2025 were not in those sources; the notice's title
-- stands in for the number. entered_at is when this database was set up.
insert into calendar_year_version (year, version, notice_no, notice_date, notice_url, working_days, change_note, entered_by, entered_at)
    values (2024, 1, '国务院办公厅关于2024年部分节假日安排的通知', null, 'https://www.gov.cn/zhengce/zhengceku/202310/content_6911528.htm', 251, '随系统发布的数据（国务院办公厅通知，经 NateScarlet/holiday-cn 整理，MIT 许可）', 'migration', now());
insert into calendar_holiday (version_id, seq, name, first_day, last_day) select id, 0, '元旦', date '2024-01-01', date '2024-01-01' from calendar_year_version where year = 2024 and version = 1;
insert into calendar_holiday (version_id, seq, name, first_day, last_day) select id, 1, '春节', date '2024-02-10', date '2024-02-17' from calendar_year_version where year = 2024 and version = 1;
insert into calendar_holiday (version_id, seq, name, first_day, last_day) select id, 2, '清明节', date '2024-04-04', date '2024-04-06' from calendar_year_version where year = 2024 and version = 1;
insert into calendar_holiday (version_id, seq, name, first_day, last_day) select id, 3, '劳动节', date '2024-05-01', date '2024-05-05' from calendar_year_version where year = 2024 and version = 1;
insert into calendar_holiday (version_id, seq, name, first_day, last_day) select id, 4, '端午节', date '2024-06-10', date '2024-06-10' from calendar_year_version where year = 2024 and version = 1;
insert into calendar_holiday (version_id, seq, name, first_day, last_day) select id, 5, '中秋节', date '2024-09-15', date '2024-09-17' from calendar_year_version where year = 2024 and version = 1;
insert into calendar_holiday (version_id, seq, name, first_day, last_day) select id, 6, '国庆节', date '2024-10-01', date '2024-10-07' from calendar_year_version where year = 2024 and version = 1;
insert into calendar_make_up_day (version_id, seq, day, name) select id, 0, date '2024-02-04', '春节' from calendar_year_version where year = 2024 and version = 1;
insert into calendar_make_up_day (version_id, seq, day, name) select id, 1, date '2024-02-18', '春节' from calendar_year_version where year = 2024 and version = 1;
insert into calendar_make_up_day (version_id, seq, day, name) select id, 2, date '2024-04-07', '清明节' from calendar_year_version where year = 2024 and version = 1;
insert into calendar_make_up_day (version_id, seq, day, name) select id, 3, date '2024-04-28', '劳动节' from calendar_year_version where year = 2024 and version = 1;
insert into calendar_make_up_day (version_id, seq, day, name) select id, 4, date '2024-05-11', '劳动节' from calendar_year_version where year = 2024 and version = 1;
insert into calendar_make_up_day (version_id, seq, day, name) select id, 5, date '2024-09-14', '中秋节' from calendar_year_version where year = 2024 and version = 1;
insert into calendar_make_up_day (version_id, seq, day, name) select id, 6, date '2024-09-29', '国庆节' from calendar_year_version where year = 2024 and version = 1;
insert into calendar_make_up_day (version_id, seq, day, name) select id, 7, date '2024-10-12', '国庆节' from calendar_year_version where year = 2024 and version = 1;
insert into calendar_year_version (year, version, notice_no, notice_date, notice_url, working_days, change_note, entered_by, entered_at)
    values (2025, 1, '国办发明电〔2024〕12号', null, 'https://www.gov.cn/zhengce/zhengceku/202411/content_6986383.htm', 248, '随系统发布的数据（国务院办公厅通知，经 NateScarlet/holiday-cn 整理，MIT 许可）', 'migration', now());
insert into calendar_holiday (version_id, seq, name, first_day, last_day) select id, 0, '元旦', date '2025-01-01', date '2025-01-01' from calendar_year_version where year = 2025 and version = 1;
insert into calendar_holiday (version_id, seq, name, first_day, last_day) select id, 1, '春节', date '2025-01-28', date '2025-02-04' from calendar_year_version where year = 2025 and version = 1;
insert into calendar_holiday (version_id, seq, name, first_day, last_day) select id, 2, '清明节', date '2025-04-04', date '2025-04-06' from calendar_year_version where year = 2025 and version = 1;
insert into calendar_holiday (version_id, seq, name, first_day, last_day) select id, 3, '劳动节', date '2025-05-01', date '2025-05-05' from calendar_year_version where year = 2025 and version = 1;
insert into calendar_holiday (version_id, seq, name, first_day, last_day) select id, 4, '端午节', date '2025-05-31', date '2025-06-02' from calendar_year_version where year = 2025 and version = 1;
insert into calendar_holiday (version_id, seq, name, first_day, last_day) select id, 5, '国庆节、中秋节', date '2025-10-01', date '2025-10-08' from calendar_year_version where year = 2025 and version = 1;
insert into calendar_make_up_day (version_id, seq, day, name) select id, 0, date '2025-01-26', '春节' from calendar_year_version where year = 2025 and version = 1;
insert into calendar_make_up_day (version_id, seq, day, name) select id, 1, date '2025-02-08', '春节' from calendar_year_version where year = 2025 and version = 1;
insert into calendar_make_up_day (version_id, seq, day, name) select id, 2, date '2025-04-27', '劳动节' from calendar_year_version where year = 2025 and version = 1;
insert into calendar_make_up_day (version_id, seq, day, name) select id, 3, date '2025-09-28', '国庆节、中秋节' from calendar_year_version where year = 2025 and version = 1;
insert into calendar_make_up_day (version_id, seq, day, name) select id, 4, date '2025-10-11', '国庆节、中秋节' from calendar_year_version where year = 2025 and version = 1;
insert into calendar_year_version (year, version, notice_no, notice_date, notice_url, working_days, change_note, entered_by, entered_at)
    values (2026, 1, '国务院办公厅关于2026年部分节假日安排的通知', date '2025-11-04', 'https://www.gov.cn/zhengce/zhengceku/202511/content_7047091.htm', 248, '随系统发布的数据（国务院办公厅通知，经 NateScarlet/holiday-cn 整理，MIT 许可）', 'migration', now());
insert into calendar_holiday (version_id, seq, name, first_day, last_day) select id, 0, '元旦', date '2026-01-01', date '2026-01-03' from calendar_year_version where year = 2026 and version = 1;
insert into calendar_holiday (version_id, seq, name, first_day, last_day) select id, 1, '春节', date '2026-02-15', date '2026-02-23' from calendar_year_version where year = 2026 and version = 1;
insert into calendar_holiday (version_id, seq, name, first_day, last_day) select id, 2, '清明节', date '2026-04-04', date '2026-04-06' from calendar_year_version where year = 2026 and version = 1;
insert into calendar_holiday (version_id, seq, name, first_day, last_day) select id, 3, '劳动节', date '2026-05-01', date '2026-05-05' from calendar_year_version where year = 2026 and version = 1;
insert into calendar_holiday (version_id, seq, name, first_day, last_day) select id, 4, '端午节', date '2026-06-19', date '2026-06-21' from calendar_year_version where year = 2026 and version = 1;
insert into calendar_holiday (version_id, seq, name, first_day, last_day) select id, 5, '中秋节', date '2026-09-25', date '2026-09-27' from calendar_year_version where year = 2026 and version = 1;
insert into calendar_holiday (version_id, seq, name, first_day, last_day) select id, 6, '国庆节', date '2026-10-01', date '2026-10-07' from calendar_year_version where year = 2026 and version = 1;
insert into calendar_make_up_day (version_id, seq, day, name) select id, 0, date '2026-01-04', '元旦' from calendar_year_version where year = 2026 and version = 1;
insert into calendar_make_up_day (version_id, seq, day, name) select id, 1, date '2026-02-14', '春节' from calendar_year_version where year = 2026 and version = 1;
insert into calendar_make_up_day (version_id, seq, day, name) select id, 2, date '2026-02-28', '春节' from calendar_year_version where year = 2026 and version = 1;
insert into calendar_make_up_day (version_id, seq, day, name) select id, 3, date '2026-05-09', '劳动节' from calendar_year_version where year = 2026 and version = 1;
insert into calendar_make_up_day (version_id, seq, day, name) select id, 4, date '2026-09-20', '国庆节' from calendar_year_version where year = 2026 and version = 1;
insert into calendar_make_up_day (version_id, seq, day, name) select id, 5, date '2026-10-10', '国庆节' from calendar_year_version where year = 2026 and version = 1;
