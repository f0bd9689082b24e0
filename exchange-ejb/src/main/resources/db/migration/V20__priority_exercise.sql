-- Issue 19 item 3 (docs/rules.md §1.7, rule 24): how a lot's priority right holders exercise the right, chosen by the
-- agency before publication (core/listing/PriorityHolder#chooseExercise): IN_AUCTION (they bid and win at an equal
-- price) or AFTER_AUCTION (事后行权: they do not bid; the outsiders' final price opens a match period of
-- priority_match_seconds in which the best-ranked holder that matches wins).
alter table lot add column priority_exercise varchar(20) not null default 'IN_AUCTION'
    check (priority_exercise in ('IN_AUCTION', 'AFTER_AUCTION'));
alter table lot add column priority_match_seconds integer check (priority_match_seconds between 5 and 86400);
alter table lot add constraint lot_priority_match check ((priority_exercise = 'AFTER_AUCTION') = (priority_match_seconds is not null));

-- the session's copy (auction.priority_mode exists since V15 and said IN_AUCTION for every lot until now)
alter table auction add column match_seconds integer;
alter table auction add constraint auction_priority_mode check (priority_mode in ('IN_AUCTION', 'AFTER_AUCTION'));
alter table auction_session add column match_seconds integer;
