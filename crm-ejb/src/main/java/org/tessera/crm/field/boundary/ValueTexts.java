package org.tessera.crm.field.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.tessera.crm.field.entity.Field;
import org.tessera.crm.field.entity.FieldType;
import org.tessera.crm.field.entity.ItemColumn;
import org.tessera.crm.field.entity.ItemFieldValue;
import org.tessera.crm.field.entity.StoredValue;
import org.tessera.crm.item.entity.Item;
import org.tessera.crm.security.entity.Roles;
import org.tessera.crm.security.entity.User;

/**
 * The values of an item's fields in words, taken before and after a change so that the item's
 * history, and for audited fields its timeline, can tell what changed. Taken for the record,
 * whoever makes the change: history and timeline leave the entries out for readers who may not see
 * the field.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.USER})
public class ValueTexts {

  @PersistenceContext EntityManager em;

  /** Each field of the item (the stage aside: moves are told on their own) and its value. */
  public Map<Field, String> of(Item item) {
    return texts(
        item,
        em.createNamedQuery(Field.OF_TYPE, Field.class)
            .setParameter("type", item.getItemType())
            .getResultStream()
            .filter(field -> field.getItemColumn() != ItemColumn.STAGE)
            .toList());
  }

  private Map<Field, String> texts(Item item, List<Field> audited) {
    Map<Field, String> texts = new LinkedHashMap<>();
    if (audited.isEmpty()) {
      return texts;
    }
    Map<Long, List<StoredValue>> stored = new LinkedHashMap<>();
    em.createNamedQuery(ItemFieldValue.OF_ITEMS, ItemFieldValue.class)
        .setParameter("items", List.of(item.getId()))
        .getResultStream()
        .forEach(
            row ->
                stored.computeIfAbsent(row.getFieldId(), id -> new ArrayList<>()).add(row.value()));
    for (Field field : audited) {
      texts.put(
          field,
          field.getItemColumn() == null
              ? words(field, field.show(stored.getOrDefault(field.getId(), List.of())))
              : columnWords(field.getItemColumn(), item));
    }
    return texts;
  }

  private static String columnWords(ItemColumn column, Item item) {
    return switch (column) {
      case TITLE -> item.getTitle();
      case AMOUNT -> item.getAmount() == null ? "" : money(item.getAmount(), item.getCurrency());
      case RESPONSIBLE -> item.getResponsible() == null ? "" : item.getResponsible().getFullName();
      case STAGE -> item.getStage() == null ? "" : item.getStage().getName();
    };
  }

  private String words(Field field, Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof List<?> several) {
      return several.stream().map(one -> words(field, one)).collect(Collectors.joining(", "));
    }
    if (value instanceof Map<?, ?> money) {
      return money((BigDecimal) money.get("amount"), money.get("currency"));
    }
    if (field.getDataType() == FieldType.USER) {
      User user = em.find(User.class, ((Number) value).longValue());
      return user == null ? value.toString() : user.getFullName();
    }
    if (field.getDataType() == FieldType.LIST) {
      return field.getOptions().stream()
          .filter(option -> option.getCode().equals(value))
          .findFirst()
          .map(option -> option.getLabelEn())
          .orElse(value.toString());
    }
    return value instanceof BigDecimal decimal
        ? decimal.stripTrailingZeros().toPlainString()
        : value.toString();
  }

  /** Two decimals whether the amount was just typed or read back from the database. */
  private static String money(BigDecimal amount, Object currency) {
    return amount.setScale(2, RoundingMode.HALF_UP).toPlainString() + " " + currency;
  }
}
