-- Issue 21 item 12: a bidder follows lots (关注). A personal list, not part of any transaction's record (not audited);
-- the lot page shows how many follow it (a count of followers, never who, and never of applicants: rule 23).
create table watch (
    account_id  bigint      not null references account (id),
    lot_id      bigint      not null references lot (id),
    created_at  timestamptz not null,
    primary key (account_id, lot_id)
);
create index watch_lot on watch (lot_id);
