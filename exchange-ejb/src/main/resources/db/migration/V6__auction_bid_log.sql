-- The competitive session of a lot (domain.md §2, rules 20-25): its terms, fixed when staff schedule it, and its live
-- state, written only by the lot's single writer while it holds this row's lock (select ... for update). Whichever
-- server holds the lock first brings its engine up to date from bid_log, so several servers stay one writer per lot.
create table auction (
    lot_id                 bigint primary key references lot (id),
    mode                   varchar(12)   not null,
    start_price            numeric(15,2) not null,
    increment              numeric(15,2),
    reserve_price          numeric(15,2),
    cap_price              numeric(15,2),
    starts_at              timestamptz   not null,
    free_seconds           integer       not null check (free_seconds >= 0),
    limited_seconds        integer       not null check (limited_seconds >= 0),
    dutch_step             numeric(15,2),
    dutch_interval_seconds integer,
    dutch_floor            numeric(15,2),
    qualified              text          not null,
    -- +1 whenever staff reschedule before the start: a writer holding an engine built on older terms rebuilds it
    terms_version          integer       not null default 0,
    -- live state (a cache of replaying bid_log; bid_log is the record)
    phase                  varchar(12)   not null default 'NOT_STARTED',
    price                  numeric(15,2) not null,
    leader                 varchar(8),
    accepted_bids          integer       not null default 0,
    last_seq               bigint        not null default 0,
    last_at_ms             bigint        not null default 0,
    closes_at              timestamptz,
    -- when time alone changes something next (start, end of the free period, close, Dutch step): the sweeper's index
    next_check_at          timestamptz,
    outcome                varchar(12),
    winner                 varchar(8),
    final_price            numeric(15,2),
    failure_reason         varchar(20),
    closed_at              timestamptz,
    result_recorded        boolean       not null default false
);
create index auction_due on auction (next_check_at) where next_check_at is not null;
create index auction_unrecorded on auction (lot_id) where outcome is not null and not result_recorded;

-- Rule 21: the bid log. Append-only; every command the engine saw that mattered (each bid, accepted or refused, and
-- each tick, pause or resume that changed something), in the order it saw them, with the server's receipt time in
-- milliseconds. Replaying a lot's rows in seq order into a fresh engine gives the recorded outcome.
create table bid_log (
    lot_id       bigint       not null references auction (lot_id),
    seq          bigint       not null,
    kind         varchar(8)   not null check (kind in ('BID', 'TICK', 'PAUSE', 'RESUME')),
    at_ms        bigint       not null,
    bidder_code  varchar(8),
    amount       numeric,
    request_id   varchar(64),
    account_id   bigint,
    client_ip    varchar(45),
    -- ACCEPTED, or the refusal reason; for other kinds the first event
    result       varchar(24)  not null,
    accepted_no  integer,
    closes_at_ms bigint,
    note         varchar(500),
    primary key (lot_id, seq),
    check (kind <> 'BID' or (bidder_code is not null and amount is not null))
);
-- a retried bid (same bidder, same client request id) is answered from its first record, never applied twice
create unique index bid_log_request on bid_log (lot_id, request_id, bidder_code) where request_id is not null;
create index bid_log_bidder on bid_log (lot_id, bidder_code) where kind = 'BID';

create function bid_log_immutable() returns trigger language plpgsql as $$
begin
    raise exception 'bid_log is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
end;
$$;
create trigger bid_log_no_update before update or delete on bid_log for each row execute function bid_log_immutable();
create trigger bid_log_no_truncate before truncate on bid_log for each statement execute function bid_log_immutable();

-- rules 20, 22: the session's result on the lot
alter table lot add column auction_winner_code varchar(8);
alter table lot add column auction_price numeric(15,2);
alter table lot add column auction_closed_at timestamptz;

-- domain.md §1.7, rule 24: priority purchase right holders of the lot ("code:rank,…") and how they exercise it
alter table auction add column priority_ranks text;
alter table auction add column priority_mode varchar(20) not null default 'IN_AUCTION';
