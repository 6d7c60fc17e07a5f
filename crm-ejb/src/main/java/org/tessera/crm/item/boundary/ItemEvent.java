package org.tessera.crm.item.boundary;

import java.util.Map;
import org.tessera.crm.item.entity.Item;

/**
 * Something happened to an item, fired in the transaction that did it, for those who tell the
 * outside world (webhooks).
 *
 * @param details what the kind of event adds, by name (e.g. the stages of a move)
 */
public record ItemEvent(Kind kind, Item item, Map<String, Object> details) {

  public enum Kind {
    ITEM_CREATED,
    STAGE_CHANGED,
    ITEM_DELETED,
    COMMENT_ADDED,
    DOCUMENT_CREATED
  }
}
