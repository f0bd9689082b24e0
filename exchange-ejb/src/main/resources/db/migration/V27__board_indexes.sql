-- The public board's searches on indexes (ejb/listing/BoardQuery; their plans are printed by BoardBenchmarkIT):
-- the default order — running announcements first, soonest end first — is read from lot_board_order, so a page is
-- the next rows of the index instead of a sort of every listing; a category's projects are found by project_category.
-- The expression is the one BoardQuery orders by, character for character in meaning (PostgreSQL matches it).
create index lot_board_order on lot ((case status when 'PUBLISHED' then 0 when 'SUSPENDED' then 1 else 2 end), ends_at, id);
create index project_category on project (category);
