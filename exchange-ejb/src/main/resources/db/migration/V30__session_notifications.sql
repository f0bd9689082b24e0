-- Issue 23, the auction's own notifications: when the current start of a lot's session was fixed (a reminder is sent
-- only if the session was scheduled before the reminder's moment), and for which start each reminder went out (a
-- rescheduled session is reminded again; a repeated run of the job, on this server or another, finds it done).
alter table auction add column scheduled_at timestamptz;
alter table auction add column day_reminder_for timestamptz;
alter table auction add column soon_reminder_for timestamptz;
create index auction_upcoming on auction (starts_at) where phase = 'NOT_STARTED';
