-- Our own company's details, one row, filling {MyCompany.*} in documents.
create table my_company (
    id           bigint primary key,
    name         varchar(255) not null,
    address      varchar(1000),
    phone        varchar(40),
    email        varchar(254),
    website      varchar(255),
    tax_id       varchar(60),
    vat_id       varchar(60),
    registration varchar(120),
    bank_name    varchar(255),
    iban         varchar(34),
    bic          varchar(11),
    version      bigint       not null
);

insert into my_company (id, name, version) values (1, 'My company', 0);
