-- The item's own columns (title, stage, amount, responsible) become fields too, so that form views
-- can place, move and hide them like any other; their values stay on the item row.
alter table field add column item_column varchar(20);

insert into field (id, item_type_id, code, system_field, data_type, label_en, label_fr,
                   multiple_values, required_everywhere, sort_order, version, item_column) values
    (101, 1, 'title', true, 'STRING', 'Title', 'Titre', false, true, 1, 0, 'TITLE'),
    (102, 1, 'stage', true, 'STRING', 'Stage', 'Étape', false, true, 2, 0, 'STAGE'),
    (103, 1, 'amount', true, 'MONEY', 'Amount', 'Montant', false, false, 3, 0, 'AMOUNT'),
    (104, 1, 'responsible', true, 'USER', 'Responsible', 'Responsable', false, false, 4, 0, 'RESPONSIBLE'),
    (111, 2, 'title', true, 'STRING', 'Title', 'Titre', false, true, 1, 0, 'TITLE'),
    (112, 2, 'stage', true, 'STRING', 'Stage', 'Étape', false, true, 2, 0, 'STAGE'),
    (113, 2, 'amount', true, 'MONEY', 'Amount', 'Montant', false, false, 3, 0, 'AMOUNT'),
    (114, 2, 'responsible', true, 'USER', 'Responsible', 'Responsable', false, false, 4, 0, 'RESPONSIBLE'),
    (121, 3, 'title', true, 'STRING', 'Name', 'Nom', false, true, 1, 0, 'TITLE'),
    (124, 3, 'responsible', true, 'USER', 'Responsible', 'Responsable', false, false, 4, 0, 'RESPONSIBLE'),
    (131, 4, 'title', true, 'STRING', 'Name', 'Nom', false, true, 1, 0, 'TITLE'),
    (134, 4, 'responsible', true, 'USER', 'Responsible', 'Responsable', false, false, 4, 0, 'RESPONSIBLE'),
    (141, 5, 'title', true, 'STRING', 'Title', 'Titre', false, true, 1, 0, 'TITLE'),
    (142, 5, 'stage', true, 'STRING', 'Stage', 'Étape', false, true, 2, 0, 'STAGE'),
    (143, 5, 'amount', true, 'MONEY', 'Amount', 'Montant', false, false, 3, 0, 'AMOUNT'),
    (144, 5, 'responsible', true, 'USER', 'Responsible', 'Responsable', false, false, 4, 0, 'RESPONSIBLE'),
    (151, 6, 'title', true, 'STRING', 'Title', 'Titre', false, true, 1, 0, 'TITLE'),
    (152, 6, 'stage', true, 'STRING', 'Stage', 'Étape', false, true, 2, 0, 'STAGE'),
    (153, 6, 'amount', true, 'MONEY', 'Amount', 'Montant', false, false, 3, 0, 'AMOUNT'),
    (154, 6, 'responsible', true, 'USER', 'Responsible', 'Responsable', false, false, 4, 0, 'RESPONSIBLE');

-- Form views of the item card (see docs/adr/0003): the general view of a type, one view per user,
-- and named views assigned to users and departments. The layout (sections, placed fields, tabs)
-- is one JSON document per view.
create sequence form_view_seq start with 1000 increment by 50;

create table form_view (
    id           bigint primary key,
    item_type_id bigint        not null references item_type (id) on delete cascade,
    kind         varchar(10)   not null,
    owner_id     bigint references crm_user (id) on delete cascade,
    name         varchar(120),
    forced       boolean       not null,
    layout       varchar(100000) not null,
    version      bigint        not null
);
create index form_view_type on form_view (item_type_id, kind);

create table form_view_user (
    view_id bigint not null references form_view (id) on delete cascade,
    user_id bigint not null references crm_user (id) on delete cascade,
    primary key (view_id, user_id)
);

create table form_view_department (
    view_id       bigint not null references form_view (id) on delete cascade,
    department_id bigint not null references department (id) on delete cascade,
    primary key (view_id, department_id)
);

-- The view a user switched to, per type; ignored once that view is no longer theirs to use.
create table form_view_choice (
    user_id      bigint not null references crm_user (id) on delete cascade,
    item_type_id bigint not null references item_type (id) on delete cascade,
    view_id      bigint not null references form_view (id) on delete cascade,
    primary key (user_id, item_type_id)
);
