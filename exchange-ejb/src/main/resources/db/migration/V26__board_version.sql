-- The public board's version: one counter that every committed change of what the board shows raises — lots,
-- projects, notices, lot documents, and the working-day calendar (a notice's end is counted with it). Each instance keys its board cache by it (ejb/listing/BoardCache) and the board API
-- answers with it as the ETag, so a change committed through any instance is seen by every instance's next request.
--
-- The raise is a deferred constraint trigger: it runs at commit, once per transaction (a transaction-local setting
-- remembers it), so the counter's row lock is taken last — after every lot lock the transaction holds, which keeps
-- two transactions from waiting on each other — and a batch of 600 lots costs one update, not 600.
create table board_version (
    id       smallint primary key check (id = 1),
    version  bigint   not null
);
insert into board_version (id, version) values (1, 0);

create function board_version_raise() returns trigger language plpgsql as $$
begin
    if current_setting('exchange.board_version_raised', true) is distinct from 'yes' then
        perform set_config('exchange.board_version_raised', 'yes', true);
        update board_version set version = version + 1 where id = 1;
    end if;
    return null;
end $$;

create constraint trigger lot_board_version after insert or update or delete on lot
    deferrable initially deferred for each row execute function board_version_raise();
create constraint trigger project_board_version after insert or update or delete on project
    deferrable initially deferred for each row execute function board_version_raise();
create constraint trigger notice_board_version after insert or update or delete on notice
    deferrable initially deferred for each row execute function board_version_raise();
create constraint trigger lot_document_board_version after insert or update or delete on lot_document
    deferrable initially deferred for each row execute function board_version_raise();
create constraint trigger calendar_year_board_version after insert or update or delete on calendar_year_version
    deferrable initially deferred for each row execute function board_version_raise();
create constraint trigger calendar_holiday_board_version after insert or update or delete on calendar_holiday
    deferrable initially deferred for each row execute function board_version_raise();
create constraint trigger calendar_make_up_day_board_version after insert or update or delete on calendar_make_up_day
    deferrable initially deferred for each row execute function board_version_raise();
