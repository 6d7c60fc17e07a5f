-- Planned activities of items (calls, meetings, tasks...), the meeting rooms they may book, the
-- reminders they send, and the notifications users read under the bell. A reminder is claimed by
-- setting reminded_at where it is still null, so that it fires once even with several instances.
create sequence meeting_room_seq start with 1000 increment by 50;
create sequence activity_seq start with 1000 increment by 50;
create sequence notification_seq start with 1000 increment by 50;

create table meeting_room (
    id      bigint primary key,
    name    varchar(120) not null unique,
    version bigint       not null
);

create table activity (
    id             bigint primary key,
    item_id        bigint        not null references item (id) on delete cascade,
    kind           varchar(20)   not null,
    subject        varchar(255)  not null,
    description    varchar(4000),
    deadline       timestamp with time zone not null,
    ends_at        timestamp with time zone not null,
    responsible_id bigint        not null references crm_user (id),
    room_id        bigint references meeting_room (id) on delete set null,
    status         varchar(10)   not null,
    remind_at      timestamp with time zone,
    reminded_at    timestamp with time zone,
    created_by_id  bigint references crm_user (id) on delete set null,
    created_at     timestamp with time zone not null,
    version        bigint        not null
);
create index activity_of_item on activity (item_id, status);
create index activity_in_room on activity (room_id, deadline);
create index activity_reminder_due on activity (status, remind_at);

create table activity_participant (
    activity_id bigint not null references activity (id) on delete cascade,
    user_id     bigint not null references crm_user (id) on delete cascade,
    primary key (activity_id, user_id)
);

create table notification (
    id          bigint primary key,
    user_id     bigint        not null references crm_user (id) on delete cascade,
    item_id     bigint references item (id) on delete cascade,
    text        varchar(500)  not null,
    created_at  timestamp with time zone not null,
    read_at     timestamp with time zone,
    version     bigint        not null
);
create index notification_unread on notification (user_id, read_at);

-- How long before a deadline the board's activity counter turns red, per user.
alter table crm_user add column deadline_warning_minutes integer default 15 not null;

insert into meeting_room (id, name, version) values (1, 'Blue room', 0), (2, 'Green room', 0);
