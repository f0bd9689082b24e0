-- Public notices are legal texts written from a template per kind (NoticeText): the Chinese text of record stays in
-- title/body; the English of the language switch is kept beside it, published with it and as immutable.
alter table notice add column title_en varchar(300);
alter table notice add column body_en varchar(4000);

-- a notice stays as published (now with its English), except that a period end that awaited its year's calendar is
-- filled in, once (V8)
create or replace function notice_immutable() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' and old.ends_at is null and new.ends_at is not null
            and (old.id, old.project_id, old.lot_id, old.kind, old.published_at, old.title, old.body, old.title_en, old.body_en)
                is not distinct from
                (new.id, new.project_id, new.lot_id, new.kind, new.published_at, new.title, new.body, new.title_en, new.body_en) then
        return new;
    end if;
    raise exception 'notices are immutable (%.%)', tg_table_name, tg_op;
end $$;

-- How many applied or qualified is secret until the result: the notices published before this version stated it
-- ("2 applicant(s)", "2 qualified bidder(s): COMPETITIVE"). Their public text is replaced, once, by the text those
-- notices carry now; what they said stays in the audit trail, which recorded each notice's text when it was published.
alter table notice disable trigger notice_no_update;
update notice set
    body = '本标的挂牌公告期已于' || to_char(coalesce(ends_at, published_at) at time zone 'Asia/Shanghai', 'YYYY"年"FMMM"月"FMDD"日" HH24:MI')
        || '（北京时间）届满，不再受理受让申请。交易机构将依照挂牌公告和交易规则组织后续工作，结果另行公告。',
    body_en = 'The announcement period of this lot ended at '
        || to_char(coalesce(ends_at, published_at) at time zone 'Asia/Shanghai', 'FMDD FMMonth YYYY, HH24:MI')
        || ' (Beijing time); no further applications are accepted. The exchange will proceed under the announcement and its rules; the result will be announced.'
where kind = 'DISCLOSURE_ENDED' and body like '%applicant(s)%';
update notice set
    body = '本标的意向受让方资格确认工作已于' || to_char(published_at at time zone 'Asia/Shanghai', 'YYYY"年"FMMM"月"FMDD"日" HH24:MI')
        || '（北京时间）完成。交易机构将依照挂牌公告和交易规则组织后续交易，结果另行公告。',
    body_en = 'The qualification of the intending transferees of this lot was concluded at '
        || to_char(published_at at time zone 'Asia/Shanghai', 'FMDD FMMonth YYYY, HH24:MI')
        || ' (Beijing time). The exchange will organise the transaction under the announcement and its rules; the result will be announced.'
where kind = 'QUALIFICATION_CONCLUDED' and body like '%qualified bidder(s)%';
alter table notice enable trigger notice_no_update;
