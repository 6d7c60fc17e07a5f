package org.tessera.crm.view.items;

import java.math.BigDecimal;

/** A linked item on the Dependencies tab, with what it is to the item on the card. */
public record RelationRow(
    long itemId,
    String typeName,
    String title,
    String stageName,
    String stageColor,
    BigDecimal amount,
    String currency,
    String role,
    boolean unlinkable) {}
