-- Issue 23: notifications. Each is written in the transaction of the event that causes it: a row in the recipient's
-- inbox (站内信) and, when the exchange sends mail and the account has an address, an outbox row per
-- (event, recipient, channel) that a worker sends after commit. The unique keys make a notification impossible to double.

create table notification (
    id          bigserial    primary key,
    account_id  bigint       not null references account (id),
    event_key   varchar(120) not null,
    kind        varchar(40)  not null,
    subject     varchar(300) not null,
    body        text         not null,
    link        varchar(500),
    created_at  timestamptz  not null,
    read_at     timestamptz,
    unique (event_key, account_id)
);
create index notification_inbox on notification (account_id, created_at desc, id desc);
create index notification_unread on notification (account_id) where read_at is null;

-- status: PENDING (to send when next_attempt_at has come), SENT, FAILED (given up: after the last attempt or a
-- permanent SMTP refusal; staff see it). A worker takes a due row with FOR UPDATE SKIP LOCKED, so two servers never
-- take the same one. The body of a reset mail holds its one-time link; it is blanked once sent or given up.
create table outbox (
    id               bigserial    primary key,
    event_key        varchar(120) not null,
    account_id       bigint       not null references account (id),
    channel          varchar(10)  not null check (channel in ('EMAIL')),
    address          varchar(200) not null,
    subject          varchar(300) not null,
    body             text         not null,
    status           varchar(10)  not null default 'PENDING' check (status in ('PENDING', 'SENT', 'FAILED')),
    attempts         int          not null default 0,
    next_attempt_at  timestamptz  not null,
    last_error       varchar(500),
    sent_at          timestamptz,
    created_at       timestamptz  not null,
    unique (event_key, account_id, channel)
);
create index outbox_due on outbox (next_attempt_at, id) where status = 'PENDING';
create index outbox_failed on outbox (id) where status = 'FAILED';

-- 忘记密码 by e-mail: only the SHA-256 of the mailed token is kept; the link works once, for 30 minutes, and only
-- while the account's security stamp (raised by every password change) is the one it was issued under.
create table password_reset (
    token_hash  char(64)    primary key,
    account_id  bigint      not null references account (id),
    stamp       int         not null,
    issued_at   timestamptz not null,
    used_at     timestamptz
);
create index password_reset_account on password_reset (account_id);
