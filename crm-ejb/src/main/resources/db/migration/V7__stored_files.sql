-- Files users upload (values of file fields, later generated documents). ${binary} is BLOB on H2
-- and BYTEA on PostgreSQL, set by DatabaseMigrations.
create sequence stored_file_seq start with 1000 increment by 50;

create table stored_file (
    id           bigint primary key,
    name         varchar(255) not null,
    content_type varchar(120) not null,
    size_bytes   bigint       not null,
    content      ${binary}    not null,
    uploaded_by  bigint references crm_user (id) on delete set null,
    uploaded_at  timestamp with time zone not null
);
