-- The number of items at each stage and the sum of their amounts, kept up to date by every change
-- of an item, so that an unfiltered board reads a few rows instead of aggregating a pipeline of a
-- million items (see docs/adr/0004).
alter table stage add column item_count bigint default 0 not null;
alter table stage add column amount_sum numeric(21, 2) default 0 not null;

update stage set
    item_count = (select count(*) from item i where i.stage_id = stage.id),
    amount_sum = (select coalesce(sum(i.amount), 0) from item i where i.stage_id = stage.id);
