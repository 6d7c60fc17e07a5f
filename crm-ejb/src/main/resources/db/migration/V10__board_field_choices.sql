-- Which fields the Kanban board shows: on the cards (each user's own choice, or the one an admin
-- set for everyone) and in a column's quick-create form (an admin's choice per type). The field
-- codes are kept in order, comma-separated; codes of fields deleted since are skipped on reading.
create sequence board_field_choice_seq start with 1000 increment by 50;

create table board_field_choice (
    id           bigint primary key,
    item_type_id bigint        not null references item_type (id) on delete cascade,
    purpose      varchar(20)   not null,
    user_id      bigint references crm_user (id) on delete cascade,
    field_codes  varchar(2000) not null,
    version      bigint        not null
);
create index board_field_choice_of on board_field_choice (item_type_id, purpose, user_id);
