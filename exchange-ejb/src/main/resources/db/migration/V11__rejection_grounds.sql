-- Rule 13: a rejection cites one or more of the lot's published buyer conditions (C1, C2, … — the numbered lines of
-- lot.buyer_conditions) and/or rule 16's deposit (R16); opinion_reason keeps the staff's words beside the citation.
-- Rejections recorded before this cited in free text only: the check applies to new and changed rows.

alter table application add column opinion_grounds varchar(200)
    check (opinion_grounds ~ '^((C[1-9][0-9]{0,2}|R16)(,|$))+$');
alter table application add constraint application_rejection_cites
    check (opinion is distinct from 'REJECTED' or opinion_grounds is not null) not valid;
