package org.tessera.crm.relation.boundary;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.tessera.crm.item.boundary.NewItem;
import org.tessera.crm.shared.entity.Limits;

/**
 * An item to create from another, as far as the user changed what the mapping prefills: what is
 * left out (null) comes from the source item; given fields replace mapped ones by code.
 */
public record ItemDraft(
    @Pattern(regexp = Limits.CODE_PATTERN) String typeCode,
    Long pipelineId,
    Long stageId,
    @Size(max = Limits.TITLE) String title,
    @DecimalMin("0") @Digits(integer = 17, fraction = 2) BigDecimal amount,
    @Pattern(regexp = Limits.CURRENCY_PATTERN) String currency,
    Long responsibleId,
    Map<String, Object> fields) {

  /** Everything from the prefilled item. */
  public static ItemDraft of(String typeCode) {
    return new ItemDraft(typeCode, null, null, null, null, null, null, null);
  }

  /** This draft for an item of the given type. */
  ItemDraft ofType(String code) {
    return new ItemDraft(code, pipelineId, stageId, title, amount, currency, responsibleId, fields);
  }

  /** The prefilled item with this draft's changes over it. */
  NewItem over(NewItem prefilled) {
    Map<String, Object> values = new LinkedHashMap<>(prefilled.fields());
    if (fields != null) {
      values.putAll(fields);
    }
    return new NewItem(
        prefilled.typeCode(),
        pipelineId,
        stageId,
        title == null || title.isBlank() ? prefilled.title() : title,
        amount == null ? prefilled.amount() : amount,
        currency == null ? prefilled.currency() : currency,
        responsibleId == null ? prefilled.responsibleId() : responsibleId,
        values);
  }
}
