-- The system item types with their default pipeline and stages (ids below 1000 are reserved for these).

insert into item_type (id, code, name, system_type, has_stages, has_amount, sort_order) values
    (1, 'lead', 'Leads', true, true, true, 10),
    (2, 'deal', 'Deals', true, true, true, 20),
    (3, 'contact', 'Contacts', true, false, false, 30),
    (4, 'company', 'Companies', true, false, false, 40),
    (5, 'invoice', 'Invoices', true, true, true, 50),
    (6, 'quote', 'Quotes', true, true, true, 60);

insert into pipeline (id, item_type_id, name, currency, sort_order, version) values
    (1, 1, 'Leads', 'EUR', 0, 0),
    (2, 2, 'Sales', 'EUR', 0, 0),
    (5, 5, 'Invoices', 'EUR', 0, 0),
    (6, 6, 'Quotes', 'EUR', 0, 0);

insert into stage (id, pipeline_id, name, color, semantics, sort_order) values
    (10, 1, 'Not processed', '#39a8ef', 'INITIAL', 0),
    (11, 1, 'In progress', '#2fc6f6', 'IN_PROGRESS', 1),
    (12, 1, 'Processed', '#55d0e0', 'IN_PROGRESS', 2),
    (13, 1, 'Converted', '#7bd500', 'SUCCESS', 3),
    (14, 1, 'Junk lead', '#ff5752', 'FAILURE', 4),

    (20, 2, 'New', '#39a8ef', 'INITIAL', 0),
    (21, 2, 'Preparing documents', '#2fc6f6', 'IN_PROGRESS', 1),
    (22, 2, 'Invoice sent', '#55d0e0', 'IN_PROGRESS', 2),
    (23, 2, 'Negotiation', '#47e4c2', 'IN_PROGRESS', 3),
    (24, 2, 'Won', '#7bd500', 'SUCCESS', 4),
    (25, 2, 'Lost', '#ff5752', 'FAILURE', 5),
    (26, 2, 'Analyse failure', '#ff8b85', 'FAILURE', 6),

    (50, 5, 'New', '#39a8ef', 'INITIAL', 0),
    (51, 5, 'Sent', '#2fc6f6', 'IN_PROGRESS', 1),
    (52, 5, 'Paid', '#7bd500', 'SUCCESS', 2),
    (53, 5, 'Cancelled', '#ff5752', 'FAILURE', 3),

    (60, 6, 'Draft', '#39a8ef', 'INITIAL', 0),
    (61, 6, 'Sent', '#2fc6f6', 'IN_PROGRESS', 1),
    (62, 6, 'Accepted', '#7bd500', 'SUCCESS', 2),
    (63, 6, 'Declined', '#ff5752', 'FAILURE', 3);
