-- Links between items (docs/adr/0006): one row per pair, read from both ends. An item created from
-- another is linked CREATED_FROM (source -> created); users link others LINKED; a lead from a known
-- client is linked REPEAT_OF (lead -> contact or company).
create sequence item_relation_seq start with 1000 increment by 50;
create sequence conversion_seq start with 1000 increment by 50;

create table item_relation (
    id            bigint primary key,
    source_id     bigint      not null references item (id) on delete cascade,
    target_id     bigint      not null references item (id) on delete cascade,
    kind          varchar(20) not null,
    created_by_id bigint references crm_user (id) on delete set null,
    created_at    timestamp with time zone not null,
    unique (source_id, target_id)
);
create index item_relation_target on item_relation (target_id);

-- Which type may be created from which (admins allow more), and, once an admin edited it, how the
-- target's custom fields are filled from the source's; without rows, same code and type map.
create table conversion (
    id              bigint primary key,
    source_type_id  bigint  not null references item_type (id) on delete cascade,
    target_type_id  bigint  not null references item_type (id) on delete cascade,
    mapping_edited  boolean not null,
    version         bigint  not null,
    unique (source_type_id, target_type_id)
);

create table conversion_field (
    conversion_id   bigint not null references conversion (id) on delete cascade,
    target_field_id bigint not null references field (id) on delete cascade,
    source_field_id bigint not null references field (id) on delete cascade,
    primary key (conversion_id, target_field_id)
);

insert into conversion (id, source_type_id, target_type_id, mapping_edited, version) values
    (1, 1, 2, false, 0),
    (2, 1, 3, false, 0),
    (3, 1, 4, false, 0),
    (4, 2, 5, false, 0),
    (5, 2, 6, false, 0),
    (6, 6, 5, false, 0);

-- A lead names the client's company, matched to companies when the lead comes in or is converted.
insert into field (id, item_type_id, code, system_field, data_type, label_en, label_fr,
                   multiple_values, required_everywhere, sort_order, version) values
    (17, 1, 'company_name', true, 'STRING', 'Company name', 'Nom de la société', false, false, 25, 0);

alter table item add column repeat_lead boolean default false not null;
