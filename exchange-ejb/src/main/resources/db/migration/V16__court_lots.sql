-- Issue 18 item 5 (rule 34, docs/rules.md §3): court-entrusted lots follow the SPC 2016 rules on online judicial
-- auctions. A court lot states its kind (movables, real estate, other property rights: SPC Art. 12 and 26 set its
-- notices by it), checked in exchange-core LotRules; its announcement counts calendar days, not working days
-- (period_wd then holds calendar days); a court lot whose re-auction failed too may be offered by 变卖 (status SELL_OFF).
alter table lot add column court_asset_kind varchar(20)
    check (court_asset_kind in ('MOVABLE', 'REAL_ESTATE', 'PROPERTY_RIGHT'));
alter table lot add column period_calendar_days boolean;  -- null or false: working days (a lot not yet published has no period)
