-- The timeline of an item: comments, stage changes, creation and later communications, activities
-- and documents. Stage names are copied, so an entry still reads right after a stage is renamed or
-- deleted. Read newest first, a page at a time, by (item_id, id).
create sequence timeline_entry_seq start with 1000 increment by 50;

create table timeline_entry (
    id              bigint primary key,
    item_id         bigint        not null references item (id) on delete cascade,
    kind            varchar(30)   not null,
    author_id       bigint references crm_user (id) on delete set null,
    created_at      timestamp with time zone not null,
    edited_at       timestamp with time zone,
    body            varchar(4000),
    from_stage      varchar(120),
    to_stage        varchar(120),
    related_item_id bigint,
    version         bigint        not null
);
create index timeline_item_newest on timeline_entry (item_id, id desc);
