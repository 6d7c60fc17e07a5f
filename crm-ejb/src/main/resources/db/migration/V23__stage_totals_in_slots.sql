-- The kept totals of a stage move from its own row to 16 rows of their own (docs/adr/0013): a
-- change adds to one of them, so concurrent moves rarely wait for the same row, and the stage
-- rows, which every request reads, are no longer rewritten by every move. The current totals go
-- to slot 0. StageTotal.SLOTS in the code must stay the number of rows created here.
create table stage_total (
    stage_id bigint not null references stage (id) on delete cascade,
    slot integer not null,
    item_count bigint default 0 not null,
    amount_sum numeric(21, 2) default 0 not null,
    primary key (stage_id, slot)
);

insert into stage_total (stage_id, slot, item_count, amount_sum)
select s.id, n.slot,
       case when n.slot = 0 then s.item_count else 0 end,
       case when n.slot = 0 then s.amount_sum else 0 end
from stage s
cross join (select 0 as slot union all select 1 union all select 2 union all select 3
            union all select 4 union all select 5 union all select 6 union all select 7
            union all select 8 union all select 9 union all select 10 union all select 11
            union all select 12 union all select 13 union all select 14 union all select 15) n;

alter table stage drop column item_count;
alter table stage drop column amount_sum;
