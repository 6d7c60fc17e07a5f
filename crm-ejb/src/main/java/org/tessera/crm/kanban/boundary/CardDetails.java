package org.tessera.crm.kanban.boundary;

import java.util.List;
import java.util.Map;
import org.tessera.crm.activity.entity.ActivityCounter;
import org.tessera.crm.item.entity.Item;
import org.tessera.crm.security.entity.User;
import org.tessera.crm.shared.entity.PageOf;
import org.tessera.crm.stage.entity.Pipeline;

/**
 * What cards show besides their item, read for all of them at once: the custom field values the
 * reader may see, whose face each card shows, and its activity counter.
 */
public record CardDetails(
    Map<Long, Map<String, Object>> fields,
    Map<Long, User> avatars,
    Map<Long, ActivityCounter> counters) {

  public static final CardDetails NONE = new CardDetails(Map.of(), Map.of(), Map.of());

  public Map<String, Object> fieldsOf(long itemId) {
    return fields.getOrDefault(itemId, Map.of());
  }

  public User avatarOf(long itemId) {
    return avatars.get(itemId);
  }

  public ActivityCounter counterOf(long itemId) {
    return counters.getOrDefault(itemId, ActivityCounter.NONE);
  }

  /** A board's columns with the details of their cards and the fields the reader shows on them. */
  public record OfBoard(
      Pipeline pipeline, List<Column> columns, List<String> cardFieldCodes, CardDetails details) {}

  /** A page of a column's cards with their details. */
  public record OfPage(PageOf<Item> cards, CardDetails details) {}
}
