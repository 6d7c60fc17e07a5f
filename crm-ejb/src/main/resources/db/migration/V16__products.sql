-- The product catalogue and the product rows of items (the card's Products tab). An item with rows
-- is priced by them: its amount is the sum of the rows' totals (priced_by_products).
create sequence product_seq start with 1000 increment by 50;
create sequence item_product_seq start with 1000 increment by 50;

create table product (
    id       bigint primary key,
    name     varchar(255)   not null,
    price    numeric(19, 2) not null,
    currency varchar(3)     not null,
    tax_rate numeric(5, 2)  not null,
    active   boolean        not null,
    version  bigint         not null
);

create table item_product (
    id               bigint primary key,
    item_id          bigint         not null references item (id) on delete cascade,
    product_id       bigint references product (id) on delete set null,
    position         integer        not null,
    name             varchar(255)   not null,
    price            numeric(19, 2) not null,
    quantity         numeric(19, 3) not null,
    discount_percent numeric(5, 2)  not null,
    tax_rate         numeric(5, 2)  not null
);
create index item_product_of_item on item_product (item_id, position);

alter table item add column priced_by_products boolean default false not null;

insert into product (id, name, price, currency, tax_rate, active, version) values
    (1, 'CRM seat, one year', 240.00, 'EUR', 20.00, true, 0),
    (2, 'Onboarding day', 900.00, 'EUR', 20.00, true, 0),
    (3, 'Support plan, one year', 1500.00, 'EUR', 20.00, true, 0);
