package org.tessera.crm.relation.boundary;

import org.tessera.crm.item.entity.Item;

/** What a converted lead became; parts not asked for are null. */
public record Converted(Item deal, Item contact, Item company) {}
