-- Personal API tokens: a user's own credentials for API clients, revoked by deleting them. Only
-- the SHA-256 of a token is kept (tokens are 256 random bits, so a slow hash adds nothing); its
-- first characters are kept to tell tokens apart.
create sequence api_token_seq start with 1000 increment by 50;

create table api_token (
    id           bigint primary key,
    user_id      bigint       not null references crm_user (id) on delete cascade,
    name         varchar(120) not null,
    token_hash   varchar(64)  not null unique,
    prefix       varchar(12)  not null,
    created_at   timestamp with time zone not null,
    last_used_at timestamp with time zone
);
create index api_token_user on api_token (user_id);
