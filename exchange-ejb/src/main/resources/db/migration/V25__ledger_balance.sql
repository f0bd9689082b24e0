-- Each account's balance, kept by the database as lines are appended (the ledger is append-only), so that a posting's
-- check reads one row per account instead of summing the account's whole history (a statement import of 6,000 lines
-- summed the bank account 6,000 times). ledger_line stays the record; the balances are derived from it and checked
-- against it (SettlementApiIT, the statement-import crash test; the trial balance still sums the lines).
create table ledger_balance (
    account  varchar(40)    primary key,
    balance  numeric(17, 2) not null
);

-- no line may be appended between the sum and the trigger (another instance posting while this one migrates)
lock table ledger_line in share row exclusive mode;
insert into ledger_balance (account, balance) select account, sum(amount) from ledger_line group by account;

create function ledger_balance_follow() returns trigger language plpgsql as $$
begin
    insert into ledger_balance (account, balance) values (new.account, new.amount)
        on conflict (account) do update set balance = ledger_balance.balance + excluded.balance;
    return null;
end $$;
create trigger ledger_line_balance after insert on ledger_line for each row execute function ledger_balance_follow();
