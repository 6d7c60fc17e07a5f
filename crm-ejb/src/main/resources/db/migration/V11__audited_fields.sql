-- Fields whose changes are told on the item's timeline (old and new value in words). The field's
-- label is copied into the entry, so it still reads right after the field is renamed or deleted;
-- field_id lets the timeline leave out changes of fields the reader may not see.
alter table field add column audited boolean default false not null;

alter table timeline_entry add column field_id bigint;
alter table timeline_entry add column old_value varchar(1000);
alter table timeline_entry add column new_value varchar(1000);
