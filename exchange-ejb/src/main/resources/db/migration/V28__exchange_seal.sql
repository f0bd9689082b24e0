-- the exchange's electronic seal (电子签章, README "Electronic seal")

-- the keystore generated at the first start when none is configured: one row, which every instance of a cluster reads.
-- Instances that start together each make a key, insert it with "on conflict do nothing", and then all read the row
-- that won, so every instance seals with the same key. Never changed; a real keystore is configured instead.
create table exchange_seal (
    id          smallint     primary key check (id = 1),
    keystore    bytea        not null,
    password    varchar(100) not null,
    alias       varchar(100) not null,
    created_at  timestamptz  not null
);
create trigger exchange_seal_no_update before update or delete on exchange_seal for each row execute function ledger_immutable();

-- every certificate the exchange has sealed with (the generated one, a configured one, a later replacement): a document
-- sealed before the key was changed still verifies as the exchange's
create table seal_certificate (
    sha256         varchar(95)  primary key,
    subject        varchar(500) not null,
    certificate    bytea        not null,
    first_used_at  timestamptz  not null
);
create trigger seal_certificate_no_update before update or delete on seal_certificate for each row execute function ledger_immutable();

-- the verification page finds the certificate an uploaded (sealed) file is by its SHA-256
create index certificate_pdf_sha256 on certificate (pdf_sha256);
