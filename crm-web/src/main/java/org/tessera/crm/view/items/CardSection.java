package org.tessera.crm.view.items;

import java.io.Serializable;
import java.util.List;

/** A section of the card with its title in the reader's language. */
public record CardSection(String id, String title, List<CardField> fields)
    implements Serializable {}
