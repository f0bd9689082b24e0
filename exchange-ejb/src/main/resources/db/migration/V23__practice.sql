-- Issue 21 item 12: 模拟竞价, a bidder's practice session on a made-up lot. Nothing here refers to a lot, an auction or
-- a bid log: a practice never touches a real lot. One session per account (starting again replaces it); the session is
-- its seed, its opening time and the practising bidder's own bids — the simulated bidders' bids follow from them
-- (cn.exchange.core.auction.Practice), so any instance answers the same.
create table practice_session (
    account_id  bigint      primary key references account (id),
    seed        bigint      not null,
    opens_at    timestamptz not null,
    created_at  timestamptz not null
);

create table practice_bid (
    account_id  bigint        not null references practice_session (account_id) on delete cascade,
    no          int           not null,
    amount      numeric(18,2) not null,
    at_ms       bigint        not null,
    request_id  varchar(64)   not null,
    primary key (account_id, no),
    unique (account_id, request_id)
);
