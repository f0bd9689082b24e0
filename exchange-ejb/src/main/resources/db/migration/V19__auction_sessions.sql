-- Issue 19 item 5 (docs/rules.md rule 25): a lot's sessions are numbered. The auction row is the lot's current session
-- (session_no); bid_log and late_bid rows carry the session they belong to, and the sequence starts at 1 in each. A
-- session annulled for a technical fault — or the closed session of a round before a relisting — is copied into
-- auction_session, with who ended it, when and why; its bid log stays as it was, in the trail and in the replay.
alter table auction add column session_no integer not null default 1 check (session_no >= 1);
-- true between an annulment and the re-run's scheduling: the hall shows "awaiting re-run", the sweeper has nothing to do
alter table auction add column awaiting_rerun boolean not null default false;

alter table bid_log add column session_no integer not null default 1;
alter table bid_log drop constraint bid_log_pkey;
alter table bid_log add primary key (lot_id, session_no, seq);
drop index bid_log_request;
create unique index bid_log_request on bid_log (lot_id, session_no, request_id, bidder_code) where request_id is not null;
drop index bid_log_bidder;
create index bid_log_bidder on bid_log (lot_id, session_no, bidder_code) where kind = 'BID';

alter table late_bid add column session_no integer not null default 1;
drop index late_bid_request;
create unique index late_bid_request on late_bid (lot_id, session_no, request_id, bidder_code) where request_id is not null;

-- An ended session: its terms (to replay it) and its state when it ended. Append-only.
create table auction_session (
    lot_id                 bigint        not null references auction (lot_id),
    session_no             integer       not null,
    mode                   varchar(12)   not null,
    start_price            numeric(15,2) not null,
    increment              numeric(15,2),
    reserve_price          numeric(15,2),
    cap_price              numeric(15,2),
    starts_at              timestamptz   not null,
    free_seconds           integer       not null,
    limited_seconds        integer       not null,
    dutch_step             numeric(15,2),
    dutch_interval_seconds integer,
    dutch_floor            numeric(15,2),
    qualified              text          not null,
    priority_ranks         text,
    priority_mode          varchar(20)   not null,
    phase                  varchar(12)   not null,
    price                  numeric(15,2) not null,
    leader                 varchar(8),
    accepted_bids          integer       not null,
    last_seq               bigint        not null,
    outcome                varchar(12),
    winner                 varchar(8),
    final_price            numeric(15,2),
    failure_reason         varchar(20),
    closed_at              timestamptz,
    -- ANNULLED: rule 25, a technical fault; RELISTED: the lot was relisted after this session's round
    ended_kind             varchar(10)   not null check (ended_kind in ('ANNULLED', 'RELISTED')),
    ended_at               timestamptz   not null,
    ended_by               varchar(100)  not null,
    reason                 varchar(500)  not null,
    primary key (lot_id, session_no)
);
create trigger auction_session_no_update before update or delete on auction_session for each row execute function bid_log_immutable();
