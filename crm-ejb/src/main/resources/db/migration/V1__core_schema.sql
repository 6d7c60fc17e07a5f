-- Core schema: organisation, item types, pipelines with stages, items.
-- Written in the SQL subset shared by H2 2.x and PostgreSQL 13+.
-- Ids come from sequences that start above the ids reserved for shipped reference data.

create sequence department_seq start with 1000 increment by 50;
create sequence crm_user_seq start with 1000 increment by 50;
create sequence item_type_seq start with 1000 increment by 50;
create sequence pipeline_seq start with 1000 increment by 50;
create sequence stage_seq start with 1000 increment by 50;
create sequence item_seq start with 1000 increment by 50;

create table department (
    id        bigint primary key,
    name      varchar(120) not null,
    parent_id bigint references department (id)
);

create table crm_user (
    id            bigint primary key,
    login         varchar(60)  not null unique,
    full_name     varchar(120) not null,
    email         varchar(254),
    password_hash varchar(400) not null,
    department_id bigint references department (id),
    active        boolean      not null
);

create table crm_user_role (
    user_id   bigint      not null references crm_user (id) on delete cascade,
    role_name varchar(40) not null,
    primary key (user_id, role_name)
);

create table item_type (
    id          bigint primary key,
    code        varchar(40)  not null unique,
    name        varchar(120) not null,
    system_type boolean      not null,
    has_stages  boolean      not null,
    has_amount  boolean      not null,
    sort_order  integer      not null
);

create table pipeline (
    id           bigint primary key,
    item_type_id bigint       not null references item_type (id),
    name         varchar(120) not null,
    currency     varchar(3)   not null,
    sort_order   integer      not null,
    version      bigint       not null
);
create index pipeline_type on pipeline (item_type_id, sort_order);

create table stage (
    id          bigint primary key,
    pipeline_id bigint       not null references pipeline (id),
    name        varchar(120) not null,
    color       varchar(7)   not null,
    semantics   varchar(20)  not null,
    sort_order  integer      not null
);
create index stage_pipeline on stage (pipeline_id, sort_order);

create table item (
    id             bigint primary key,
    item_type_id   bigint                   not null references item_type (id),
    pipeline_id    bigint references pipeline (id),
    stage_id       bigint references stage (id),
    title          varchar(255)             not null,
    amount         numeric(19, 2),
    currency       varchar(3),
    responsible_id bigint references crm_user (id),
    created_by_id  bigint references crm_user (id),
    created_at     timestamp with time zone not null,
    updated_by_id  bigint references crm_user (id),
    updated_at     timestamp with time zone not null,
    version        bigint                   not null
);
-- The board reads one column at a time, newest first: (pipeline, stage, id) serves it without a sort.
create index item_board on item (pipeline_id, stage_id, id);
create index item_by_type on item (item_type_id, id);
create index item_responsible on item (responsible_id);
