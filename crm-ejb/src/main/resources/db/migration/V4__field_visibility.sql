-- A field can be shown only to chosen users and departments (with their sub-departments).

create table field_visible_user (
    field_id bigint not null references field (id) on delete cascade,
    user_id  bigint not null references crm_user (id) on delete cascade,
    primary key (field_id, user_id)
);

create table field_visible_department (
    field_id      bigint not null references field (id) on delete cascade,
    department_id bigint not null references department (id) on delete cascade,
    primary key (field_id, department_id)
);
