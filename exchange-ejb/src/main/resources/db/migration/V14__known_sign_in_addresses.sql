-- The addresses an account signed in from (SignInPolicy: the owner at a known address is never locked out by
-- another's failures). One row per account and address, its last successful sign-in.
create table account_address (
    account_id  bigint      not null references account (id),
    address     varchar(64) not null,
    last_seen   timestamptz not null,
    primary key (account_id, address)
);
