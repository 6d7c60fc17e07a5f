-- Access roles (M14): what their holders may do to items of each type, and to which items.
-- A permission names a type by code, or '*' for every type without a permission of its own.
-- Scopes: NONE, OWN (the holder is responsible), DEPARTMENT (the responsible is in the holder's
-- department or one below it), ALL. Admins hold every right whatever their roles say.

create sequence access_role_seq start with 1000 increment by 50;

create table access_role (
    id           bigint primary key,
    name         varchar(120) not null unique,
    for_everyone boolean      not null,
    version      bigint       not null
);

create table access_role_permission (
    role_id   bigint      not null references access_role (id) on delete cascade,
    type_code varchar(40) not null,
    action    varchar(20) not null,
    scope     varchar(20) not null,
    primary key (role_id, type_code, action)
);

create table access_role_user (
    role_id bigint not null references access_role (id) on delete cascade,
    user_id bigint not null references crm_user (id) on delete cascade,
    primary key (role_id, user_id)
);

create table access_role_department (
    role_id       bigint not null references access_role (id) on delete cascade,
    department_id bigint not null references department (id) on delete cascade,
    primary key (role_id, department_id)
);

-- Everyone keeps what they could do before roles existed: every action on every item.
insert into access_role (id, name, for_everyone, version) values (1, 'Employee', true, 0);
insert into access_role_permission (role_id, type_code, action, scope) values
    (1, '*', 'READ', 'ALL'),
    (1, '*', 'CREATE', 'ALL'),
    (1, '*', 'UPDATE', 'ALL'),
    (1, '*', 'DELETE', 'ALL'),
    (1, '*', 'EXPORT', 'ALL');
