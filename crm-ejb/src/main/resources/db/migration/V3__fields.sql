-- Field metadata per item type and custom field values (see docs/adr/0001).

create sequence field_seq start with 1000 increment by 50;

create table field (
    id                  bigint primary key,
    item_type_id        bigint       not null references item_type (id),
    code                varchar(40)  not null,
    system_field        boolean      not null,
    data_type           varchar(20)  not null,
    label_en            varchar(120) not null,
    label_fr            varchar(120) not null,
    multiple_values     boolean      not null,
    required_everywhere boolean      not null,
    sort_order          integer      not null,
    version             bigint       not null,
    unique (item_type_id, code)
);

create table field_option (
    field_id bigint       not null references field (id) on delete cascade,
    position integer      not null,
    code     varchar(40)  not null,
    label_en varchar(120) not null,
    label_fr varchar(120) not null,
    primary key (field_id, position)
);

create table field_required_stage (
    field_id bigint not null references field (id) on delete cascade,
    stage_id bigint not null references stage (id) on delete cascade,
    primary key (field_id, stage_id)
);

create table item_field_value (
    item_id         bigint  not null references item (id) on delete cascade,
    field_id        bigint  not null references field (id) on delete cascade,
    position        integer not null,
    text_value      varchar(4000),
    number_value    numeric(19, 4),
    date_value      date,
    timestamp_value timestamp with time zone,
    boolean_value   boolean,
    ref_id          bigint,
    primary key (item_id, field_id, position)
);
create index ifv_text on item_field_value (field_id, text_value, item_id);
create index ifv_number on item_field_value (field_id, number_value, item_id);
create index ifv_date on item_field_value (field_id, date_value, item_id);
create index ifv_ref on item_field_value (field_id, ref_id, item_id);

-- System fields kept in the value table (title, amount, stage and responsible are item columns).
insert into field (id, item_type_id, code, system_field, data_type, label_en, label_fr,
                   multiple_values, required_everywhere, sort_order, version) values
    (1, 1, 'phone', true, 'PHONE', 'Phone', 'Téléphone', true, false, 10, 0),
    (2, 1, 'email', true, 'EMAIL', 'E-mail', 'E-mail', true, false, 20, 0),
    (3, 1, 'source', true, 'STRING', 'Source', 'Source', false, false, 30, 0),
    (4, 1, 'comments', true, 'TEXT', 'Comments', 'Commentaire', false, false, 40, 0),
    (5, 2, 'source', true, 'STRING', 'Source', 'Source', false, false, 30, 0),
    (6, 2, 'comments', true, 'TEXT', 'Comments', 'Commentaire', false, false, 40, 0),
    (7, 3, 'phone', true, 'PHONE', 'Phone', 'Téléphone', true, false, 10, 0),
    (8, 3, 'email', true, 'EMAIL', 'E-mail', 'E-mail', true, false, 20, 0),
    (9, 3, 'address', true, 'ADDRESS', 'Address', 'Adresse', false, false, 30, 0),
    (10, 3, 'comments', true, 'TEXT', 'Comments', 'Commentaire', false, false, 40, 0),
    (11, 4, 'phone', true, 'PHONE', 'Phone', 'Téléphone', true, false, 10, 0),
    (12, 4, 'email', true, 'EMAIL', 'E-mail', 'E-mail', true, false, 20, 0),
    (13, 4, 'address', true, 'ADDRESS', 'Address', 'Adresse', false, false, 30, 0),
    (14, 4, 'comments', true, 'TEXT', 'Comments', 'Commentaire', false, false, 40, 0),
    (15, 5, 'comments', true, 'TEXT', 'Comments', 'Commentaire', false, false, 40, 0),
    (16, 6, 'comments', true, 'TEXT', 'Comments', 'Commentaire', false, false, 40, 0);
