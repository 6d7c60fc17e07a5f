-- The value a new item gets for a field when it is created without one (same columns as
-- item_field_value, see docs/adr/0001).
create table field_default_value (
    field_id        bigint  not null references field (id) on delete cascade,
    position        integer not null,
    text_value      varchar(4000),
    number_value    numeric(19, 4),
    date_value      date,
    timestamp_value timestamp with time zone,
    boolean_value   boolean,
    ref_id          bigint,
    primary key (field_id, position)
);
