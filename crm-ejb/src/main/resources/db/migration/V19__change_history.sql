-- Who changed what and when: every change of an item's fields (its History tab), and the audit
-- log of every change of the settings and every deletion (for admins). Labels and values are
-- copied in words, so an entry still reads right after a field, stage or user is renamed or
-- deleted; field_id lets the History tab leave out changes of fields the reader may not see.
create sequence change_seq start with 1000 increment by 50;

create table item_change (
    id         bigint primary key,
    item_id    bigint        not null references item (id) on delete cascade,
    changed_at timestamp with time zone not null,
    user_id    bigint references crm_user (id) on delete set null,
    field_id   bigint,
    label      varchar(120)  not null,
    old_value  varchar(1000),
    new_value  varchar(1000)
);
create index item_change_newest on item_change (item_id, id desc);

create table audit_entry (
    id         bigint primary key,
    changed_at timestamp with time zone not null,
    user_id    bigint references crm_user (id) on delete set null,
    area       varchar(60)   not null,
    action     varchar(60)   not null,
    details    varchar(2000) not null
);
create index audit_entry_newest on audit_entry (id desc);
