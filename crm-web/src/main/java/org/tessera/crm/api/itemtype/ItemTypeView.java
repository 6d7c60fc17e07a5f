package org.tessera.crm.api.itemtype;

import org.tessera.crm.itemtype.entity.ItemType;

public record ItemTypeView(
    long id, String code, String name, boolean system, boolean hasStages, boolean hasAmount) {

  public static ItemTypeView of(ItemType type) {
    return new ItemTypeView(
        type.getId(),
        type.getCode(),
        type.getName(),
        type.isSystem(),
        type.hasStages(),
        type.hasAmount());
  }
}
