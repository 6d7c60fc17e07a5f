package org.tessera.crm.api.item;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Map;
import org.tessera.crm.item.entity.Item;
import org.tessera.crm.security.entity.User;

/** An item as the API shows it. */
public record ItemView(
    long id,
    String type,
    Long pipelineId,
    Long stageId,
    String stageName,
    String title,
    BigDecimal amount,
    String currency,
    Long responsibleId,
    String responsibleName,
    Long createdById,
    OffsetDateTime createdAt,
    Long updatedById,
    OffsetDateTime updatedAt,
    long version,
    boolean repeatLead,
    boolean pricedByProducts,
    Map<String, Object> fields) {

  public static ItemView of(Item item, Map<String, Object> fields) {
    User responsible = item.getResponsible();
    return new ItemView(
        item.getId(),
        item.getItemType().getCode(),
        item.getPipeline() == null ? null : item.getPipeline().getId(),
        item.getStage() == null ? null : item.getStage().getId(),
        item.getStage() == null ? null : item.getStage().getName(),
        item.getTitle(),
        item.getAmount(),
        item.getCurrency(),
        idOf(responsible),
        responsible == null ? null : responsible.getFullName(),
        idOf(item.getCreatedBy()),
        item.getCreatedAt(),
        idOf(item.getUpdatedBy()),
        item.getUpdatedAt(),
        item.getVersion(),
        item.isRepeatLead(),
        item.isPricedByProducts(),
        fields);
  }

  private static Long idOf(User user) {
    return user == null ? null : user.getId();
  }
}
