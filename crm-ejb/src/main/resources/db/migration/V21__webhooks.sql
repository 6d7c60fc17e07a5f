-- Outgoing webhooks: URLs an admin registers for item events, and their deliveries, written in
-- the transaction of the action that caused them (so a rolled-back action sends nothing) and sent
-- later by a clock, signed, retried with back-off; the rows are the delivery log.
create sequence webhook_seq start with 1000 increment by 50;

create table webhook (
    id         bigint primary key,
    url        varchar(2000) not null,
    events     varchar(200)  not null,
    secret     varchar(64)   not null,
    created_at timestamp with time zone not null
);

create table webhook_delivery (
    id               bigint primary key,
    webhook_id       bigint        not null references webhook (id) on delete cascade,
    event            varchar(30)   not null,
    payload          varchar(8000) not null,
    status           varchar(20)   not null,
    attempts         integer       not null,
    next_attempt_at  timestamp with time zone not null,
    last_status_code integer,
    last_error       varchar(1000),
    created_at       timestamp with time zone not null,
    delivered_at     timestamp with time zone
);
create index webhook_delivery_due on webhook_delivery (status, next_attempt_at);
create index webhook_delivery_of_hook on webhook_delivery (webhook_id, id desc);
