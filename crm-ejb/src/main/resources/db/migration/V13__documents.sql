-- Word templates per item type (and optionally pipeline) with their numbering, the documents made
-- from them, and the file a timeline entry links to (a document created).
create sequence document_template_seq start with 1000 increment by 50;
create sequence generated_document_seq start with 1000 increment by 50;

create table document_template (
    id           bigint primary key,
    name         varchar(120) not null,
    item_type_id bigint       not null references item_type (id) on delete cascade,
    pipeline_id  bigint references pipeline (id) on delete cascade,
    numbering    varchar(60)  not null,
    active       boolean      not null,
    file_id      bigint       not null references stored_file (id),
    number_year  integer      not null,
    last_number  integer      not null,
    version      bigint       not null
);

create table generated_document (
    id            bigint primary key,
    item_id       bigint       not null references item (id) on delete cascade,
    template_id   bigint references document_template (id) on delete set null,
    doc_number    varchar(80)  not null,
    file_id       bigint       not null references stored_file (id),
    created_by_id bigint references crm_user (id) on delete set null,
    created_at    timestamp with time zone not null
);
create index generated_document_of_item on generated_document (item_id);

alter table timeline_entry add column file_id bigint;
