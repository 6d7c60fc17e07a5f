-- One number that every change of the settings (fields, access roles, departments, webhooks) raises
-- in its own transaction: each instance keeps its copy of the settings as long as the number it
-- read them at is still the one in the database (docs/adr/0010).
create table settings_version (
    id      integer primary key,
    version bigint  not null
);

insert into settings_version (id, version) values (1, 0);
