-- Foundation: installation facts and the registry of running instances.
-- Times are timestamptz; the exchange's clock is Asia/Shanghai (the application converts on display).

create table exchange_setting (
    key         varchar(100) primary key,
    value       text         not null,
    updated_at  timestamptz  not null default now()
);

comment on table exchange_setting is 'Installation-wide facts the application writes once (installed_at, generated secrets).';

-- Every Payara Micro instance registers here at start and refreshes its heartbeat; a cluster has no state
-- that only one JVM knows, and this table is how instances and operators see each other.
create table server_instance (
    instance_id   varchar(64)  primary key,
    host_name     varchar(255) not null,
    started_at    timestamptz  not null,
    heartbeat_at  timestamptz  not null
);
