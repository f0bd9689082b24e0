-- docs/rules.md §1.4, rule 33: a lot whose deal was forfeited is relisted as a new lot of the same project, which
-- points at the lot it relists and the forfeited deal; one relisting per forfeited deal
alter table lot add column relisted_from_lot_id bigint references lot (id);
alter table lot add column relisted_after_deal_id bigint unique references deal (id);

-- §1.4: the defaulter pays the shortfall when the relisting sells lower; assessed once, when the relisting's deal opens
create table default_shortfall (
    id                  bigserial      primary key,
    forfeited_deal_id   bigint         not null unique references deal (id),
    defaulter_party_id  bigint         not null references party (id),
    relisting_lot_id    bigint         not null references lot (id),
    relisting_deal_id   bigint         not null unique references deal (id),
    defaulted_price     numeric(15, 2) not null,
    relisting_price     numeric(15, 2) not null,
    shortfall           numeric(15, 2) not null check (shortfall >= 0),
    assessed_at         timestamptz    not null
);
create index default_shortfall_defaulter on default_shortfall (defaulter_party_id);
