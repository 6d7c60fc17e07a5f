-- Calls, e-mails and messages with clients, logged on items. An incoming one waits for an answer
-- (answered_at null) until someone answers it or anything goes out on its item. A mail read from
-- the mailbox is logged on each item it concerns once: its Message-ID is unique per channel and item.
create sequence communication_seq start with 1000 increment by 50;

create table communication (
    id               bigint primary key,
    item_id          bigint        not null references item (id) on delete cascade,
    channel          varchar(10)   not null,
    direction        varchar(10)   not null,
    status           varchar(10)   not null,
    employee_id      bigint references crm_user (id) on delete set null,
    counterpart      varchar(254),
    subject          varchar(255),
    body             varchar(4000),
    duration_seconds integer,
    outcome          varchar(255),
    failure          varchar(1000),
    external_id      varchar(255),
    occurred_at      timestamp with time zone not null,
    answered_at      timestamp with time zone,
    version          bigint        not null
);
create index communication_of_item on communication (item_id, occurred_at);
create index communication_waiting on communication (item_id, answered_at, direction);
create unique index communication_external on communication (channel, external_id, item_id);

-- Who the server acts as when no one is signed in, e.g. the mailbox clock creating a lead from a
-- mail. It cannot sign in: it is inactive and its password hash matches no password.
insert into crm_user (id, login, full_name, email, password_hash, department_id, active)
values (1, 'crm-system', 'Tessera CRM', null, '!', null, false);
