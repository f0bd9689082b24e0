-- Rules 3, 4: the pre-disclosure is a notice of its own (cn.exchange.core.listing.PreDisclosure), not a tick.
-- The old "pre_disclosed" flag proved nothing (no notice, no period): it is dropped, and a project registered with it
-- counts as not pre-disclosed. A change of control (rule 3) is marked on the project.
alter table project add column control_change boolean not null default false;
alter table project add column pre_basis_date date;
alter table project add column pre_approval_pending boolean;
alter table project add column pre_published_at timestamp with time zone;
alter table project add column pre_start date;
alter table project add column pre_wd integer;
alter table project add column pre_ends_at timestamp with time zone;
alter table project drop column pre_disclosed;
